package org.legalaid.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The time limit the system applies to a {@link ClockStep}: one row per step, seeded by the
 * migration with {@link ClockStep#defaultLimit()} and changed by an administrator (a province may
 * shorten a period, a centre sets its own period for supplying materials). A change applies to
 * clocks started afterwards; running clocks keep the limit they started with ({@link ClockItem}).
 *
 * <p>Rules: 1 to {@value #AMOUNT_MAX} units; any unit for any step (the figures are the
 * administrator's, e.g. 48 hours where a province says so), but only a period of calendar days
 * can move a last day off a rest day ({@link TimeLimit}).
 */
@Entity
@Table(name = "time_limit_setting")
public class TimeLimitSetting implements Serializable {

    /** A year: no statutory period of these steps comes close. */
    public static final int AMOUNT_MAX = 365;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "step", length = 40)
    private ClockStep step;

    @Version
    private long version;

    @Column(name = "amount", nullable = false)
    private int amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "limit_unit", nullable = false, length = 20)
    private LimitUnit unit;

    @Column(name = "moves_off_rest_day", nullable = false)
    private boolean lastDayMovesOffRestDay;

    @Column(name = "changed_by", nullable = false, length = UserName.MAX)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected TimeLimitSetting() {
        // for JPA
    }

    /** A step's default setting (for tests; the migration seeds the rows). */
    public TimeLimitSetting(ClockStep step, String by, OffsetDateTime now) {
        this.step = Objects.requireNonNull(step);
        change(step.defaultLimit().amount(), step.defaultLimit().unit(), step.defaultLimit().lastDayMovesOffRestDay(), by, now);
    }

    /**
     * Sets the limit.
     *
     * @throws BusinessException {@code intake.deadline.amountNotPositive} below one,
     *                           {@code intake.clock.limitTooLong} above {@value #AMOUNT_MAX},
     *                           {@code intake.clock.onlyDaysMoveOffRestDay} when a limit not in
     *                           calendar days asks to move off a rest day
     */
    public void change(int amount, LimitUnit unit, boolean lastDayMovesOffRestDay, String by, OffsetDateTime now) {
        Objects.requireNonNull(unit, "unit");
        if (amount > AMOUNT_MAX) {
            throw new BusinessException("intake.clock.limitTooLong", amount, AMOUNT_MAX);
        }
        if (lastDayMovesOffRestDay && unit != LimitUnit.CALENDAR_DAYS) {
            throw new BusinessException("intake.clock.onlyDaysMoveOffRestDay");
        }
        TimeLimit checked = new TimeLimit(amount, unit, lastDayMovesOffRestDay);
        this.amount = checked.amount();
        this.unit = checked.unit();
        this.lastDayMovesOffRestDay = checked.lastDayMovesOffRestDay();
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(now);
    }

    public TimeLimit limit() {
        return new TimeLimit(amount, unit, lastDayMovesOffRestDay);
    }

    /** Whether the limit is still the one the law or local rules set. */
    public boolean isDefault() {
        return limit().equals(step.defaultLimit());
    }

    public ClockStep getStep() {
        return step;
    }

    public long getVersion() {
        return version;
    }

    public int getAmount() {
        return amount;
    }

    public LimitUnit getUnit() {
        return unit;
    }

    public boolean isLastDayMovesOffRestDay() {
        return lastDayMovesOffRestDay;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
