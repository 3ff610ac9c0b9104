package org.legalaid.it.lawyers;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.lawyers.QuotaProgress;
import org.legalaid.lawyers.control.QuotaLedger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The quota ledger reads what the pool recorded in a year and reports each lawyer's and firm's
 * progress the way the published rule counts it (义务量核定, LAL art. 16, 60). Every test uses a
 * year of its own, so other tests' rows never enter its figures.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Quota ledger (LAL art. 16, 60): assigned, completed, credited and reduced per lawyer and firm")
class QuotaLedgerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(QuotaLedgerIT.class, PoolFixtures.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private PoolFixtures pool;

    @Inject
    private QuotaLedger ledger;

    private long unitId;
    private int year;

    @BeforeEach
    void setUp() {
        unitId = fixtures.tree().centre().getId();
        year = fixtures.yearWithoutQuotaRule();
    }

    private LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    @Test
    @DisplayName("Assignments of the year count, a withdrawal does not; duty dates and hotline shifts convert by the rule; a reduction lowers the quota")
    void countsTheYearByTheRule() {
        pool.rule(year, 6, "DUTY_DAY=4", "HOTLINE_SHIFT=8");
        long firm = pool.firm(unitId, "明理律师事务所");
        long busy = pool.lawyer(firm, "张伟", "ACTIVE", LocalDate.of(2026, 1, 1));
        long idle = pool.lawyer(firm, "李娜", "ACTIVE", LocalDate.of(2026, 1, 1));
        pool.assignment(unitId, busy, firm, day(2, 1), day(6, 1), null);
        pool.assignment(unitId, busy, firm, day(3, 1), null, null);
        pool.assignment(unitId, busy, firm, day(4, 1), null, "CLIENT_REQUEST");
        pool.assignment(unitId, busy, firm, day(5, 1), null, "LAWYER_WITHDREW");
        pool.assignment(unitId, busy, firm, LocalDate.of(year - 1, 12, 31), null, null);
        long court = pool.station(unitId);
        pool.dutyHalfDay(court, busy, day(3, 2), "MORNING");
        pool.dutyHalfDay(court, busy, day(3, 2), "AFTERNOON");
        for (int d = 3; d <= 6; d++) {
            pool.dutyHalfDay(court, busy, day(3, d), "MORNING");
        }
        pool.dutyHalfDay(court, busy, LocalDate.of(year + 1, 1, 1), "MORNING");
        pool.service(busy, "HOTLINE_SHIFT", day(7, 1), "4");
        pool.service(busy, "MEDIATION_SESSION", day(7, 2), "3");
        pool.reduction(busy, year, "ILLNESS", "1", false);
        pool.reduction(idle, year, "PUBLIC_DUTY", "2", true);

        QuotaProgress p = ledger.lawyerProgress(busy, year);
        assertEquals(new BigDecimal("6.00"), p.baseQuota());
        assertEquals(new BigDecimal("5.00"), p.quota(), "6 less the illness reduction of 1");
        assertEquals(3, p.assigned(), "Feb, Mar and Apr (changed at the client's request); not the withdrawal, not last year's");
        assertEquals(1, p.completed());
        assertEquals(new BigDecimal("1.75"), p.credited(), "5 duty dates / 4 = 1.25, 4 hotline shifts / 8 = 0.50; mediation is not converted");
        assertEquals(new BigDecimal("0.25"), p.remaining());
        assertEquals(new BigDecimal("0.9500"), p.fulfilment());

        Map<Long, QuotaProgress> all = ledger.lawyerProgress(year);
        assertEquals(new BigDecimal("6.00"), all.get(idle).quota(), "a cancelled reduction does not count");
        assertEquals(new BigDecimal("0.0000"), all.get(idle).fulfilment());
        assertEquals(new BigDecimal("0.0000"), ledger.fulfilment(year).get(idle));

        QuotaProgress f = ledger.firmProgress(year).get(firm);
        assertEquals(new BigDecimal("11.00"), f.quota(), "the firm owes the sum of its lawyers' quotas: 5 + 6");
        assertEquals(3, f.assigned());
        assertEquals(new BigDecimal("1.75"), f.credited());
        assertEquals(new BigDecimal("0.4318"), f.fulfilment(), "(3 + 1.75) / 11");
    }

    @Test
    @DisplayName("A lawyer who exited before the year is not in its pool; one who exited during it is")
    void poolOfTheYear() {
        pool.rule(year, 4);
        long firm = pool.firm(unitId, "正义律师事务所");
        long gone = pool.lawyer(firm, "赵强", "EXITED", LocalDate.of(2026, 6, 1));
        Map<Long, QuotaProgress> all = ledger.lawyerProgress(year);
        assertFalse(all.containsKey(gone));
        assertNull(ledger.firmProgress(year).get(firm), "a firm without lawyers in the pool owes nothing");

        long leaving = pool.lawyer(firm, "钱芳", "EXITED", day(9, 1));
        assertEquals(new BigDecimal("4.00"), ledger.lawyerProgress(year).get(leaving).quota());
        assertEquals(new BigDecimal("4.00"), ledger.firmProgress(year).get(firm).quota());
    }

    @Test
    @DisplayName("Without a published rule nothing is owed: quota 0, fulfilment 1")
    void noRuleNothingOwed() {
        long firm = pool.firm(unitId, "公平律师事务所");
        long lawyer = pool.lawyer(firm, "周敏", "ACTIVE", LocalDate.of(2026, 1, 1));
        pool.assignment(unitId, lawyer, firm, day(1, 10), null, null);
        QuotaProgress p = ledger.lawyerProgress(lawyer, year);
        assertEquals(new BigDecimal("0.00"), p.quota());
        assertEquals(1, p.assigned());
        assertEquals(new BigDecimal("1.0000"), p.fulfilment());
    }
}
