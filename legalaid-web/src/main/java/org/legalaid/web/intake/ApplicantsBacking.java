package org.legalaid.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.intake.Applicant;
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.SpecialCategory;
import org.legalaid.intake.boundary.ApplicantService;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;
import org.legalaid.web.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/** The applicant register screen: register (or find again) by ID number, and the lazy list. */
@Named
@ViewScoped
public class ApplicantsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicantService applicants;

    private NewApplicant form = new NewApplicant();
    private String text;
    private LazyDataModel<Applicant> model;
    private Applicant last;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> applicants.countApplicants(text),
                (first, pageSize) -> applicants.findApplicants(text, first, pageSize),
                Applicant::getId);
    }

    public void register() {
        Actions.attempt(() -> applicants.register(form), null).ifPresent(r -> {
            last = r.applicant();
            if (r.reused()) {
                Messages.addInfo("applicant.reused", last.getFullName(), last.getIdNumberMasked());
            } else {
                Messages.addInfo("applicant.registered", last.getFullName());
                form = new NewApplicant();
            }
        });
    }

    public SpecialCategory[] getCategories() {
        return SpecialCategory.values();
    }

    public NewApplicant getForm() {
        return form;
    }

    public LazyDataModel<Applicant> getModel() {
        return model;
    }

    public Applicant getLast() {
        return last;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
