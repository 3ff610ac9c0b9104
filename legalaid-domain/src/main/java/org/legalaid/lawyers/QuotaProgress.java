package org.legalaid.lawyers;

import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Where a lawyer or a firm stands against its quota for the year (issue 4: quota progress per
 * lawyer and per firm — assigned, completed, credited, remaining — for the bureau and the bar
 * association, LAL art. 60; fairness in assignment, docs/domain.md "Lawyer pool").
 *
 * <p>Arithmetic, all in cases with two decimals:
 * <pre>
 *   quota      = base − Σ reductions            (reductions may not exceed the base)
 *   counted    = assigned + credited            (a case counts when it is assigned)
 *   remaining  = max(0, quota − counted)
 *   fulfilment = counted / quota, four decimals (1.0000 when the quota is 0: nothing is owed)
 * </pre>
 * Completed cases are shown beside assigned ones for the assessment but do not count twice.
 *
 * @param baseQuota  quota before reductions
 * @param reduced    sum of the reductions
 * @param quota      quota after reductions
 * @param assigned   cases assigned this year
 * @param completed  of those, cases closed
 * @param credited   cases credited for other service ({@link CreditRule})
 * @param remaining  cases still owed, never below zero
 * @param fulfilment counted / quota; above 1 when more was done than owed
 */
public record QuotaProgress(BigDecimal baseQuota, BigDecimal reduced, BigDecimal quota, int assigned,
                            int completed, BigDecimal credited, BigDecimal remaining, BigDecimal fulfilment) implements Serializable {

    /** Scale of {@link #fulfilment()}. */
    public static final int RATIO_SCALE = 4;

    public QuotaProgress {
        Objects.requireNonNull(baseQuota, "baseQuota");
        Objects.requireNonNull(reduced, "reduced");
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(credited, "credited");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(fulfilment, "fulfilment");
    }

    /**
     * Progress from the figures.
     *
     * @throws BusinessException {@code lawyers.quota.negative} (what, value) for a negative
     *                           figure; {@code lawyers.quota.reductionExceedsQuota} (reductions,
     *                           base) when the reductions would make the quota negative;
     *                           {@code lawyers.quota.completedExceedsAssigned} (completed,
     *                           assigned)
     */
    public static QuotaProgress of(BigDecimal baseQuota, Collection<QuotaReduction> reductions, int assigned,
                                   int completed, BigDecimal credited) {
        Quotas.requireNotNegative(baseQuota, "quota");
        Quotas.requireNotNegative(assigned, "assigned");
        Quotas.requireNotNegative(completed, "completed");
        Quotas.requireNotNegative(credited, "credited");
        if (completed > assigned) {
            throw new BusinessException("lawyers.quota.completedExceedsAssigned", completed, assigned);
        }
        BigDecimal base = Quotas.cases(baseQuota);
        BigDecimal reduced = Quotas.cases(reductions.stream().map(QuotaReduction::cases)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        if (reduced.compareTo(base) > 0) {
            throw new BusinessException("lawyers.quota.reductionExceedsQuota", reduced, base);
        }
        BigDecimal quota = base.subtract(reduced);
        BigDecimal credit = Quotas.cases(credited);
        BigDecimal counted = BigDecimal.valueOf(assigned).add(credit);
        BigDecimal remaining = Quotas.cases(quota.subtract(counted).max(BigDecimal.ZERO));
        BigDecimal fulfilment = quota.signum() == 0
                ? BigDecimal.ONE.setScale(RATIO_SCALE)
                : counted.divide(quota, RATIO_SCALE, RoundingMode.HALF_UP);
        return new QuotaProgress(base, reduced, quota, assigned, completed, credit, remaining, fulfilment);
    }

    /** A lawyer's progress under the year's rule. */
    public static QuotaProgress forLawyer(QuotaRule rule, Collection<QuotaReduction> reductions, int assigned,
                                          int completed, Collection<ServiceUnits> service) {
        return of(rule.lawyerQuota(), reductions, assigned, completed, rule.credited(service));
    }

    /**
     * A firm's progress under the year's rule.
     *
     * @param lawyers           the firm's lawyers in the pool
     * @param sumOfLawyerQuotas their quotas after reductions (for {@link FirmQuotaMode#SUM_OF_LAWYERS})
     */
    public static QuotaProgress forFirm(QuotaRule rule, int lawyers, BigDecimal sumOfLawyerQuotas,
                                        Collection<QuotaReduction> reductions, int assigned, int completed,
                                        Collection<ServiceUnits> service) {
        return of(rule.firmQuota(lawyers, sumOfLawyerQuotas), reductions, assigned, completed,
                rule.credited(service));
    }

    /** No reductions. */
    public static QuotaProgress of(BigDecimal quota, int assigned, int completed, BigDecimal credited) {
        return of(quota, List.of(), assigned, completed, credited);
    }

    /** True when nothing more is owed this year. */
    public boolean isFulfilled() {
        return remaining.signum() == 0;
    }
}
