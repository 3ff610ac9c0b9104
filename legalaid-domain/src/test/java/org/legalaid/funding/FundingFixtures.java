package org.legalaid.funding;

import org.legalaid.intake.MatterType;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Builds funding records for unit tests as JPA would leave them: ids are assigned by the database,
 * so a test that needs one sets the private field here; the settings row exists only through its
 * protected constructor, so it is made by reflection and filled through {@link FundingSettings#change}.
 */
public final class FundingFixtures {

    public static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    public static final long UNIT = 7L;
    public static final long CASE_ID = 101L;
    public static final String CASE_NUMBER = "青法援〔2026〕101号";
    public static final long LAWYER_ID = 501L;
    public static final String LAWYER_NAME = "张律师";
    public static final long FIRM_ID = 601L;
    public static final String FIRM_NAME = "明德律师事务所";
    public static final long FUND_ID = 1L;

    private FundingFixtures() {
    }

    /** Sets the private {@code id} that the database would assign. */
    public static <T> T withId(T entity, long id) {
        set(entity, "id", id);
        return entity;
    }

    /** Sets a private field, as a superuser's UPDATE would behind the application's back. */
    public static void set(Object target, String field, Object value) {
        try {
            Field f = field(target.getClass(), field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Reads a private field that has no getter. */
    public static Object get(Object target, String field) {
        try {
            Field f = field(target.getClass(), field);
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException ignored) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    public static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    /** A criminal first-instance standard form: base 3,000, 500 per extra party, 300 remote, caps 200 and 800. */
    public static NewSubsidyStandard standardForm(LocalDate from, LocalDate to) {
        NewSubsidyStandard f = new NewSubsidyStandard();
        f.setUnitId(UNIT);
        f.setMatterType(MatterType.CRIMINAL);
        f.setStage(ProcedureStage.FIRST_INSTANCE);
        f.setBaseAmount(yuan("3000.00"));
        f.setExtraPerParty(yuan("500.00"));
        f.setRemoteAllowance(yuan("300.00"));
        f.setCopyingCap(yuan("200.00"));
        f.setTravelCap(yuan("800.00"));
        f.setEffectiveFrom(from);
        f.setEffectiveTo(to);
        f.setBasis("鲁司〔2025〕12号");
        return f;
    }

    public static SubsidyStandard standard(long id, long unitId, NewSubsidyStandard form) {
        return withId(new SubsidyStandard(unitId, form, "finapprover", NOW), id);
    }

    public static SubsidyStandard standard(long id, long unitId, MatterType type, ProcedureStage stage, LocalDate from,
                                           LocalDate to) {
        NewSubsidyStandard f = standardForm(from, to);
        f.setMatterType(type);
        f.setStage(stage);
        return standard(id, unitId, f);
    }

    /** The default settings: second approval above 10,000; 优秀 1.20, 良好 1.00, 合格 1.00, 不合格 0.00, 未评估 1.00. */
    public static SettingsForm settingsForm() {
        SettingsForm f = new SettingsForm();
        f.setRateDateBasis(RateDateBasis.ASSIGNMENT);
        f.setSecondApprovalAbove(yuan("10000.00"));
        f.setFactorExcellent(yuan("1.20"));
        f.setFactorGood(yuan("1.00"));
        f.setFactorPass(yuan("1.00"));
        f.setFactorFail(yuan("0.00"));
        f.setFactorNotEvaluated(yuan("1.00"));
        f.setSplitWindowDays(30);
        f.setSplitMarginPercent(10);
        f.setSplitMinCount(3);
        f.setPassOnDays(30);
        f.setReconWindowDays(3);
        f.setStatementMaxMb(20);
        return f;
    }

    /** A settings row as the database holds it, filled from {@code form}. */
    public static FundingSettings settings(SettingsForm form) {
        FundingSettings s = emptySettings();
        s.change(form, "finapprover", NOW);
        return s;
    }

    public static FundingSettings settings() {
        return settings(settingsForm());
    }

    public static FundingSettings emptySettings() {
        try {
            Constructor<FundingSettings> c = FundingSettings.class.getDeclaredConstructor();
            c.setAccessible(true);
            return withId(c.newInstance(), FundingSettings.SINGLETON_ID);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    public static SubsidyClaim.ClaimedCase claimedCase() {
        return new SubsidyClaim.ClaimedCase(CASE_ID, CASE_NUMBER, UNIT, MatterType.CRIMINAL, LAWYER_ID, LAWYER_NAME, FIRM_ID,
                FIRM_NAME);
    }

    /** A claim of the calculated amount (3,000.00 by the default standard) recorded by {@code claimedBy}. */
    public static SubsidyClaim claim(long id, String claimedBy) {
        return claim(id, null, null, claimedBy);
    }

    /** A claim for the default case and standard, of {@code amount} (null: the calculation, 3,000.00). */
    public static SubsidyClaim claim(long id, BigDecimal amount, String exceptionReason, String claimedBy) {
        SubsidyStandard std = standard(11L, UNIT, standardForm(LocalDate.of(2025, 1, 1), null));
        SubsidyCalculation calc = SubsidyCalculation.of(std, 0, false, null, null, QualityGrade.GOOD, BigDecimal.ONE);
        SubsidyClaim c = new SubsidyClaim(claimedCase(), ProcedureStage.FIRST_INSTANCE, LocalDate.of(2026, 1, 10), std,
                QualityGrade.GOOD, 0, false, calc, amount, exceptionReason, FUND_ID, claimedBy, NOW);
        return withId(c, id);
    }
}
