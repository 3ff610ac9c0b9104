package org.legalaid.intake;

import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.util.Objects;

/**
 * How long a step may take: an amount and a unit, e.g. 7 calendar days to decide an application
 * (LAL art. 43). Limits are data; {@link StatutoryClock} names the defaults the law sets.
 *
 * @param amount                 one or more units
 * @param unit                   what is counted
 * @param lastDayMovesOffRestDay for calendar days only: when the last day is not a working day,
 *                               the period ends on the next working day instead. This is the
 *                               civil-law rule (Civil Code art. 203: "期间的最后一日是法定休假日的，
 *                               以法定休假日结束的次日为期间的最后一日"; the Civil Procedure Law has
 *                               the same rule). The Legal Aid Law says nothing of it, so it is off unless an
 *                               administrator switches it on for a step.
 */
public record TimeLimit(int amount, LimitUnit unit, boolean lastDayMovesOffRestDay) implements Serializable {

    /**
     * @throws BusinessException {@code intake.deadline.amountNotPositive} for an amount below one
     */
    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new BusinessException("intake.deadline.amountNotPositive", amount);
        }
        if (lastDayMovesOffRestDay && unit != LimitUnit.CALENDAR_DAYS) {
            throw new IllegalArgumentException("only a period of calendar days can move off a rest day");
        }
    }

    public static TimeLimit calendarDays(int amount) {
        return new TimeLimit(amount, LimitUnit.CALENDAR_DAYS, false);
    }

    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(amount, LimitUnit.WORKING_DAYS, false);
    }

    public static TimeLimit hours(int amount) {
        return new TimeLimit(amount, LimitUnit.HOURS, false);
    }

    /** This limit, with a last day that falls on a rest day moved to the next working day. */
    public TimeLimit endingOnAWorkingDay() {
        return new TimeLimit(amount, unit, true);
    }
}
