package org.legalaid.complaints;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The year's complaint figures for the report to the level above (年度投诉处理情况报告, MoJ order 149
 * art. 28): complaints <em>received</em> in the year counted by ground (art. 7), respondent type and
 * unit; complaints <em>decided</em> in the year counted by outcome (art. 22), with the time to decide
 * — calendar days from the last acceptance (art. 23: the clock runs from it) to the decision, median
 * and mean — and the share decided in time (by the due date of 60 days, suspensions excluded, plus an
 * approved extension; art. 23). Small counts are shown as they are: the report goes to the bureau,
 * not to the public.
 *
 * @param year          the calendar year
 * @param received      complaints received in the year
 * @param byGround      received, by ground (every ground listed, zeros included)
 * @param byRespondent  received, by respondent type
 * @param byOutcome     decided, by outcome
 * @param units         per unit: received, decided, decided in time (by unit id, ascending)
 * @param decided       complaints decided in the year
 * @param medianDays    median days from the last acceptance to the decision, or null when none was decided
 * @param meanDays      mean days, one decimal, or null
 * @param decidedInTime decided by their due date
 */
public record AnnualReport(int year, long received, Map<ComplaintGround, Long> byGround, Map<RespondentType, Long> byRespondent,
                           Map<ComplaintOutcome, Long> byOutcome, Map<Long, UnitLine> units, long decided, BigDecimal medianDays,
                           BigDecimal meanDays, long decidedInTime) implements java.io.Serializable {

    /** One unit's figures. */
    public record UnitLine(long unitId, long received, long decided, long decidedInTime) implements java.io.Serializable {
    }

    /**
     * What the report needs of one complaint.
     *
     * @param decisionDue the end of its decision period (exclusive), or null when it has none
     */
    public record Entry(long unitId, ComplaintGround ground, RespondentType respondentType, LocalDateTime receivedAt,
                        LocalDateTime lastAcceptedAt, ComplaintOutcome outcome, LocalDateTime decidedAt,
                        LocalDateTime decisionDue) {
        public Entry {
            Objects.requireNonNull(ground);
            Objects.requireNonNull(respondentType);
            Objects.requireNonNull(receivedAt);
        }

        boolean decidedIn(int year) {
            return outcome != null && decidedAt != null && decidedAt.getYear() == year;
        }

        boolean inTime() {
            return decisionDue != null && decidedAt.isBefore(decisionDue);
        }

        long daysToDecide() {
            LocalDateTime from = lastAcceptedAt == null ? receivedAt : lastAcceptedAt;
            return ChronoUnit.DAYS.between(from.toLocalDate(), decidedAt.toLocalDate());
        }
    }

    /** The share decided in time (0 to 1, four decimals), or null when none was decided. */
    public BigDecimal inTimeShare() {
        return decided == 0 ? null : BigDecimal.valueOf(decidedInTime).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP);
    }

    /** The figures of {@code year} from the complaints received or decided in it (others are ignored). */
    public static AnnualReport of(int year, Collection<Entry> entries) {
        Map<ComplaintGround, Long> byGround = zeros(ComplaintGround.class);
        Map<RespondentType, Long> byRespondent = zeros(RespondentType.class);
        Map<ComplaintOutcome, Long> byOutcome = zeros(ComplaintOutcome.class);
        Map<Long, long[]> units = new TreeMap<>();
        long received = 0;
        long inTime = 0;
        List<Long> days = new ArrayList<>();
        for (Entry e : entries) {
            if (e.receivedAt().getYear() == year) {
                received++;
                byGround.merge(e.ground(), 1L, Long::sum);
                byRespondent.merge(e.respondentType(), 1L, Long::sum);
                units.computeIfAbsent(e.unitId(), k -> new long[3])[0]++;
            }
            if (e.decidedIn(year)) {
                byOutcome.merge(e.outcome(), 1L, Long::sum);
                days.add(e.daysToDecide());
                long[] u = units.computeIfAbsent(e.unitId(), k -> new long[3]);
                u[1]++;
                if (e.inTime()) {
                    inTime++;
                    u[2]++;
                }
            }
        }
        Map<Long, UnitLine> lines = new TreeMap<>();
        units.forEach((id, u) -> lines.put(id, new UnitLine(id, u[0], u[1], u[2])));
        return new AnnualReport(year, received, byGround, byRespondent, byOutcome, Collections.unmodifiableMap(lines), days.size(),
                median(days), mean(days), inTime);
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, 0L);
        }
        return m;
    }

    static BigDecimal median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal m = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        return m.setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal mean(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        long sum = values.stream().mapToLong(Long::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }
}
