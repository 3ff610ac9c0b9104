package org.legalaid.quality;

import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Set;

/**
 * How many cases a campaign draws from each stratum (a unit and a form kind): a fixed number, as seed
 * 004 ("民事行政案件、刑事案件各11宗"), or a percentage of the stratum rounded up (national practice samples
 * around 5–10 % of closed cases). {@code findingsPercent} of each stratum's sample is taken first from
 * its cases with findings of the automatic check — their own stratum, so the over-weighting is
 * declared, not hidden. {@code kinds} are the form kinds drawn (peer evaluation, SF/T 0085-2020, takes
 * civil and administrative cases only).
 */
public record SampleRule(Integer perStratum, BigDecimal percent, int findingsPercent, Set<FormKind> kinds)
        implements Serializable {

    public static final int MAX_PER_STRATUM = 1000;

    /**
     * @throws BusinessException {@code quality.sample.rule} unless exactly one of a count (1–1000) or a
     *                           percentage (above 0, at most 100) is given, the findings share is 0–100 and
     *                           at least one kind is drawn
     */
    public SampleRule {
        Objects.requireNonNull(kinds, "kinds");
        boolean count = perStratum != null;
        boolean pct = percent != null;
        if (count == pct || kinds.isEmpty() || findingsPercent < 0 || findingsPercent > 100
                || count && (perStratum < 1 || perStratum > MAX_PER_STRATUM)
                || pct && (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new BusinessException("quality.sample.rule");
        }
        kinds = Set.copyOf(kinds);
    }

    /** A fixed number per unit and kind. */
    public static SampleRule perStratum(int count, int findingsPercent, Set<FormKind> kinds) {
        return new SampleRule(count, null, findingsPercent, kinds);
    }

    /** A percentage of each unit's cases of each kind. */
    public static SampleRule percent(BigDecimal percent, int findingsPercent, Set<FormKind> kinds) {
        return new SampleRule(null, percent, findingsPercent, kinds);
    }

    /** The number to draw from a stratum of {@code population} cases (before any shortfall). */
    public int target(int population) {
        if (perStratum != null) {
            return perStratum;
        }
        return BigDecimal.valueOf(population).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                .intValueExact();
    }

    /** Of a stratum's sample of {@code n}, how many come from the findings stratum at most. */
    public int findingsTarget(int n) {
        return (int) Math.ceil(n * findingsPercent / 100.0);
    }
}
