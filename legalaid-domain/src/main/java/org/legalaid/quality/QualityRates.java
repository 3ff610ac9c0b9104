package org.legalaid.quality;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The numbers of a unit's (or a campaign's) evaluated cases by grade, with the 优良率 (优秀 + 良好 over
 * evaluated) and the 合格率 (合格 or better over evaluated) as seed 004 reports them ("鲁山县良好案件1件，
 * 优良率50%，……合格率100%"). Rates are percentages with one decimal, half up; with nothing evaluated there
 * is no rate (null), not 0 %.
 */
public record QualityRates(int excellent, int good, int pass, int fail) implements Serializable {

    /** The counts of {@code grades}. */
    public static QualityRates of(Collection<Grade> grades) {
        Map<Grade, Integer> n = new EnumMap<>(Grade.class);
        grades.forEach(g -> n.merge(g, 1, Integer::sum));
        return new QualityRates(n.getOrDefault(Grade.EXCELLENT, 0), n.getOrDefault(Grade.GOOD, 0),
                n.getOrDefault(Grade.PASS, 0), n.getOrDefault(Grade.FAIL, 0));
    }

    public int evaluated() {
        return excellent + good + pass + fail;
    }

    /** 优良率 in percent, or null when nothing was evaluated. */
    public BigDecimal excellentOrGoodRate() {
        return rate(excellent + good);
    }

    /** 合格率 in percent, or null when nothing was evaluated. */
    public BigDecimal passRate() {
        return rate(excellent + good + pass);
    }

    public int count(Grade g) {
        return switch (g) {
            case EXCELLENT -> excellent;
            case GOOD -> good;
            case PASS -> pass;
            case FAIL -> fail;
        };
    }

    private BigDecimal rate(int part) {
        if (evaluated() == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(evaluated()), 1,
                RoundingMode.HALF_UP);
    }
}
