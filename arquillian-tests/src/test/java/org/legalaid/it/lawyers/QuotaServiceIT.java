package org.legalaid.it.lawyers;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.lawyers.CreditKind;
import org.legalaid.lawyers.FirmQuotaMode;
import org.legalaid.lawyers.FirmQuotaLine;
import org.legalaid.lawyers.LawyerQuotaLine;
import org.legalaid.lawyers.QuotaProgress;
import org.legalaid.lawyers.QuotaReductionEntry;
import org.legalaid.lawyers.QuotaRule;
import org.legalaid.lawyers.QuotaRuleEntry;
import org.legalaid.lawyers.QuotaRuleForm;
import org.legalaid.lawyers.ReductionReason;
import org.legalaid.lawyers.boundary.QuotaService;
import org.legalaid.lawyers.control.QuotaWorkbook;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Role;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year's quota rule, reductions and credited service (义务量核定, LAL art. 16) and the report for
 * the bureau and the bar association (LAL art. 60). Each test works on a year of its own (far in
 * the future, or — where service must lie in the past — a past year whose lawyers were registered
 * before it), so other tests' rules and rows never enter its figures. Expected figures are worked
 * out by hand from the arithmetic of {@link QuotaProgress}.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Obligation quotas (LAL art. 16, 60): the rule, reductions and credits, progress and the Excel report")
class QuotaServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(QuotaServiceIT.class, PoolFixtures.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private PoolFixtures pool;

    @Inject
    private QuotaService quotas;

    private Fixtures.Tree tree;
    private As supervisor;
    private As officer;
    private As clerk;
    private int year;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("sup"), tree.bureau(), pw, Role.BUREAU_SUPERVISOR);
        fixtures.account(tree.user("officer"), tree.centre(), pw, Role.ASSIGNMENT_OFFICER);
        fixtures.account(tree.user("clerk"), tree.districtA(), pw, Role.INTAKE_CLERK);
        supervisor = As.user(tree.user("sup"), Role.BUREAU_SUPERVISOR);
        officer = As.user(tree.user("officer"), Role.ASSIGNMENT_OFFICER);
        clerk = As.user(tree.user("clerk"), Role.INTAKE_CLERK);
        year = fixtures.yearWithoutQuotaRule();
    }

    private static QuotaRuleForm form(int year, int casesPerLawyer) {
        QuotaRuleForm f = new QuotaRuleForm();
        f.setYear(year);
        f.setCasesPerLawyer(casesPerLawyer);
        f.setFirmMode(FirmQuotaMode.SUM_OF_LAWYERS);
        f.getCredits().add(new QuotaRuleForm.Credit(CreditKind.DUTY_DAY, new BigDecimal("4.00")));
        f.getCredits().add(new QuotaRuleForm.Credit(CreditKind.HOTLINE_SHIFT, new BigDecimal("8.00")));
        return f;
    }

    /** Publishes the rule, or replaces the year's rule when an earlier run left one. */
    private QuotaRuleEntry publish(QuotaRuleForm f) throws Exception {
        Long version = supervisor.call(() -> quotas.findRule(f.getYear())).map(QuotaRuleEntry::getVersion).orElse(null);
        return supervisor.call(() -> quotas.saveRule(f, version));
    }

    private long ruleRows() {
        return fixtures.count("select count(r) from QuotaRuleEntry r where r.year = " + year);
    }

    @Test
    @DisplayName("the supervisor publishes a rule with bands and credits and reads it back unchanged; a clerk may not")
    void theRuleIsSavedAndReadBack() throws Exception {
        QuotaRuleForm f = form(year, 6);
        f.setFirmMode(FirmQuotaMode.BY_SIZE);
        f.getBands().add(new QuotaRuleForm.Band(1, 9, 30));
        f.getBands().add(new QuotaRuleForm.Band(10, null, 80));
        f.setNote("测试规则");
        QuotaRuleEntry saved = supervisor.call(() -> quotas.saveRule(f, null));
        QuotaRule back = officer.call(() -> quotas.findRule(year)).orElseThrow().toRule();
        assertEquals(f.toRule(), back);
        assertEquals(80, back.firmQuota(12, BigDecimal.ZERO).intValue(), "a firm of 12 lawyers owes the band's 80 cases");
        assertEquals(tree.user("sup"), saved.getUpdatedBy());
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'QuotaRule' and e.entityId = '"
                + saved.getId() + "'"), "publishing is audited");

        QuotaRuleForm changed = form(year, 5);
        supervisor.call(() -> quotas.saveRule(changed, saved.getVersion()));
        assertEquals(5, officer.call(() -> quotas.findRule(year)).orElseThrow().getCasesPerLawyer());
        assertEquals("error.staleData", assertThrows(BusinessException.class,
                () -> supervisor.call(() -> quotas.saveRule(form(year, 4), saved.getVersion()))).messageKey());
        assertThrows(EJBAccessException.class, () -> clerk.call(() -> quotas.saveRule(form(year, 3), null)));
    }

    @Test
    @DisplayName("a negative quota is refused with a clear message and nothing is saved")
    void aNegativeQuotaIsRefusedAndNothingSaved() {
        BusinessException e = assertThrows(BusinessException.class, () -> supervisor.call(() -> quotas.saveRule(form(year, -2), null)));
        assertEquals("lawyers.quota.negative", e.messageKey());
        assertEquals(0, ruleRows());
    }

    @Test
    @DisplayName("overlapping firm-size bands are refused and nothing is saved")
    void overlappingBandsAreRefusedAndNothingSaved() {
        QuotaRuleForm f = form(year, 6);
        f.setFirmMode(FirmQuotaMode.BY_SIZE);
        f.getBands().add(new QuotaRuleForm.Band(1, 10, 30));
        f.getBands().add(new QuotaRuleForm.Band(8, 20, 60));
        BusinessException e = assertThrows(BusinessException.class, () -> supervisor.call(() -> quotas.saveRule(f, null)));
        assertEquals("lawyers.quota.bandsOverlap", e.messageKey());
        assertEquals(0, ruleRows());
    }

    @Test
    @DisplayName("reductions, assignments, duty days and hotline shifts give exactly the progress the quota arithmetic says")
    void reductionsAndCreditsChangeProgressExactly() throws Exception {
        // A past year, so that hotline shifts (never in the future) can be recorded in it.
        year = fixtures.yearWithoutQuotaRule(2001, 2021);
        publish(form(year, 6)); // 6 cases; 4 duty days = 1 case; 8 hotline shifts = 1 case
        long firm = pool.firm(tree.centre().getId(), "测试律所" + tree.suffix());
        long lawyer = pool.lawyer(firm, "钱律师" + tree.suffix(), "ACTIVE", LocalDate.of(year - 1, 1, 1));
        fixtures.sql("update lawyer set created_at = ?1 where id = ?2",
                LocalDate.of(year - 1, 6, 1).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8)), lawyer);

        officer.call(() -> quotas.addReduction(lawyer, year, ReductionReason.ILLNESS, new BigDecimal("1.5"), "住院"));
        QuotaReductionEntry newLicence = officer.call(() -> quotas.addReduction(lawyer, year, ReductionReason.NEW_LICENCE,
                new BigDecimal("0.5"), null));
        pool.assignment(tree.centre().getId(), lawyer, firm, LocalDate.of(year, 3, 1), LocalDate.of(year, 6, 1), null);
        pool.assignment(tree.centre().getId(), lawyer, firm, LocalDate.of(year, 5, 1), null, null);
        long station = pool.station(tree.centre().getId());
        pool.dutyHalfDay(station, lawyer, LocalDate.of(year, 4, 1), "MORNING");
        pool.dutyHalfDay(station, lawyer, LocalDate.of(year, 4, 1), "AFTERNOON");
        pool.dutyHalfDay(station, lawyer, LocalDate.of(year, 4, 2), "MORNING");
        pool.dutyHalfDay(station, lawyer, LocalDate.of(year, 4, 3), "AFTERNOON");
        officer.call(() -> quotas.recordService(lawyer, CreditKind.HOTLINE_SHIFT, LocalDate.of(year, 7, 1), new BigDecimal("3"), null));
        officer.call(() -> quotas.recordService(lawyer, CreditKind.HOTLINE_SHIFT, LocalDate.of(year, 8, 1), new BigDecimal("1"), "夜班"));

        // quota 6 − 1.5 − 0.5 = 4.00; credited 3 duty days / 4 + 4 shifts / 8 = 0.75 + 0.50 = 1.25;
        // counted 2 + 1.25 = 3.25; remaining 0.75; fulfilment 3.25 / 4 = 0.8125
        QuotaProgress p = clerk.call(() -> quotas.getLawyerProgress(lawyer, year));
        assertEquals(new BigDecimal("6.00"), p.baseQuota());
        assertEquals(new BigDecimal("2.00"), p.reduced());
        assertEquals(new BigDecimal("4.00"), p.quota());
        assertEquals(2, p.assigned());
        assertEquals(1, p.completed());
        assertEquals(new BigDecimal("1.25"), p.credited());
        assertEquals(new BigDecimal("0.75"), p.remaining());
        assertEquals(new BigDecimal("0.8125"), p.fulfilment());

        // A cancelled reduction no longer counts: quota 4.50, remaining 1.25, fulfilment 3.25 / 4.5 = 0.7222
        officer.call(() -> quotas.cancelReduction(newLicence.getId(), "误登记"));
        QuotaProgress after = clerk.call(() -> quotas.getLawyerProgress(lawyer, year));
        assertEquals(new BigDecimal("4.50"), after.quota());
        assertEquals(new BigDecimal("1.25"), after.remaining());
        assertEquals(new BigDecimal("0.7222"), after.fulfilment());
        assertEquals(2, officer.call(() -> quotas.findReductions(lawyer, year)).size(), "the cancelled reduction stays visible");

        List<LawyerQuotaLine> lines = clerk.call(() -> quotas.findLawyerLines(year, "钱律师" + tree.suffix(), 0, 10));
        assertEquals(1, lines.size());
        assertEquals(after, lines.get(0).progress());
        assertEquals("测试律所" + tree.suffix(), lines.get(0).firmName());
        FirmQuotaLine firmLine = clerk.call(() -> quotas.findFirmLines(year, 0, 10_000)).stream()
                .filter(l -> l.firmId() == firm).findFirst().orElseThrow();
        assertEquals(new BigDecimal("4.50"), firmLine.progress().quota(), "a firm of one lawyer owes that lawyer's quota");
    }

    @Test
    @DisplayName("reductions beyond the quota are refused; duty days are never entered by hand")
    void aReductionOverTheQuotaIsRefused() throws Exception {
        supervisor.call(() -> quotas.saveRule(form(year, 6), null));
        long firm = pool.firm(tree.centre().getId(), "测试律所" + tree.suffix());
        long lawyer = pool.lawyer(firm, "孙律师" + tree.suffix(), "ACTIVE", LocalDate.now().minusYears(1));
        officer.call(() -> quotas.addReduction(lawyer, year, ReductionReason.PUBLIC_DUTY, new BigDecimal("4"), null));
        BusinessException e = assertThrows(BusinessException.class, () -> officer.call(() -> quotas.addReduction(lawyer, year,
                ReductionReason.ILLNESS, new BigDecimal("2.5"), null)));
        assertEquals("lawyers.quota.reductionExceedsQuota", e.messageKey());
        assertEquals(1, officer.call(() -> quotas.findReductions(lawyer, year)).size(), "nothing saved");
        assertEquals("lawyers.quota.reductionNoteRequired", assertThrows(BusinessException.class, () -> officer.call(
                () -> quotas.addReduction(lawyer, year, ReductionReason.OTHER, BigDecimal.ONE, " "))).messageKey());
        assertEquals("lawyers.quota.dutyDaysFromRoster", assertThrows(BusinessException.class, () -> officer.call(
                () -> quotas.recordService(lawyer, CreditKind.DUTY_DAY, LocalDate.now().minusDays(1), BigDecimal.ONE, null))).messageKey());
        assertEquals("lawyers.quota.noRule", assertThrows(BusinessException.class, () -> officer.call(
                () -> quotas.addReduction(lawyer, year + 1 > 2999 ? year - 1 : year + 1, ReductionReason.ILLNESS, BigDecimal.ONE, null)))
                .messageKey());
        assertThrows(EJBAccessException.class, () -> clerk.call(
                () -> quotas.addReduction(lawyer, year, ReductionReason.ILLNESS, BigDecimal.ONE, null)));
    }

    @Test
    @DisplayName("the Excel report (LAL art. 60) has a sheet of lawyers and one of firms, Chinese headings, figures as numbers")
    void theExcelReportHoldsTheFiguresAsNumbers() throws Exception {
        supervisor.call(() -> quotas.saveRule(form(year, 6), null));
        long firm = pool.firm(tree.centre().getId(), "报表律所" + tree.suffix());
        long lawyer = pool.lawyer(firm, "周律师" + tree.suffix(), "ACTIVE", LocalDate.now().minusYears(1));
        officer.call(() -> quotas.addReduction(lawyer, year, ReductionReason.ILLNESS, new BigDecimal("2"), null));
        pool.assignment(tree.centre().getId(), lawyer, firm, LocalDate.of(year, 2, 1), LocalDate.of(year, 3, 1), null);
        long station = pool.station(tree.centre().getId());
        pool.dutyHalfDay(station, lawyer, LocalDate.of(year, 5, 4), "MORNING");
        pool.dutyHalfDay(station, lawyer, LocalDate.of(year, 5, 5), "MORNING");

        byte[] xlsx = clerk.call(() -> quotas.exportReport(year));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet lawyers = wb.getSheet(QuotaWorkbook.LAWYERS_SHEET);
            assertNotNull(lawyers);
            assertNotNull(wb.getSheet(QuotaWorkbook.FIRMS_SHEET));
            List<String> headings = List.of("律师", "律所", "义务量", "核减", "指派", "办结", "折算", "剩余", "完成率");
            Row header = lawyers.getRow(0);
            for (int c = 0; c < headings.size(); c++) {
                assertEquals(headings.get(c), header.getCell(c).getStringCellValue());
            }
            Row row = null;
            for (Row r : lawyers) {
                if (r.getRowNum() > 0 && ("周律师" + tree.suffix()).equals(r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertNotNull(row, "the lawyer's row");
            assertEquals("报表律所" + tree.suffix(), row.getCell(1).getStringCellValue());
            // quota 6, reduced 2 → 4; 1 assigned and completed; 2 duty days / 4 = 0.5; remaining 2.5; 1.5 / 4 = 37.5 %
            assertEquals(6.0, row.getCell(2).getNumericCellValue());
            assertEquals(2.0, row.getCell(3).getNumericCellValue());
            assertEquals(1.0, row.getCell(4).getNumericCellValue());
            assertEquals(1.0, row.getCell(5).getNumericCellValue());
            assertEquals(0.5, row.getCell(6).getNumericCellValue());
            assertEquals(2.5, row.getCell(7).getNumericCellValue());
            assertEquals(0.375, row.getCell(8).getNumericCellValue());
            assertTrue(row.getCell(8).getCellStyle().getDataFormatString().contains("%"), "fulfilment shown as a percentage");
        }
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'QuotaReport' and e.entityId = '"
                + year + "'"), "the export is audited");
    }
}
