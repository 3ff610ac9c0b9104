package org.legalaid.lawyers;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a lawyer (or legal service worker) stands in the legal aid pool: admitted 准入, active,
 * suspended, exited 退出 (docs/domain.md "Lawyer pool": 准入、考核、退出). The annual assessment 考核
 * (LAL art. 60) and sanctions for refusing or neglecting cases (LAL art. 62, 63) lead to
 * suspension or exit.
 *
 * <p>Transitions:
 * <pre>
 *   ADMITTED  → ACTIVE, EXITED
 *   ACTIVE    → SUSPENDED, EXITED
 *   SUSPENDED → ACTIVE, EXITED
 *   EXITED    (final: a lawyer who comes back is admitted again as a new admission)
 * </pre>
 * Only an {@link #ACTIVE} lawyer is offered for assignment or rostered (issue 4: a suspended or
 * exited lawyer is never offered for assignment and gets no new work).
 */
public enum LawyerStatus {
    ADMITTED,
    ACTIVE,
    SUSPENDED,
    EXITED;

    private static final Map<LawyerStatus, EnumSet<LawyerStatus>> NEXT = Map.of(
            ADMITTED, EnumSet.of(ACTIVE, EXITED),
            ACTIVE, EnumSet.of(SUSPENDED, EXITED),
            SUSPENDED, EnumSet.of(ACTIVE, EXITED),
            EXITED, EnumSet.noneOf(LawyerStatus.class));

    /** The statuses this one may change to (a copy). */
    public Set<LawyerStatus> next() {
        return EnumSet.copyOf(NEXT.get(this));
    }

    public boolean canChangeTo(LawyerStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** Only an active lawyer gets new cases and duty shifts. */
    public boolean isAssignable() {
        return this == ACTIVE;
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    public String labelKey() {
        return "lawyerStatus." + name();
    }
}
