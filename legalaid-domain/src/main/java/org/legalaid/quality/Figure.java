package org.legalaid.quality;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A centre's figure for the inspection's period, taken from the data (intake's clocks, quality's own check of
 * archived files): how many were counted and how many met the rule.
 *
 * @param counted e.g. applications decided in the period
 * @param met     of those, decided within 7 days
 */
public record Figure(DataFigure figure, long counted, long met) implements Serializable {

    public Figure {
        Objects.requireNonNull(figure, "figure");
        if (counted < 0 || met < 0 || met > counted) {
            throw new IllegalArgumentException("0 <= met <= counted: " + met + " of " + counted);
        }
    }

    /** The share met in percent, two decimals (null when nothing was counted). */
    public BigDecimal percent() {
        return counted == 0 ? null : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP);
    }

    /** The item's score from the figure: the maximum times the share met, one decimal, rounded down (never above the data). */
    public BigDecimal score(BigDecimal max) {
        if (counted == 0) {
            throw new IllegalStateException("no data");
        }
        return max.multiply(BigDecimal.valueOf(met)).divide(BigDecimal.valueOf(counted), 1, RoundingMode.DOWN);
    }

    /** The reason written for a deduction scored from the data. */
    public String note() {
        return "系统数据：" + counted + "件中" + met + "件达标（" + percent().stripTrailingZeros().toPlainString() + "%）";
    }
}
