package org.legalaid.web.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.cases.CaseAct;
import org.legalaid.cases.CaseTermination;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.OrganNotice;
import org.legalaid.cases.TerminationGround;
import org.legalaid.cases.boundary.TerminationService;
import org.legalaid.lawyers.boundary.AssignmentService;
import org.legalaid.lawyers.boundary.NeedsOverride;
import org.legalaid.lawyers.boundary.Ranking;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.Page;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The termination part of the case page (LAL art. 48, 49, 64): the case's terminations with their
 * ground, decision, organ notice, objection and money; the actions the user's roles allow (propose,
 * approve or reject, record the organ told, record and decide an objection, costs and fine, assign
 * a lawyer again after a revocation). Every action reloads the case page with its message.
 */
@Named
@ViewScoped
public class TerminationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseBacking page;

    @Inject
    private TerminationService terminations;

    @Inject
    private AssignmentService assignments;

    private List<CaseTermination> list;
    private Boolean awaitingLawyer;
    private List<Ranking.Row> candidates;

    private TerminationGround ground;
    private String reasons;
    private LocalDate terminatedOn = LocalDate.now(ChinaTime.ZONE);
    private String rejectReasons;
    private LocalDate notifiedOn = LocalDate.now(ChinaTime.ZONE);
    private OrganNotice notice = OrganNotice.LETTER;
    private String objectionGrounds;
    private LocalDate objectionOn = LocalDate.now(ChinaTime.ZONE);
    private Boolean revoke = Boolean.FALSE;
    private String objectionReasons;
    private BigDecimal recovery;
    private BigDecimal fine;
    private Long lawyerId;
    private String overrideReason;

    private LegalCase legalCase() {
        return page.getLegalCase();
    }

    /** The case's terminations, oldest first (read once per view). */
    public List<CaseTermination> getTerminations() {
        if (list == null) {
            list = legalCase() == null ? List.of() : terminations.findOfCase(legalCase().getId());
        }
        return list;
    }

    /** The latest termination, or null. */
    public CaseTermination getCurrent() {
        List<CaseTermination> all = getTerminations();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** After a revoked termination, the case waits for the assignment officer to assign a lawyer again. */
    public boolean isAwaitingLawyer() {
        if (awaitingLawyer == null) {
            awaitingLawyer = legalCase() != null && terminations.isAwaitingLawyer(legalCase().getId());
        }
        return awaitingLawyer;
    }

    /** The ranked lawyers for assigning again (the assignment officer only). */
    public List<Ranking.Row> getCandidates() {
        if (candidates == null) {
            LegalCase c = legalCase();
            candidates = c != null && c.getSubjectType() != null && isMayAssignAgain()
                    ? Actions.attempt(() -> assignments.rank(c.getSubjectType(), c.getSubjectId(), NeedsOverride.NONE), null)
                    .map(Ranking::ranked).orElse(List.of())
                    : List.of();
        }
        return candidates;
    }

    // What may be done: the boundary's answer (CaseService.actsOn), read with the case ----------

    private boolean may(CaseAct act) {
        return page.getActs().contains(act);
    }

    public boolean isMayPropose() { return may(CaseAct.PROPOSE_TERMINATION); }
    public boolean isMayDecide() { return may(CaseAct.DECIDE_TERMINATION); }
    public boolean isMayNotifyOrgan() { return may(CaseAct.NOTIFY_ORGAN); }
    public boolean isMayReceiveObjection() { return may(CaseAct.RECEIVE_TERMINATION_OBJECTION); }
    public boolean isMayDecideObjection() { return may(CaseAct.DECIDE_TERMINATION_OBJECTION); }
    public boolean isMayRecover() { return may(CaseAct.MARK_RECOVERY); }
    public boolean isMayFine() { return may(CaseAct.IMPOSE_FINE); }
    public boolean isMayAssignAgain() { return may(CaseAct.ASSIGN_AGAIN); }
    public boolean isMayDownload() { return may(CaseAct.READ_TERMINATION_LETTERS); }

    // Actions ---------------------------------------------------------------------------------

    public String propose() {
        return act(() -> terminations.propose(legalCase().getId(), ground, reasons), "termination.done.proposed");
    }

    public String approve() {
        CaseTermination t = getCurrent();
        return act(() -> terminations.approve(t.getId(), terminatedOn, t.getVersion()), "termination.done.approved");
    }

    public String reject() {
        CaseTermination t = getCurrent();
        return act(() -> terminations.reject(t.getId(), rejectReasons, t.getVersion()), "termination.done.rejected");
    }

    public String notifyOrgan() {
        return act(() -> terminations.recordOrganNotified(getCurrent().getId(), notifiedOn, notice),
                "termination.done.organNotified");
    }

    public String receiveObjection() {
        return act(() -> terminations.receiveObjection(getCurrent().getId(), objectionGrounds, objectionOn),
                "termination.done.objectionReceived");
    }

    public String decideObjection() {
        return act(() -> terminations.decideObjection(getCurrent().getId(), Boolean.TRUE.equals(revoke), objectionReasons),
                "termination.done.objectionDecided");
    }

    public String markRecovery() {
        return act(() -> terminations.markRecovery(getCurrent().getId(), recovery), "termination.done.recovery");
    }

    public String imposeFine() {
        return act(() -> terminations.imposeFine(getCurrent().getId(), fine), "termination.done.fine");
    }

    public String assignAgain() {
        if (lawyerId == null) {
            return null;
        }
        return act(() -> terminations.assignAgain(legalCase().getId(), lawyerId, overrideReason),
                "termination.done.assignedAgain");
    }

    /**
     * Carries out an action; on success reloads the case page with the message (kept across the
     * redirect), on failure stays, with the reasons in the dialog that asked.
     */
    private String act(Supplier<?> call, String successKey) {
        long id = legalCase().getId();
        return Actions.attempt(call, successKey).map(x -> {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return Page.CASE.path() + "?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    // Choices and form fields ---------------------------------------------------------------

    public TerminationGround[] getGrounds() { return TerminationGround.values(); }
    public OrganNotice[] getNotices() { return OrganNotice.values(); }
    public LocalDate getToday() { return LocalDate.now(ChinaTime.ZONE); }

    public TerminationGround getGround() { return ground; }
    public void setGround(TerminationGround ground) { this.ground = ground; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public LocalDate getTerminatedOn() { return terminatedOn; }
    public void setTerminatedOn(LocalDate terminatedOn) { this.terminatedOn = terminatedOn; }
    public String getRejectReasons() { return rejectReasons; }
    public void setRejectReasons(String rejectReasons) { this.rejectReasons = rejectReasons; }
    public LocalDate getNotifiedOn() { return notifiedOn; }
    public void setNotifiedOn(LocalDate notifiedOn) { this.notifiedOn = notifiedOn; }
    public OrganNotice getNotice() { return notice; }
    public void setNotice(OrganNotice notice) { this.notice = notice; }
    public String getObjectionGrounds() { return objectionGrounds; }
    public void setObjectionGrounds(String objectionGrounds) { this.objectionGrounds = objectionGrounds; }
    public LocalDate getObjectionOn() { return objectionOn; }
    public void setObjectionOn(LocalDate objectionOn) { this.objectionOn = objectionOn; }
    public Boolean getRevoke() { return revoke; }
    public void setRevoke(Boolean revoke) { this.revoke = revoke; }
    public String getObjectionReasons() { return objectionReasons; }
    public void setObjectionReasons(String objectionReasons) { this.objectionReasons = objectionReasons; }
    public BigDecimal getRecovery() { return recovery; }
    public void setRecovery(BigDecimal recovery) { this.recovery = recovery; }
    public BigDecimal getFine() { return fine; }
    public void setFine(BigDecimal fine) { this.fine = fine; }
    public Long getLawyerId() { return lawyerId; }
    public void setLawyerId(Long lawyerId) { this.lawyerId = lawyerId; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
}
