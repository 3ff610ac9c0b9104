package org.legalaid.cases;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One break of the case's date order: {@code step} is dated {@code date}, before
 * {@code dependsOn} dated {@code dependsOnDate} that it must follow (docs/domain.md date logic; seed
 * 004 found assignment, handling and closing dates "far earlier than the approval date").
 * {@code dependsOn} is null when the step lies in the future instead.
 */
public record DateViolation(CaseMilestone step, LocalDate date, CaseMilestone dependsOn, LocalDate dependsOnDate) implements Serializable {

    public DateViolation {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(date, "date");
    }

    /** Whether the step is dated after today rather than before an earlier step. */
    public boolean inFuture() {
        return dependsOn == null;
    }

    /**
     * The message key that states the finding (a data-quality list, a legacy case's page):
     * {@code caseDates.before} or {@code caseDates.future}; see {@link #arguments()}. Refusing to save
     * such a date is {@link CaseDates#toException}'s message.
     */
    public String messageKey() {
        return inFuture() ? "caseDates.future" : "caseDates.before";
    }

    /** The arguments of {@link #messageKey()}: the step's label key and date, and those of the step it must follow. */
    public Object[] arguments() {
        return inFuture() ? new Object[]{step.labelKey(), date.toString()}
                : new Object[]{step.labelKey(), date.toString(), dependsOn.labelKey(), dependsOnDate.toString()};
    }

    /** A plain description for logs and the data-quality list, e.g. {@code ASSIGNED 2024-03-01 < DECIDED 2024-04-02}. */
    public String describe() {
        return inFuture() ? step + " " + date + " > today" : step + " " + date + " < " + dependsOn + " " + dependsOnDate;
    }
}
