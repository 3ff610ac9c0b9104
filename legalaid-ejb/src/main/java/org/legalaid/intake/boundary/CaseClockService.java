package org.legalaid.intake.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.legalaid.intake.ClockItem;
import org.legalaid.intake.ClockReading;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.control.StepClocks;
import org.legalaid.shared.Roles;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statutory clocks of a legal aid case's own steps (docs/domain.md "Case lifecycle" 8–9): telling
 * the court, procuratorate or police of a termination within 3 days (LAL art. 48), the lawyer's
 * closing submission within 30 days of the case's end (art. 50, local rules) and the centre's
 * review within 30 days. The cases context starts and stops them inside its own transaction
 * ({@code MANDATORY}); they run on the same engine, limits and holiday calendar as the intake
 * clocks and appear in the unit's deadline list with the case's label.
 *
 * <p>The subject is the case ({@link #CASE_SUBJECT}, by id). Any staff member who acts on a case
 * may start and stop its clocks; the cases boundary checks who acts.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class CaseClockService {

    /** The clock subject type of a legal aid case (cases context), by id. */
    public static final String CASE_SUBJECT = "LegalCase";

    /** Ids per query of {@link #findOpenClocks}: well below any database's limit of bind parameters. */
    private static final int IN_LIST_MAX = 1000;

    @Inject
    private StepClocks clocks;

    /** Starts the clock of a case's step at {@code at} (China Standard Time). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public LocalDateTime start(long unitId, long caseId, @NotNull String label, @NotNull ClockStep step,
                               @NotNull LocalDateTime at) {
        String cut = label.length() <= ClockItem.SUBJECT_LABEL_MAX ? label : label.substring(0, ClockItem.SUBJECT_LABEL_MAX);
        return clocks.start(unitId, CASE_SUBJECT, caseId, cut, step, at).getDueAt();
    }

    /**
     * Stops the open clock of a case's step as done at {@code at}.
     *
     * @return whether it was late; empty when no clock of that step was open
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Boolean> complete(long caseId, @NotNull ClockStep step, @NotNull LocalDateTime at) {
        return clocks.complete(CASE_SUBJECT, caseId, step, at).map(ClockItem::getLate);
    }

    /** Cancels the open clock of a case's step (the step fell away); empty when none was open. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean cancel(long caseId, @NotNull ClockStep step, @NotNull LocalDateTime at) {
        return clocks.cancel(CASE_SUBJECT, caseId, step, at).isPresent();
    }

    /** The due date of the open clock of a case's step, if one runs. */
    public Optional<LocalDateTime> findDue(long caseId, @NotNull ClockStep step) {
        return clocks.findFor(CASE_SUBJECT, caseId).stream()
                .filter(c -> c.isOpen() && c.getStep() == step)
                .map(ClockItem::getDueAt)
                .findFirst();
    }

    /**
     * The open clocks of several cases, by case id (a case without an open clock is absent), oldest
     * first: the supervisor's worklist asks once for all its cases instead of once per case.
     */
    public Map<Long, List<ClockReading>> findOpenClocks(@NotNull Collection<Long> caseIds) {
        Map<Long, List<ClockReading>> byCase = new HashMap<>();
        List<Long> ids = List.copyOf(caseIds);
        for (int from = 0; from < ids.size(); from += IN_LIST_MAX) {
            clocks.findOpenFor(CASE_SUBJECT, ids.subList(from, Math.min(ids.size(), from + IN_LIST_MAX)))
                    .forEach(c -> byCase.computeIfAbsent(c.getSubjectId(), k -> new ArrayList<>()).add(c.reading()));
        }
        return byCase;
    }

    /**
     * Every clock of a case, open or closed, oldest first (for the case page and the worklist): as
     * readings, since the clocks are intake's records.
     */
    public List<ClockReading> findClocks(long caseId) {
        return clocks.findFor(CASE_SUBJECT, caseId).stream().map(ClockItem::reading).toList();
    }

    /**
     * The entrustment-agreement clocks (委托协议 within 5 days of the assignment, 2023 procedure rules
     * art. 27) of the assignment that handles a case, oldest first, as readings: the case page shows
     * them with the case's own clocks (issue 18: the assignment page showed the clock, the case page
     * did not).
     */
    public List<ClockReading> findAgreementClocks(long assignmentId) {
        return clocks.findFor(AssignableCaseService.ASSIGNMENT_SUBJECT, assignmentId).stream().map(ClockItem::reading).toList();
    }
}
