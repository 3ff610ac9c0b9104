package org.legalaid.shared;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A staff role. The {@link #code()} is what the security layer sees (a {@link Roles} constant);
 * the label comes from the message bundle under {@code role.<code>}.
 *
 * <p>Segregation of duties (docs/domain.md, "Funding"): the person who claims, reviews, approves and
 * pays must differ, and whoever administers accounts must not also move money, or they could
 * create the colleague who approves their own claim. {@link #incompatibleWith(Role)} holds those
 * pairs; an account can never hold both roles of a pair.
 *
 * <p>{@link #NOTIFYING_ORGAN} and {@link #ONLINE_PORTAL} are not staff: the accounts of a court's,
 * procuratorate's or police system that notifies criminal cases over the API, and of the online
 * legal service platform that forwards online applications. Each stands alone.
 */
public enum Role {
    INTAKE_CLERK(Roles.INTAKE_CLERK),
    REVIEWER(Roles.REVIEWER),
    APPROVER(Roles.APPROVER),
    ASSIGNMENT_OFFICER(Roles.ASSIGNMENT_OFFICER),
    CASE_SUPERVISOR(Roles.CASE_SUPERVISOR),
    FINANCE_OFFICER(Roles.FINANCE_OFFICER),
    FINANCE_APPROVER(Roles.FINANCE_APPROVER),
    QUALITY_EVALUATOR(Roles.QUALITY_EVALUATOR),
    COMPLAINT_HANDLER(Roles.COMPLAINT_HANDLER),
    BUREAU_SUPERVISOR(Roles.BUREAU_SUPERVISOR),
    SYSTEM_ADMIN(Roles.SYSTEM_ADMIN),
    /** Not staff: the API account of a notifying court, procuratorate or police ({@link Roles#NOTIFYING_ORGAN}). */
    NOTIFYING_ORGAN(Roles.NOTIFYING_ORGAN),
    /** Not staff: the API account of the online legal service platform that forwards online applications ({@link Roles#ONLINE_PORTAL}). */
    ONLINE_PORTAL(Roles.ONLINE_PORTAL);

    private static final List<Set<Role>> INCOMPATIBLE = List.of(
            EnumSet.of(FINANCE_OFFICER, FINANCE_APPROVER),
            EnumSet.of(SYSTEM_ADMIN, FINANCE_OFFICER),
            EnumSet.of(SYSTEM_ADMIN, FINANCE_APPROVER));

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Message bundle key of the role's label. */
    public String labelKey() {
        return "role." + code;
    }

    /**
     * Whether an account may not hold both roles: a pair that segregation of duties keeps apart,
     * or any other role beside one that is not staff — an outside system's account is never staff.
     */
    public boolean incompatibleWith(Role other) {
        if (this != other && (!isStaff() || !other.isStaff())) {
            return true;
        }
        return INCOMPATIBLE.stream().anyMatch(pair -> pair.contains(this) && pair.contains(other) && this != other);
    }

    /**
     * Whether the role is a staff member's, whose holder is also granted {@link Roles#STAFF}
     * (every role but {@link #NOTIFYING_ORGAN} and {@link #ONLINE_PORTAL}).
     */
    public boolean isStaff() {
        return this != NOTIFYING_ORGAN && this != ONLINE_PORTAL;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
