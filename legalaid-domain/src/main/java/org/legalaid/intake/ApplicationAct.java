package org.legalaid.web.intake;

import org.legalaid.intake.Application;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.shared.Roles;

import java.util.Set;
import java.util.function.Predicate;

/**
 * The actions of the application page: which roles may take each (the same roles as the
 * {@code ApplicationService} method of the same name, which checks them again) and in which state
 * of the application it applies. The page shows a button only when both hold, so a user is never
 * offered what the boundary would refuse for their role or the application's state.
 */
public enum ApplicationCommand {

    /** 受理 (LAL art. 38). */
    ACCEPT("accept", Set.of(Roles.INTAKE_CLERK, Roles.REVIEWER),
            a -> a.getStatus() == ApplicationStatus.SUBMITTED),
    /** 一次性告知补正 (LAL art. 43): once per application. */
    REQUEST_MATERIALS("requestMaterials", Set.of(Roles.INTAKE_CLERK, Roles.REVIEWER),
            a -> (a.getStatus() == ApplicationStatus.SUBMITTED || a.getStatus() == ApplicationStatus.ACCEPTED)
                    && a.getMaterialsRequestedAt() == null),
    SUPPLY_MATERIALS("supplyMaterials", Set.of(Roles.INTAKE_CLERK, Roles.REVIEWER),
            a -> a.getStatus() == ApplicationStatus.AWAITING_MATERIALS),
    /** 先行提供法律援助 (LAL art. 44): before the decision, once. */
    START_URGENT_AID("startUrgentAid", Set.of(Roles.REVIEWER, Roles.APPROVER),
            a -> a.getStatus().isUndecided() && !a.isUrgent()),
    PROPOSE("propose", Set.of(Roles.REVIEWER),
            a -> a.getStatus() == ApplicationStatus.ACCEPTED),
    APPROVE("approve", Set.of(Roles.APPROVER),
            a -> a.getStatus() == ApplicationStatus.PENDING_APPROVAL),
    RETURN_TO_REVIEW("returnToReview", Set.of(Roles.APPROVER),
            a -> a.getStatus() == ApplicationStatus.PENDING_APPROVAL),
    /** 异议 (LAL art. 49): against a refusal, once. */
    RECEIVE_OBJECTION("receiveObjection", Set.of(Roles.INTAKE_CLERK, Roles.BUREAU_SUPERVISOR),
            a -> a.getStatus() == ApplicationStatus.REFUSED && a.getObjectionReceivedAt() == null),
    DECIDE_OBJECTION("decideObjection", Set.of(Roles.BUREAU_SUPERVISOR),
            a -> a.getStatus() == ApplicationStatus.OBJECTION_PENDING);

    private final String serviceMethod;
    private final Set<String> roles;
    private final Predicate<Application> appliesTo;

    ApplicationCommand(String serviceMethod, Set<String> roles, Predicate<Application> appliesTo) {
        this.serviceMethod = serviceMethod;
        this.roles = roles;
        this.appliesTo = appliesTo;
    }

    /** The name of the {@code ApplicationService} method that carries it out. */
    public String serviceMethod() {
        return serviceMethod;
    }

    public Set<String> roles() {
        return roles;
    }

    /** Whether someone holding {@code hasRole} may take this action on {@code a} now. */
    public boolean isOpenTo(Predicate<String> hasRole, Application a) {
        return roles.stream().anyMatch(hasRole) && appliesTo.test(a);
    }
}
