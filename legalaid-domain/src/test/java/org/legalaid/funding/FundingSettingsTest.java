package org.legalaid.funding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.funding.FundingFixtures.NOW;
import static org.legalaid.funding.FundingFixtures.settings;
import static org.legalaid.funding.FundingFixtures.settingsForm;
import static org.legalaid.funding.FundingFixtures.yuan;

@DisplayName("Funding settings: quality factors per grade, the second-approval amount, rule thresholds in range")
class FundingSettingsTest {

    private static String refusalOf(Consumer<SettingsForm> change) {
        SettingsForm f = settingsForm();
        change.accept(f);
        FundingSettings s = settings();
        return assertThrows(BusinessException.class, () -> s.change(f, "finapprover", NOW)).messageKey();
    }

    @Test
    @DisplayName("each grade has its own factor: 优秀 1.20, 良好 and 合格 1.00, 不合格 0.00, not evaluated its own")
    void factorPerGrade() {
        SettingsForm f = settingsForm();
        f.setFactorGood(yuan("1.10"));
        f.setFactorNotEvaluated(yuan("0.90"));
        FundingSettings s = settings(f);
        assertEquals(yuan("1.20"), s.factorFor(QualityGrade.EXCELLENT));
        assertEquals(yuan("1.10"), s.factorFor(QualityGrade.GOOD));
        assertEquals(yuan("1.00"), s.factorFor(QualityGrade.PASS));
        assertEquals(yuan("0.00"), s.factorFor(QualityGrade.FAIL));
        assertEquals(yuan("0.90"), s.factorFor(QualityGrade.NOT_EVALUATED));
    }

    @Test
    @DisplayName("a second approver is needed above the amount, not at it")
    void secondApprovalStrictlyAboveTheAmount() {
        FundingSettings s = settings();
        assertFalse(s.needsSecondApproval(yuan("10000.00")));
        assertTrue(s.needsSecondApproval(yuan("10000.01")));
        assertFalse(s.needsSecondApproval(yuan("0.01")));
    }

    @Test
    @DisplayName("a change records who and when, and the form shows the current figures")
    void changeRecordsWhoAndRoundTripsThroughTheForm() {
        FundingSettings s = settings();
        SettingsForm f = s.toForm();
        f.setSecondApprovalAbove(yuan("8000"));
        f.setRateDateBasis(RateDateBasis.ARCHIVE);
        s.change(f, "finapprover2", NOW.plusDays(1));
        assertEquals(yuan("8000.00"), s.getSecondApprovalAbove());
        assertEquals(RateDateBasis.ARCHIVE, s.getRateDateBasis());
        assertEquals("finapprover2", s.getChangedBy());
        assertEquals(NOW.plusDays(1), s.getChangedAt());
        assertEquals(yuan("1.20"), s.toForm().getFactorExcellent());
    }

    @Test
    @DisplayName("a factor below 0, above 3 or missing is refused; 0 and 3 are accepted")
    void refusesFactorOutsideZeroToThree() {
        assertEquals("funding.settings.factor", refusalOf(f -> f.setFactorExcellent(yuan("3.01"))));
        assertEquals("funding.settings.factor", refusalOf(f -> f.setFactorFail(yuan("-0.01"))));
        assertEquals("funding.settings.factor", refusalOf(f -> f.setFactorNotEvaluated(null)));
        SettingsForm edges = settingsForm();
        edges.setFactorExcellent(BigDecimal.valueOf(3));
        edges.setFactorFail(BigDecimal.ZERO);
        assertEquals(BigDecimal.valueOf(3), settings(edges).factorFor(QualityGrade.EXCELLENT));
    }

    @Test
    @DisplayName("window, margin, count and pass-on period out of range are refused")
    void refusesThresholdsOutOfRange() {
        assertEquals("funding.settings.range", refusalOf(f -> f.setSplitWindowDays(0)));
        assertEquals("funding.settings.range", refusalOf(f -> f.setSplitWindowDays(367)));
        assertEquals("funding.settings.range", refusalOf(f -> f.setSplitMarginPercent(51)));
        assertEquals("funding.settings.range", refusalOf(f -> f.setSplitMinCount(1)));
        assertEquals("funding.settings.range", refusalOf(f -> f.setPassOnDays(0)));
    }

    @Test
    @DisplayName("the second-approval amount must be a positive amount to the fen")
    void refusesNonPositiveSecondApprovalAmount() {
        assertEquals("funding.amount.notPositive", refusalOf(f -> f.setSecondApprovalAbove(yuan("0"))));
        assertEquals("funding.amount.tooManyDecimals", refusalOf(f -> f.setSecondApprovalAbove(yuan("100.001"))));
    }
}
