package org.legalaid.cases;

import org.legalaid.shared.BusinessException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates of a case's steps and the rule that orders them — the one place of the date logic
 * (docs/domain.md "Case lifecycle", date logic; issue 5): application ≤ acceptance ≤ decision/approval
 * ≤ assignment ≤ handling ≤ closing ≤ review ≤ archive, and no step dated after today.
 *
 * <p>Seed 004 found case files "whose assignment, handling and closing dates were far earlier than
 * the approval date". A step that would break the order cannot be saved ({@link #require}); a
 * legacy record that already breaks it is imported and listed with every violation
 * ({@link #violations}). A step not yet taken (null) constrains nothing: each step is compared with
 * the latest dated step before it.
 *
 * <p>Immutable; {@link #with} returns the dates with one step (re)dated.
 */
public final class CaseDates {

    private final Map<CaseMilestone, LocalDate> dates;

    private CaseDates(Map<CaseMilestone, LocalDate> dates) {
        this.dates = dates;
    }

    /** No step dated yet. */
    public static CaseDates none() {
        return new CaseDates(new EnumMap<>(CaseMilestone.class));
    }

    /** These dates with {@code step} dated {@code date} (or undated when null). */
    public CaseDates with(CaseMilestone step, LocalDate date) {
        Objects.requireNonNull(step, "step");
        EnumMap<CaseMilestone, LocalDate> copy = dates.isEmpty() ? new EnumMap<>(CaseMilestone.class) : new EnumMap<>(dates);
        if (date == null) {
            copy.remove(step);
        } else {
            copy.put(step, date);
        }
        return new CaseDates(copy);
    }

    public Optional<LocalDate> get(CaseMilestone step) {
        return Optional.ofNullable(dates.get(step));
    }

    /** The dated steps, in the order of the case. */
    public Map<CaseMilestone, LocalDate> asMap() {
        return Collections.unmodifiableMap(dates);
    }

    /**
     * Every break of the order, in the order of the case: each dated step that lies before the
     * latest dated step it must follow, and each step dated after {@code today}.
     */
    public List<DateViolation> violations(LocalDate today) {
        List<DateViolation> out = new ArrayList<>();
        CaseMilestone latestStep = null;
        LocalDate latest = null;
        for (CaseMilestone step : CaseMilestone.values()) {
            LocalDate date = dates.get(step);
            if (date == null) {
                continue;
            }
            if (latest != null && date.isBefore(latest)) {
                out.add(new DateViolation(step, date, latestStep, latest));
            } else {
                latestStep = step;
                latest = date;
            }
            if (today != null && date.isAfter(today)) {
                out.add(new DateViolation(step, date, null, null));
            }
        }
        return out;
    }

    /**
     * Dates {@code step} on {@code date} if the order allows it.
     *
     * @return the dates with the step set
     * @throws BusinessException {@code cases.date.before} (the step, its date, the step it must
     *                           follow and that date) or {@code cases.date.future}
     */
    public CaseDates require(CaseMilestone step, LocalDate date, LocalDate today) {
        Objects.requireNonNull(date, "date");
        CaseDates next = with(step, date);
        for (DateViolation v : next.violations(today)) {
            if (v.step() == step || v.dependsOn() == step) {
                throw toException(v);
            }
        }
        return next;
    }

    /** The business error that tells the user which step is dated before which. */
    public static BusinessException toException(DateViolation v) {
        return new BusinessException(v.inFuture() ? "cases.date.future" : "cases.date.before", v.arguments());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseDates other && dates.equals(other.dates);
    }

    @Override
    public int hashCode() {
        return dates.hashCode();
    }

    @Override
    public String toString() {
        return "CaseDates" + dates;
    }
}
