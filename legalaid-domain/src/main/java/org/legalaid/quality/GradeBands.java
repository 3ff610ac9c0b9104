package org.legalaid.quality;

import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The grade bands of an evaluation form by total score (seed 004's four grades): a total at or above
 * {@code excellentFrom} is 优秀, at or above {@code goodFrom} 良好, at or above {@code passFrom} 合格,
 * below it 不合格. The lower bound of each band belongs to it (a total of exactly 90 on bands 90/80/60 is
 * 优秀). The bands are part of the form's version, so a new version leaves earlier grades as they were.
 */
public record GradeBands(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal passFrom) implements Serializable {

    /**
     * @throws BusinessException {@code quality.form.bands} unless 0 &lt; pass &lt; good &lt; excellent
     */
    public GradeBands {
        Objects.requireNonNull(excellentFrom, "excellentFrom");
        Objects.requireNonNull(goodFrom, "goodFrom");
        Objects.requireNonNull(passFrom, "passFrom");
        if (passFrom.signum() <= 0 || goodFrom.compareTo(passFrom) <= 0 || excellentFrom.compareTo(goodFrom) <= 0) {
            throw new BusinessException("quality.form.bands", excellentFrom, goodFrom, passFrom);
        }
    }

    /** The grade of a total. */
    public Grade gradeOf(BigDecimal total) {
        Objects.requireNonNull(total, "total");
        if (total.compareTo(excellentFrom) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(goodFrom) >= 0) {
            return Grade.GOOD;
        }
        if (total.compareTo(passFrom) >= 0) {
            return Grade.PASS;
        }
        return Grade.FAIL;
    }
}
