package org.legalaid.cases;

import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Roles;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Who may do what on a case, and when (handling, termination, closing): for each act the roles
 * that take it — never wider than the {@code @RolesAllowed} of the boundary methods named, which
 * check them too — and the state of the case in which it applies. The case boundary answers the
 * page's question "which acts may this caller do on this case now" from {@link #openTo} and checks
 * {@link #require} before carrying out each act, so what a page offers and what the boundary accepts
 * cannot disagree (issue 14).
 *
 * <p>An archived case is read-only for everyone: every act that changes the case, its file, entries,
 * documents, terminations or clocks is refused with {@code cases.archived} (issue 18). The client may
 * still ask about an archived case and be answered from the record (LAL art. 46): an enquiry records a
 * contact and changes nothing on the case, so the enquiry acts and reading the termination letters
 * stay open.
 */
public enum CaseAct {

    // Handling (办案过程) -----------------------------------------------------------------------

    /** The lawyer's activities (meeting, file reading, hearing …), recorded by staff for the lawyer while the case is handled. */
    RECORD_PROGRESS("HandlingService", List.of("recordProgress"), Set.of(Roles.CASE_SUPERVISOR, Roles.INTAKE_CLERK), false,
            s -> s.status().isHandling() ? null : "cases.notHandling"),
    /** The case supervisor's own entries: trial attendance, the organ's opinion, follow-up visit (LAL art. 59). */
    RECORD_SUPERVISION("HandlingService", List.of("recordProgress"), Set.of(Roles.CASE_SUPERVISOR), false,
            s -> s.status().isHandling() ? null : "cases.notHandling"),
    /** Striking out a mistaken entry of the lawyer's activities, with the reason, until the file's review has passed. */
    STRIKE_OUT("HandlingService", List.of("strikeOut"), Set.of(Roles.CASE_SUPERVISOR, Roles.INTAKE_CLERK), false,
            s -> s.fileOpen() ? null : "cases.progress.fileClosed"),
    /** Striking out a supervision entry: the case supervisor only. */
    STRIKE_OUT_SUPERVISION("HandlingService", List.of("strikeOut"), Set.of(Roles.CASE_SUPERVISOR), false,
            s -> s.fileOpen() ? null : "cases.progress.fileClosed"),
    /** A client's progress enquiry (LAL art. 46), in any state: it records a contact, not a change of the case. */
    RECORD_ENQUIRY("HandlingService", List.of("recordEnquiry", "findClientProgress"),
            Set.of(Roles.INTAKE_CLERK, Roles.CASE_SUPERVISOR), true, s -> null),
    ANSWER_ENQUIRY("HandlingService", List.of("answerEnquiry"), Set.of(Roles.INTAKE_CLERK, Roles.CASE_SUPERVISOR), true,
            s -> null),
    /** Naming another case supervisor, until the case is archived. */
    CHANGE_SUPERVISOR("HandlingService", List.of("changeSupervisor", "findSupervisorCandidates"),
            Set.of(Roles.APPROVER, Roles.ASSIGNMENT_OFFICER), false, s -> null),

    // Termination (LAL art. 48, 49, 64) --------------------------------------------------------

    PROPOSE_TERMINATION("TerminationService", List.of("propose"), Set.of(Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER), false,
            s -> !s.status().isHandling() ? "cases.notHandling"
                    : s.terminationStanding() ? "cases.termination.alreadyStanding" : null),
    /** Approve or reject the proposal (the director, never the proposer — checked by the termination itself). */
    DECIDE_TERMINATION("TerminationService", List.of("approve", "reject"), Set.of(Roles.APPROVER), false,
            s -> s.current().filter(t -> t.getState() == TerminationState.PROPOSED).isPresent()
                    ? null : "cases.termination.notProposed"),
    /** Telling the court, procuratorate or police of the termination of a criminal case. */
    NOTIFY_ORGAN("TerminationService", List.of("recordOrganNotified"),
            Set.of(Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.APPROVER), false,
            s -> !approved(s) ? "cases.termination.notApproved"
                    : !s.legalCase().isCriminal() ? "cases.termination.notCriminal"
                    : s.current().orElseThrow().getOrganNotifiedOn() != null ? "cases.termination.organAlreadyNotified" : null),
    RECEIVE_TERMINATION_OBJECTION("TerminationService", List.of("receiveObjection"),
            Set.of(Roles.INTAKE_CLERK, Roles.CASE_SUPERVISOR), false,
            s -> !approved(s) ? "cases.termination.notApproved"
                    : s.current().orElseThrow().getObjectionReceivedOn() != null
                    ? "cases.termination.objectionAlreadyReceived" : null),
    DECIDE_TERMINATION_OBJECTION("TerminationService", List.of("decideObjection"), Set.of(Roles.BUREAU_SUPERVISOR), false,
            s -> s.current().filter(CaseTermination::isObjectionPending).isPresent()
                    ? null : "cases.termination.noObjectionPending"),
    /** The costs of aid to recover from a client who obtained aid by deceit (LAL art. 64), entered once. */
    MARK_RECOVERY("TerminationService", List.of("markRecovery"), Set.of(Roles.FINANCE_OFFICER, Roles.APPROVER), false,
            s -> s.current().isEmpty() || !s.current().get().getGround().allowsRecovery() ? "cases.termination.notDeceit"
                    : !approved(s) ? "cases.termination.notApproved"
                    : s.current().get().getRecoveryAmount() != null ? "cases.termination.recoveryAlreadySet" : null),
    /** The justice bureau's fine for deceit (LAL art. 64), decided once. */
    IMPOSE_FINE("TerminationService", List.of("imposeFine"), Set.of(Roles.BUREAU_SUPERVISOR), false,
            s -> s.current().isEmpty() || !s.current().get().getGround().allowsFine() ? "cases.termination.notDeceit"
                    : !approved(s) ? "cases.termination.notApproved"
                    : s.current().get().getFineAmount() != null ? "cases.termination.fineAlreadyDecided" : null),
    /** Assigning a lawyer again after the termination was revoked on objection (LAL art. 49). */
    ASSIGN_AGAIN("TerminationService", List.of("assignAgain"), Set.of(Roles.ASSIGNMENT_OFFICER), false,
            s -> s.awaitingLawyer() ? null : "cases.termination.notAwaitingLawyer"),
    /** Reading the termination decision and the organ's notice (a read: open on an archived case too). */
    READ_TERMINATION_LETTERS("TerminationService", List.of("document"), Set.of(Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER,
            Roles.APPROVER, Roles.BUREAU_SUPERVISOR, Roles.INTAKE_CLERK), true,
            s -> s.terminations().stream().anyMatch(t -> t.getDocumentNumber() != null) ? null : "cases.termination.notApproved"),

    // Closing and archive (LAL art. 50) ----------------------------------------------------------

    /** The case ended (judgment, ruling, mediation …): starts the 30 days of the closing submission. */
    RECORD_END("ClosingService", List.of("recordCaseEnded"), Set.of(Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER), false,
            s -> s.status().isHandling() ? null : "cases.notHandling"),
    /** The lawyer's hand-in of the closing file, recorded by staff (the first, after a termination or after a return). */
    SUBMIT_CLOSING("ClosingService", List.of("submit"), Set.of(Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER), false,
            s -> s.status().acceptsSubmission() ? null : "cases.submission.notAccepted"),
    /** Attaching a document to the case file, until its review has passed. */
    ATTACH_DOCUMENT("ClosingService", List.of("attach"), Set.of(Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER), false,
            s -> s.fileOpen() ? null : "cases.document.closed"),
    /** The centre's review of the latest hand-in, item by item. */
    REVIEW_CLOSING("ClosingService", List.of("review"), Set.of(Roles.REVIEWER, Roles.APPROVER), false,
            s -> s.status() == CaseStatus.SUBMITTED && s.latest().isPresent() ? null : "cases.review.notSubmitted"),
    /** 归档: only a file whose review has passed. */
    ARCHIVE("ClosingService", List.of("archive"), Set.of(Roles.REVIEWER, Roles.APPROVER), false,
            s -> s.status() == CaseStatus.REVIEWED ? null : "cases.archive.notReviewed");

    /** The refusal when the caller holds none of the act's roles (the boundary's own roles let them in). */
    public static final String NOT_YOUR_ROLE = "cases.act.notYourRole";
    /** The refusal of every change to an archived case. */
    public static final String ARCHIVED = "cases.archived";

    private final String service;
    private final List<String> serviceMethods;
    private final Set<String> roles;
    private final boolean openWhenArchived;
    private final Function<CaseSituation, String> stateRefusal;

    CaseAct(String service, List<String> serviceMethods, Set<String> roles, boolean openWhenArchived,
            Function<CaseSituation, String> stateRefusal) {
        this.service = service;
        this.serviceMethods = serviceMethods;
        this.roles = roles;
        this.openWhenArchived = openWhenArchived;
        this.stateRefusal = stateRefusal;
    }

    private static boolean approved(CaseSituation s) {
        return s.current().filter(t -> t.getState() == TerminationState.APPROVED).isPresent();
    }

    /** The simple name of the boundary class ({@code org.legalaid.cases.boundary}) that carries it out. */
    public String service() {
        return service;
    }

    /** The names of that boundary's methods that carry it out (and check it first). */
    public List<String> serviceMethods() {
        return serviceMethods;
    }

    public Set<String> roles() {
        return roles;
    }

    /** Whether the act stays open on an archived case (a read, or a contact that changes nothing on the case). */
    public boolean isOpenWhenArchived() {
        return openWhenArchived;
    }

    /** Why someone holding {@code hasRole} may not take this act on the case now, or empty when they may. */
    public Optional<BusinessException> refusal(Predicate<String> hasRole, CaseSituation s) {
        String number = s.legalCase().getCaseNumber();
        if (roles.stream().noneMatch(hasRole)) {
            return Optional.of(new BusinessException(NOT_YOUR_ROLE, number));
        }
        if (s.archived() && !openWhenArchived) {
            return Optional.of(new BusinessException(ARCHIVED, number));
        }
        return Optional.ofNullable(stateRefusal.apply(s)).map(key -> new BusinessException(key, number));
    }

    /** Whether someone holding {@code hasRole} may take this act on the case now. */
    public boolean isOpenTo(Predicate<String> hasRole, CaseSituation s) {
        return refusal(hasRole, s).isEmpty();
    }

    /**
     * Throws the reason when someone holding {@code hasRole} may not take this act now.
     *
     * @throws BusinessException {@link #NOT_YOUR_ROLE}, {@link #ARCHIVED} or the state's own key
     */
    public void require(Predicate<String> hasRole, CaseSituation s) {
        Optional<BusinessException> refused = refusal(hasRole, s);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** Every act someone holding {@code hasRole} may take on the case now. */
    public static Set<CaseAct> openTo(Predicate<String> hasRole, CaseSituation s) {
        return Arrays.stream(values()).filter(a -> a.isOpenTo(hasRole, s))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseAct.class)));
    }

    /** The act of recording an entry of kind {@code k}: a supervision entry is the case supervisor's. */
    public static CaseAct recordOf(ProgressKind k) {
        return k != null && k.isStaffActivity() ? RECORD_SUPERVISION : RECORD_PROGRESS;
    }

    /** The act of striking out an entry of kind {@code k}. */
    public static CaseAct strikeOutOf(ProgressKind k) {
        return k.isStaffActivity() ? STRIKE_OUT_SUPERVISION : STRIKE_OUT;
    }

    /** Whether, given the acts open on its case, {@code entry} may be struck out (once). */
    public static boolean mayStrike(Set<CaseAct> open, CaseProgress entry) {
        return !entry.isStruck() && open.contains(strikeOutOf(entry.getKind()));
    }

    /** The kinds of entry that may be recorded, given the acts open on the case. */
    public static List<ProgressKind> recordableKinds(Set<CaseAct> open) {
        return Arrays.stream(ProgressKind.values()).filter(k -> open.contains(recordOf(k))).toList();
    }
}
