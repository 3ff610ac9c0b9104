package org.legalaid.lawyers;

import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The obligation quota rule of a year (义务量核定): law firms and lawyers have a duty to provide
 * legal aid (LAL art. 16), and docs/domain.md "Lawyer pool" asks for an annual quota per firm and per
 * lawyer set by a published rule, which the administrator keeps as data (issue 4):
 * <ul>
 *   <li>each lawyer owes {@code casesPerLawyer} cases;</li>
 *   <li>each firm owes either the sum of its lawyers' quotas or the cases of its size band
 *       ({@link FirmQuotaMode});</li>
 *   <li>other service counts as cases by its {@link CreditRule} (one province: 4 duty days = 1
 *       case).</li>
 * </ul>
 * The bar association counts fulfilment in the annual assessment (LAL art. 60), and refusal
 * or neglect is sanctioned (LAL art. 62, 63), so the arithmetic must be exact and explainable.
 *
 * @param year           the calendar year the rule applies to
 * @param casesPerLawyer cases each lawyer owes before reductions, not negative
 * @param firmMode       how a firm's quota is set
 * @param bands          the firm-size table for {@link FirmQuotaMode#BY_SIZE}, not overlapping;
 *                       ignored (may be empty) for {@link FirmQuotaMode#SUM_OF_LAWYERS}
 * @param credits        at most one conversion per kind of service
 */
public record QuotaRule(int year, int casesPerLawyer, FirmQuotaMode firmMode, List<FirmBand> bands,
                        List<CreditRule> credits) {

    public QuotaRule {
        Objects.requireNonNull(firmMode, "firmMode");
        Quotas.requireNotNegative(casesPerLawyer, "casesPerLawyer");
        bands = List.copyOf(bands);
        credits = List.copyOf(credits);
        if (firmMode == FirmQuotaMode.BY_SIZE && bands.isEmpty()) {
            throw new BusinessException("lawyers.quota.bandsRequired", year);
        }
        for (int i = 0; i < bands.size(); i++) {
            for (int j = i + 1; j < bands.size(); j++) {
                if (bands.get(i).overlaps(bands.get(j))) {
                    throw new BusinessException("lawyers.quota.bandsOverlap", bands.get(i), bands.get(j));
                }
            }
        }
        Map<CreditKind, CreditRule> seen = new EnumMap<>(CreditKind.class);
        for (CreditRule c : credits) {
            if (seen.put(c.kind(), c) != null) {
                throw new BusinessException("lawyers.quota.creditTwice", c.kind());
            }
        }
    }

    /** A lawyer's quota before reductions. */
    public BigDecimal lawyerQuota() {
        return Quotas.cases(BigDecimal.valueOf(casesPerLawyer));
    }

    /**
     * A firm's quota before its own reductions.
     *
     * @param lawyers            the firm's lawyers in the pool this year
     * @param sumOfLawyerQuotas  the sum of its lawyers' quotas after their reductions (used by
     *                           {@link FirmQuotaMode#SUM_OF_LAWYERS})
     * @throws BusinessException {@code lawyers.quota.noBand} (lawyers) when no band covers the
     *                           size; {@code lawyers.quota.negative} for negative inputs
     */
    public BigDecimal firmQuota(int lawyers, BigDecimal sumOfLawyerQuotas) {
        Quotas.requireNotNegative(lawyers, "lawyers");
        if (firmMode == FirmQuotaMode.SUM_OF_LAWYERS) {
            return Quotas.cases(Quotas.requireNotNegative(sumOfLawyerQuotas, "sumOfLawyerQuotas"));
        }
        return bands.stream().filter(b -> b.covers(lawyers)).findFirst()
                .map(b -> Quotas.cases(BigDecimal.valueOf(b.cases())))
                .orElseThrow(() -> new BusinessException("lawyers.quota.noBand", lawyers));
    }

    public Optional<CreditRule> creditRule(CreditKind kind) {
        return credits.stream().filter(c -> c.kind() == kind).findFirst();
    }

    /**
     * Cases credited for the service done: units of the same kind are added before they are
     * divided, so 3 + 3 duty days at 4 per case give 1.50, not 0.75 + 0.75 rounded twice.
     *
     * @throws BusinessException {@code lawyers.quota.noCreditRule} (kind) for a kind of service
     *                           this year's rule does not convert
     */
    public BigDecimal credited(Collection<ServiceUnits> service) {
        Map<CreditKind, BigDecimal> units = new EnumMap<>(CreditKind.class);
        for (ServiceUnits s : service) {
            units.merge(s.kind(), s.units(), BigDecimal::add);
        }
        BigDecimal total = Quotas.cases(BigDecimal.ZERO);
        List<CreditKind> missing = new ArrayList<>();
        for (Map.Entry<CreditKind, BigDecimal> e : units.entrySet()) {
            Optional<CreditRule> rule = creditRule(e.getKey());
            if (rule.isEmpty()) {
                if (e.getValue().signum() > 0) {
                    missing.add(e.getKey());
                }
                continue;
            }
            total = total.add(rule.get().cases(e.getValue()));
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("lawyers.quota.noCreditRule", missing.get(0), year);
        }
        return total;
    }
}
