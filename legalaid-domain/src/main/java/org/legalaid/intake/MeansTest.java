package org.legalaid.intake;

import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The economic-hardship test (经济困难审查, LAL art. 34 and 41; docs/domain.md "Case lifecycle" 4):
 * the household's monthly income per head against the region's {@link HardshipStandard}.
 *
 * <p>Income per head is the household's total monthly income divided by the number of its
 * members, rounded half-up to the fen (two decimals), so a fraction of a fen never decides a
 * case and the figure on the form is the figure compared. The applicant is in hardship when
 * income per head is <em>at or below</em> the limit: exactly at the limit qualifies, one fen
 * above does not.
 *
 * <p>Applicants who are exempt ({@link ExemptionCheck}) skip this test; the reviewer records
 * which exemption applied instead.
 */
public final class MeansTest {

    private MeansTest() {
    }

    /**
     * @param householdMonthlyIncome total monthly income of the household, yuan, zero or more
     * @param householdSize          members of the household, the applicant included, one or more
     * @param standard               the standard of the accepting centre's region for the year
     * @throws BusinessException {@code intake.meansTest.incomeNegative} for a negative income,
     *                           {@code intake.meansTest.householdSizeInvalid} for fewer than one member
     */
    public static MeansTestResult assess(BigDecimal householdMonthlyIncome, int householdSize, HardshipStandard standard) {
        Objects.requireNonNull(householdMonthlyIncome, "householdMonthlyIncome");
        Objects.requireNonNull(standard, "standard");
        if (householdMonthlyIncome.signum() < 0) {
            throw new BusinessException("intake.meansTest.incomeNegative", householdMonthlyIncome);
        }
        if (householdSize < 1) {
            throw new BusinessException("intake.meansTest.householdSizeInvalid", householdSize);
        }
        BigDecimal perHead = householdMonthlyIncome.divide(BigDecimal.valueOf(householdSize), 2, RoundingMode.HALF_UP);
        BigDecimal limit = standard.perHeadLimit();
        return new MeansTestResult(perHead, limit, perHead.compareTo(limit) <= 0, standard);
    }
}
