package org.legalaid.it.lawyers;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
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
import org.legalaid.lawyers.DutyStation;
import org.legalaid.lawyers.FirmQuotaMode;
import org.legalaid.lawyers.NewDutyStation;
import org.legalaid.lawyers.QuotaRuleForm;
import org.legalaid.lawyers.RosterShift;
import org.legalaid.lawyers.Shift;
import org.legalaid.lawyers.StationType;
import org.legalaid.lawyers.boundary.QuotaService;
import org.legalaid.lawyers.boundary.RosterService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Duty rosters 值班律师 (LAL art. 14; issue 4 "Duty lawyers"): one lawyer is never in two places in
 * the same half day — whether the roster or, for two officers at the same moment, the database
 * notices — a lawyer who is not active gets no duty, and duty days count towards the quota.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Duty rosters (LAL art. 14): conflicts refused with one clear message, duty days credited")
class RosterServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(RosterServiceIT.class, PoolFixtures.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private PoolFixtures pool;

    @Inject
    private RosterService roster;

    @Inject
    private QuotaService quotas;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private Fixtures.Tree tree;
    private As officer;
    private As otherOfficer;
    private long court;
    private long detention;
    private long firm;
    private LocalDate day;

    @BeforeEach
    void setUp() throws Exception {
        tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("officer"), tree.centre(), pw, Role.ASSIGNMENT_OFFICER);
        fixtures.account(tree.user("officer2"), tree.districtB(), pw, Role.ASSIGNMENT_OFFICER);
        fixtures.account(tree.user("sup"), tree.bureau(), pw, Role.BUREAU_SUPERVISOR);
        officer = As.user(tree.user("officer"), Role.ASSIGNMENT_OFFICER);
        otherOfficer = As.user(tree.user("officer2"), Role.ASSIGNMENT_OFFICER);
        court = officer.call(() -> roster.addStation(station(StationType.COURT, "甲区人民法院"))).getId();
        detention = officer.call(() -> roster.addStation(station(StationType.DETENTION_CENTRE, "甲区看守所"))).getId();
        firm = pool.firm(tree.centre().getId(), "值班律所" + tree.suffix());
        day = LocalDate.of(fixtures.yearWithoutQuotaRule(), 3, 16);
    }

    private static NewDutyStation station(StationType type, String name) {
        NewDutyStation f = new NewDutyStation();
        f.setType(type);
        f.setName(name);
        f.setRegionCode("370202");
        return f;
    }

    private long activeLawyer(String name) {
        return pool.lawyer(firm, name + tree.suffix(), "ACTIVE", LocalDate.now().minusYears(1));
    }

    private long shiftsOf(long lawyer) {
        return fixtures.count("select count(s) from RosterShift s where s.lawyerId = " + lawyer);
    }

    @Test
    @DisplayName("a lawyer on duty at the court in the morning cannot be rostered at the detention centre that morning")
    void aDoubleBookingIsRefused() throws Exception {
        long lawyer = activeLawyer("吴律师");
        officer.call(() -> roster.addShift(court, lawyer, day, Shift.MORNING));
        BusinessException e = assertThrows(BusinessException.class,
                () -> officer.call(() -> roster.addShift(detention, lawyer, day, Shift.MORNING)));
        assertEquals("lawyers.roster.doubleBooked", e.messageKey());
        assertArrayEquals(new Object[]{day.toString(), "shift.MORNING"}, e.arguments());
        assertEquals(1, shiftsOf(lawyer));
        officer.call(() -> roster.addShift(detention, lawyer, day, Shift.AFTERNOON));
        assertEquals(2, shiftsOf(lawyer), "the afternoon elsewhere is fine");
        assertEquals(2, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'DutyShift' and e.summary like '%("
                + lawyer + ") at %'"), "each half day rostered is audited, the refused one not");
    }

    @Test
    @DisplayName("a full day is both half days: it clashes with a morning elsewhere, and a morning with it")
    void aFullDayClashesWithEitherHalfDay() throws Exception {
        long a = activeLawyer("郑律师");
        List<RosterShift> both = officer.call(() -> roster.addShift(court, a, day, Shift.FULL_DAY));
        assertEquals(List.of(Shift.MORNING, Shift.AFTERNOON), both.stream().map(RosterShift::getHalfDay).toList());
        assertEquals("lawyers.roster.doubleBooked", assertThrows(BusinessException.class,
                () -> officer.call(() -> roster.addShift(detention, a, day, Shift.AFTERNOON))).messageKey());

        long b = activeLawyer("冯律师");
        officer.call(() -> roster.addShift(court, b, day, Shift.MORNING));
        assertEquals("lawyers.roster.doubleBooked", assertThrows(BusinessException.class,
                () -> officer.call(() -> roster.addShift(detention, b, day, Shift.FULL_DAY))).messageKey());
        assertEquals(1, shiftsOf(b), "nothing of the refused full day was stored");
    }

    @Test
    @DisplayName("a suspended lawyer gets no duty; an officer of another district does not see the stations")
    void aSuspendedLawyerIsRefused() throws Exception {
        long suspended = pool.lawyer(firm, "停业律师" + tree.suffix(), "SUSPENDED", LocalDate.now().minusDays(3));
        BusinessException e = assertThrows(BusinessException.class,
                () -> officer.call(() -> roster.addShift(court, suspended, day, Shift.MORNING)));
        assertEquals("lawyers.roster.notActive", e.messageKey());
        assertArrayEquals(new Object[]{"lawyerStatus.SUSPENDED"}, e.arguments());
        assertEquals(0, shiftsOf(suspended));

        long lawyer = activeLawyer("卫律师");
        assertThrows(NotFoundException.class, () -> otherOfficer.call(() -> roster.addShift(court, lawyer, day, Shift.MORNING)));
        assertTrue(otherOfficer.call(() -> roster.findStations(true)).stream().noneMatch(s -> s.getId() == court));
    }

    @Test
    @DisplayName("two officers rostering one lawyer for the same morning at the same moment: exactly one succeeds")
    void aParallelDoubleBookingLetsExactlyOneThrough() throws Exception {
        for (int round = 0; round < 3; round++) {
            long lawyer = activeLawyer("蒋律师" + round);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<RosterShift>>> calls = new ArrayList<>();
            for (long station : new long[]{court, detention}) {
                calls.add(executor.submit(() -> {
                    go.await(10, TimeUnit.SECONDS);
                    return officer.call(() -> roster.addShift(station, lawyer, day, Shift.MORNING));
                }));
            }
            go.countDown();
            int ok = 0;
            for (Future<List<RosterShift>> f : calls) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                    ok++;
                } catch (ExecutionException e) {
                    BusinessException be = assertInstanceOf(BusinessException.class, e.getCause());
                    assertEquals("lawyers.roster.doubleBooked", be.messageKey(), "the same clear message, never a database error");
                    assertArrayEquals(new Object[]{day.toString(), "shift.MORNING"}, be.arguments());
                }
            }
            assertEquals(1, ok, "exactly one booking goes through");
            assertEquals(1, shiftsOf(lawyer));
        }
    }

    @Test
    @DisplayName("a booking the roster cannot see yet (another officer's, not committed) is caught by the database's key, same message")
    void theDatabaseKeyCatchesWhatTheRosterCannotSeeYet() throws Exception {
        long lawyer = activeLawyer("杨律师");
        CountDownLatch inserted = new CountDownLatch(1);
        Future<?> other = executor.submit(() -> {
            jakarta.transaction.UserTransaction tx = (jakarta.transaction.UserTransaction)
                    new javax.naming.InitialContext().lookup("java:comp/UserTransaction");
            tx.begin();
            pool.dutyHalfDay(court, lawyer, day, "MORNING");
            inserted.countDown();
            Thread.sleep(1500); // the officer's booking runs meanwhile and waits on the unique key
            tx.commit();
            return null;
        });
        assertTrue(inserted.await(20, TimeUnit.SECONDS));
        BusinessException e = assertThrows(BusinessException.class,
                () -> officer.call(() -> roster.addShift(detention, lawyer, day, Shift.MORNING)));
        other.get(20, TimeUnit.SECONDS);
        assertEquals("lawyers.roster.doubleBooked", e.messageKey());
        assertArrayEquals(new Object[]{day.toString(), "shift.MORNING"}, e.arguments());
        assertEquals(1, shiftsOf(lawyer));
    }

    @Test
    @DisplayName("duty days raise the credited cases: 4 days = 1 case, two half days on one date one day")
    void dutyDaysRaiseCreditedCases() throws Exception {
        int year = day.getYear();
        QuotaRuleForm f = new QuotaRuleForm();
        f.setYear(year);
        f.setCasesPerLawyer(6);
        f.setFirmMode(FirmQuotaMode.SUM_OF_LAWYERS);
        f.getCredits().add(new QuotaRuleForm.Credit(CreditKind.DUTY_DAY, new BigDecimal("4")));
        As.user(tree.user("sup"), Role.BUREAU_SUPERVISOR).call(() -> quotas.saveRule(f, null));
        long lawyer = activeLawyer("沈律师");
        assertEquals(new BigDecimal("0.00"), officer.call(() -> quotas.getLawyerProgress(lawyer, year)).credited());

        officer.call(() -> roster.addShift(court, lawyer, day, Shift.FULL_DAY));
        officer.call(() -> roster.addShift(court, lawyer, day.plusDays(1), Shift.MORNING));
        officer.call(() -> roster.addShift(detention, lawyer, day.plusDays(1), Shift.AFTERNOON));
        officer.call(() -> roster.addShift(detention, lawyer, day.plusDays(2), Shift.MORNING));
        officer.call(() -> roster.addShift(detention, lawyer, day.plusDays(3), Shift.AFTERNOON));
        // 4 distinct dates / 4 per case = 1.00 case; counted 1.00 of 6 → remaining 5.00, fulfilment 0.1667
        var p = officer.call(() -> quotas.getLawyerProgress(lawyer, year));
        assertEquals(new BigDecimal("1.00"), p.credited());
        assertEquals(new BigDecimal("5.00"), p.remaining());
        assertEquals(new BigDecimal("0.1667"), p.fulfilment());

        List<RosterService.ShiftRow> rows = officer.call(() -> roster.findShifts(day, day.plusDays(6), court));
        assertEquals(3, rows.size(), "the court's calendar shows its three half days");
        RosterService.ShiftRow first = rows.get(0);
        assertEquals("沈律师" + tree.suffix(), first.lawyerName());
        officer.call(() -> { roster.removeShift(first.id()); return null; });
        assertEquals(new BigDecimal("1.00"), officer.call(() -> quotas.getLawyerProgress(lawyer, year)).credited(),
                "the afternoon still makes the first date a duty day");
        DutyStation c = officer.call(() -> roster.findStations(false)).stream().filter(s -> s.getId() == court).findFirst().orElseThrow();
        officer.call(() -> roster.setStationActive(court, false, c.getVersion()));
        assertEquals("lawyers.station.inactive", assertThrows(BusinessException.class,
                () -> officer.call(() -> roster.addShift(court, lawyer, day.plusDays(5), Shift.MORNING))).messageKey());
    }
}
