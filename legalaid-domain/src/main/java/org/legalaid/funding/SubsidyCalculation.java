package org.legalaid.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The calculation of a case subsidy, line by line with the standard and the rule behind each:
 * <ol>
 * <li>the standard's base rate for the matter type and stage;</li>
 * <li>each further defendant or claimant the lawyer acted for × the standard's extra per party;</li>
 * <li>the remote-travel allowance when the lawyer had to travel to a remote place;</li>
 * <li>the quality factor of the case's grade (质量效果挂钩) applied to the subsidy of 1–3 — 优秀 may
 *     raise it, 不合格 may withhold it;</li>
 * <li>documented copying and travel costs with receipts, each up to the standard's cap (reimbursed
 *     as spent, so not scaled by the grade).</li>
 * </ol>
 * Amounts are rounded to the fen at each line. No tax lines (LAL art. 52).
 */
public final class SubsidyCalculation implements Serializable {

    private final List<CalculationLine> lines;
    private final BigDecimal total;

    private SubsidyCalculation(List<CalculationLine> lines) {
        this.lines = List.copyOf(lines);
        this.total = Yuan.fen(lines.stream().map(CalculationLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * @param extraParties the number of further defendants or claimants (0 for one)
     * @param remote       whether the lawyer travelled to a remote place
     * @param copyingCost  documented copying costs (may be zero)
     * @param travelCost   documented travel costs (may be zero)
     */
    public static SubsidyCalculation of(SubsidyStandard standard, int extraParties, boolean remote, BigDecimal copyingCost,
                                        BigDecimal travelCost, QualityGrade grade, BigDecimal factor) {
        if (extraParties < 0) {
            throw new IllegalArgumentException("extra parties " + extraParties);
        }
        List<CalculationLine> lines = new ArrayList<>();
        BigDecimal base = standard.getBaseAmount();
        lines.add(new CalculationLine("calc.base", base, standard.getId(), standard.getBasis(), standard.getEffectiveFrom()));
        BigDecimal subsidy = base;
        if (extraParties > 0 && standard.getExtraPerParty().signum() > 0) {
            BigDecimal extra = Yuan.fen(standard.getExtraPerParty().multiply(BigDecimal.valueOf(extraParties)));
            lines.add(new CalculationLine("calc.parties", extra, extraParties, standard.getExtraPerParty()));
            subsidy = subsidy.add(extra);
        }
        if (remote && standard.getRemoteAllowance().signum() > 0) {
            lines.add(new CalculationLine("calc.remote", standard.getRemoteAllowance(), standard.getRemoteAllowance()));
            subsidy = subsidy.add(standard.getRemoteAllowance());
        }
        if (factor.compareTo(BigDecimal.ONE) != 0) {
            BigDecimal adjusted = Yuan.fen(subsidy.multiply(factor));
            lines.add(new CalculationLine("calc.quality", adjusted.subtract(subsidy), grade.labelKey(), factor, subsidy));
        }
        addCost(lines, "calc.copying", Yuan.notNegative(copyingCost, "field.copyingCost"), standard.getCopyingCap());
        addCost(lines, "calc.travel", Yuan.notNegative(travelCost, "field.travelCost"), standard.getTravelCap());
        return new SubsidyCalculation(lines);
    }

    private static void addCost(List<CalculationLine> lines, String key, BigDecimal spent, BigDecimal cap) {
        if (spent.signum() == 0) {
            return;
        }
        BigDecimal paid = spent.min(cap);
        lines.add(new CalculationLine(key, paid, spent, cap));
    }

    public List<CalculationLine> lines() {
        return lines;
    }

    public BigDecimal total() {
        return total;
    }
}
