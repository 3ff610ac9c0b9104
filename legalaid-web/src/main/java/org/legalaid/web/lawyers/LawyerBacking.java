package org.legalaid.web.lawyers;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.lawyers.FirmFilter;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.LawyerKind;
import org.legalaid.lawyers.LawyerStatus;
import org.legalaid.lawyers.NewLawyer;
import org.legalaid.lawyers.Specialty;
import org.legalaid.lawyers.StatusChangeRequest;
import org.legalaid.lawyers.StatusHistoryEntry;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.Roles;
import org.legalaid.web.i18n.Actions;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A lawyer's profile: details, derived years of practice, capacity, status with its history and requests. */
@Named
@ViewScoped
public class LawyerBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int FIRMS_OFFERED = 500;

    @Inject
    private LawyerRegistryService registry;

    private Long idParam;
    private Lawyer lawyer;
    private LawFirm firm;
    private List<StatusHistoryEntry> history = List.of();
    private List<StatusChangeRequest> requests = List.of();

    private LawyerForm editForm;
    private List<LawFirm> firms = List.of();

    private LawyerStatus target;
    private LocalDate effectiveDate;
    private String reason;

    public void load() {
        if (idParam == null) {
            return;
        }
        Actions.attempt(() -> registry.getLawyer(idParam), null).ifPresent(this::show);
    }

    private void show(Lawyer l) {
        lawyer = l;
        firm = registry.findFirm(l.getFirmId()).orElse(null);
        history = registry.findStatusHistory(l.getId());
        requests = registry.findStatusRequests(l.getId());
    }

    /** Opens the correction dialog with the profile as recorded. */
    public void prepareEdit() {
        editForm = LawyerForm.of(lawyer);
        firms = registry.findFirms(FirmFilter.all(), 0, FIRMS_OFFERED);
    }

    /** Saves the correction against the version shown; a concurrent change is reported, nothing overwritten. */
    public void saveEdit() {
        NewLawyer form = editForm.toNewLawyer();
        Actions.attempt(() -> registry.updateLawyer(lawyer.getId(), form, lawyer.getVersion()), "lawyers.lawyer.updated", form.getName())
                .ifPresent(l -> {
                    show(l);
                    PrimeFaces.current().executeScript("PF('editDialog').hide()");
                });
    }

    public boolean isMayEdit() {
        return lawyer != null && FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ASSIGNMENT_OFFICER);
    }

    public void prepareStatusChange() {
        target = lawyer.getStatus().next().stream().findFirst().orElse(null);
        effectiveDate = getToday();
        reason = null;
    }

    public void requestStatusChange() {
        Actions.attempt(() -> registry.requestStatusChange(lawyer.getId(), target, effectiveDate, reason),
                "lawyers.statusRequest.requested").ifPresent(r -> {
                    requests = registry.findStatusRequests(lawyer.getId());
                    PrimeFaces.current().executeScript("PF('statusDialog').hide()");
                });
    }

    /** Whether a request waits for a decision (no second one may be made meanwhile). */
    public boolean isPending() {
        return requests.stream().anyMatch(StatusChangeRequest::isPending);
    }

    public boolean isMayRequest() {
        return lawyer != null && !lawyer.getStatus().isFinal() && !isPending()
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ASSIGNMENT_OFFICER);
    }

    public List<LawyerStatus> getTargets() {
        return lawyer == null ? List.of() : List.copyOf(lawyer.getStatus().next());
    }

    public String getIdNumberMasked() {
        return lawyer == null ? "" : ResidentIdNumber.mask(lawyer.getIdNumber());
    }

    public int getPracticeYears() {
        return lawyer.practiceYears(getToday());
    }

    public int getCriminalPracticeYears() {
        return lawyer.criminalPracticeYears(getToday());
    }

    public LocalDate getToday() {
        return LocalDate.now(ChinaTime.ZONE);
    }

    public LawyerForm getEditForm() { return editForm; }
    public List<LawFirm> getFirms() { return firms; }
    public LawyerKind[] getKinds() { return LawyerKind.values(); }
    public Specialty[] getAllSpecialties() { return Specialty.values(); }
    public Long getIdParam() { return idParam; }
    public void setIdParam(Long idParam) { this.idParam = idParam; }
    public Lawyer getLawyer() { return lawyer; }
    public LawFirm getFirm() { return firm; }
    public List<StatusHistoryEntry> getHistory() { return history; }
    public List<StatusChangeRequest> getRequests() { return requests; }
    public LawyerStatus getTarget() { return target; }
    public void setTarget(LawyerStatus target) { this.target = target; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate effectiveDate) { this.effectiveDate = effectiveDate; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
