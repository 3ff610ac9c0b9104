package org.legalaid.web.lawyers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.lawyers.FirmFilter;
import org.legalaid.lawyers.FirmKind;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.lawyers.NewLawFirm;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import org.legalaid.web.PagedModel;
import org.legalaid.web.i18n.Actions;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** The firm list: filters, the lazy table, and the dialog that registers a firm. */
@Named
@ViewScoped
public class FirmsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LawyerRegistryService registry;

    private String text;
    private String regionCode;
    private FirmKind kind;
    private LazyDataModel<LawFirm> model;
    private NewLawFirm form = new NewLawFirm();

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> registry.countFirms(filter()),
                (first, pageSize) -> registry.findFirms(filter(), first, pageSize), LawFirm::getId);
    }

    private FirmFilter filter() {
        return new FirmFilter(text, regionCode, kind);
    }

    public void resetFilter() {
        text = null;
        regionCode = null;
        kind = null;
    }

    public void prepareRegister() {
        form = new NewLawFirm();
    }

    public void register() {
        Actions.attempt(() -> registry.registerFirm(form), "lawyers.firm.registered", form.getName())
                .ifPresent(f -> PrimeFaces.current().executeScript("PF('registerDialog').hide()"));
    }

    public FirmKind[] getKinds() {
        return FirmKind.values();
    }

    public LazyDataModel<LawFirm> getModel() { return model; }
    public NewLawFirm getForm() { return form; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public FirmKind getKind() { return kind; }
    public void setKind(FirmKind kind) { this.kind = kind; }
}
