package org.legalaid.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.intake.CriminalNotice;
import org.legalaid.intake.MandatoryDefenceGround;
import org.legalaid.intake.NewCriminalNotice;
import org.legalaid.intake.NoticeFilter;
import org.legalaid.intake.NoticeStatus;
import org.legalaid.intake.NotifyingOrganType;
import org.legalaid.intake.ProceedingStage;
import org.legalaid.intake.boundary.NoticeService;
import org.legalaid.shared.Roles;
import org.legalaid.web.PagedModel;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The notified-defence screen (通知辩护): record a paper notice in a dialog, list the notices of
 * the user's units with their grounds, the day by which a lawyer must be assigned, and the kind of
 * lawyer the law asks for.
 */
@Named
@ViewScoped
public class CriminalNoticesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NoticeService notices;

    private NewCriminalNotice form = new NewCriminalNotice();
    private NoticeStatus status;
    private NotifyingOrganType organType;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<CriminalNotice> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> notices.countNotices(filter()),
                (first, pageSize) -> notices.findNotices(filter(), first, pageSize),
                CriminalNotice::getId);
    }

    private NoticeFilter filter() {
        return new NoticeFilter(status, organType, from, to);
    }

    /** Opens the dialog with an empty form. */
    public void startNew() {
        form = new NewCriminalNotice();
    }

    /** Records the paper notice; the dialog stays open with the reasons when it is refused. */
    public void receive() {
        Actions.attempt(() -> notices.receive(form), null).ifPresent(r -> {
            CriminalNotice n = r.notice();
            if (r.created()) {
                Messages.addInfo("notice.received", n.getOrganName(), n.getOrganDocumentNumber());
            } else {
                Messages.addInfo("notice.receivedAgain", n.getOrganName(), n.getOrganDocumentNumber());
            }
            form = new NewCriminalNotice();
            // The save request leaves the page's message area alone (the dialog shows its own);
            // once it succeeds, the dialog closes and the page says so above the refreshed list.
            PrimeFaces.current().ajax().update("messages", "listForm:table");
        });
    }

    /** Whether the user records notices (intake clerks); assignment officers only read the list. */
    public boolean isMayRecord() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.INTAKE_CLERK);
    }

    /** Whether the user assigns lawyers (assignment officers): each notice links to its assignment. */
    public boolean isMayAssign() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ASSIGNMENT_OFFICER);
    }

    public NotifyingOrganType[] getOrganTypes() {
        return NotifyingOrganType.values();
    }

    public ProceedingStage[] getStages() {
        return ProceedingStage.values();
    }

    public MandatoryDefenceGround[] getGrounds() {
        return MandatoryDefenceGround.values();
    }

    public NoticeStatus[] getStatuses() {
        return NoticeStatus.values();
    }

    public NewCriminalNotice getForm() {
        return form;
    }

    public LazyDataModel<CriminalNotice> getModel() {
        return model;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public void setStatus(NoticeStatus status) {
        this.status = status;
    }

    public NotifyingOrganType getOrganType() {
        return organType;
    }

    public void setOrganType(NotifyingOrganType organType) {
        this.organType = organType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
