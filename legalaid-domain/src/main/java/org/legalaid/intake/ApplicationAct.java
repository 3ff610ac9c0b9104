package org.legalaid.intake;

import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Roles;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Who may do what on an application, and when (LAL art. 38, 43, 44, 49): for each act the roles
 * that take it — the same as the {@code @RolesAllowed} of the boundary method named — and the state
 * of the application in which it applies. {@code ApplicationService} answers the application
 * page's question "which acts may this caller do on this application now" from {@link #openTo}
 * and checks {@link #require} on the locked application before each act, so the page never offers
 * what the boundary would refuse (issue 14). A decided application takes no act but the objection
 * to a refusal and the assignment of a lawyer to a grant (issue 18).
 */
public enum ApplicationAct {

    /** 受理 (LAL art. 38). */
    ACCEPT("ApplicationService", "accept", Set.of(Roles.INTAKE_CLERK, Roles.REVIEWER),
            a -> a.getStatus() == ApplicationStatus.SUBMITTED ? null : wrongStatus(a)),
    /** 一次性告知补正 (LAL art. 43): once per application. */
    REQUEST_MATERIALS("ApplicationService", "requestMaterials", Set.of(Roles.INTAKE_CLERK, Roles.REVIEWER),
            a -> a.getStatus() != ApplicationStatus.SUBMITTED && a.getStatus() != ApplicationStatus.ACCEPTED ? wrongStatus(a)
                    : a.getMaterialsRequestedAt() != null ? "intake.application.materialsAlreadyRequested" : null),
    SUPPLY_MATERIALS("ApplicationService", "supplyMaterials", Set.of(Roles.INTAKE_CLERK, Roles.REVIEWER),
            a -> a.getStatus() == ApplicationStatus.AWAITING_MATERIALS ? null : wrongStatus(a)),
    /** 先行提供法律援助 (LAL art. 44): before the decision, once. */
    START_URGENT_AID("ApplicationService", "startUrgentAid", Set.of(Roles.REVIEWER, Roles.APPROVER),
            a -> !a.getStatus().isUndecided() ? wrongStatus(a)
                    : a.isUrgent() ? "intake.application.urgentAlreadyStarted" : null),
    PROPOSE("ApplicationService", "propose", Set.of(Roles.REVIEWER),
            a -> a.getStatus() == ApplicationStatus.SUBMITTED ? "intake.application.notAccepted"
                    : a.getStatus() == ApplicationStatus.ACCEPTED ? null : wrongStatus(a)),
    /** The decision (LAL art. 43), never by the proposer — checked by the application itself. */
    APPROVE("ApplicationService", "approve", Set.of(Roles.APPROVER),
            a -> a.getStatus() == ApplicationStatus.PENDING_APPROVAL ? null : wrongStatus(a)),
    RETURN_TO_REVIEW("ApplicationService", "returnToReview", Set.of(Roles.APPROVER),
            a -> a.getStatus() == ApplicationStatus.PENDING_APPROVAL ? null : wrongStatus(a)),
    /** 异议 (LAL art. 49): against a refusal, once. */
    RECEIVE_OBJECTION("ApplicationService", "receiveObjection", Set.of(Roles.INTAKE_CLERK, Roles.BUREAU_SUPERVISOR),
            a -> a.getObjectionReceivedAt() != null ? "intake.application.objectionAlreadyReceived"
                    : a.getStatus() == ApplicationStatus.REFUSED ? null : wrongStatus(a)),
    DECIDE_OBJECTION("ApplicationService", "decideObjection", Set.of(Roles.BUREAU_SUPERVISOR),
            a -> a.getStatus() == ApplicationStatus.OBJECTION_PENDING ? null : wrongStatus(a)),
    /**
     * The assignment of a lawyer (LAL art. 43, 44, 49): to an application granted by the centre or
     * on the bureau's order, or whose aid started early; the assignment screen shows the lawyer once
     * assigned. The lawyers context assigns, through {@code AssignableCaseService}, which offers only
     * such applications.
     */
    ASSIGN_LAWYER("AssignableCaseService", "recordAssigned", Set.of(Roles.ASSIGNMENT_OFFICER),
            a -> a.isOpenForAssignment() ? null : wrongStatus(a));

    /** The refusal when the caller holds none of the act's roles (the boundary's own roles let them in). */
    public static final String NOT_YOUR_ROLE = "intake.application.notYourRole";

    private final String service;
    private final String serviceMethod;
    private final Set<String> roles;
    private final Function<Application, String> stateRefusal;

    ApplicationAct(String service, String serviceMethod, Set<String> roles, Function<Application, String> stateRefusal) {
        this.service = service;
        this.serviceMethod = serviceMethod;
        this.roles = roles;
        this.stateRefusal = stateRefusal;
    }

    private static String wrongStatus(Application a) {
        return "intake.application.wrongStatus";
    }

    /** The simple name of the intake boundary class ({@code org.legalaid.intake.boundary}) that carries it out. */
    public String service() {
        return service;
    }

    /** The name of that boundary's method that carries it out (and checks it first). */
    public String serviceMethod() {
        return serviceMethod;
    }

    public Set<String> roles() {
        return roles;
    }

    /** Why someone holding {@code hasRole} may not take this act on {@code a} now, or empty when they may. */
    public Optional<BusinessException> refusal(Predicate<String> hasRole, Application a) {
        if (roles.stream().noneMatch(hasRole)) {
            return Optional.of(new BusinessException(NOT_YOUR_ROLE));
        }
        return Optional.ofNullable(stateRefusal.apply(a)).map(key -> new BusinessException(key, a.getStatus().labelKey()));
    }

    /** Whether someone holding {@code hasRole} may take this act on {@code a} now. */
    public boolean isOpenTo(Predicate<String> hasRole, Application a) {
        return refusal(hasRole, a).isEmpty();
    }

    /**
     * Throws the reason when someone holding {@code hasRole} may not take this act on {@code a} now.
     *
     * @throws BusinessException {@link #NOT_YOUR_ROLE}, {@code intake.application.wrongStatus} (with the
     *                           status) or the act's own key
     */
    public void require(Predicate<String> hasRole, Application a) {
        Optional<BusinessException> refused = refusal(hasRole, a);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** Every act someone holding {@code hasRole} may take on {@code a} now. */
    public static Set<ApplicationAct> openTo(Predicate<String> hasRole, Application a) {
        return Arrays.stream(values()).filter(x -> x.isOpenTo(hasRole, a))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicationAct.class)));
    }
}
