package org.legalaid.it.funding;

import org.legalaid.shared.HashChain;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.cases.LegalCase;
import org.legalaid.funding.ClaimAct;
import org.legalaid.funding.ClaimForm;
import org.legalaid.funding.ClaimState;
import org.legalaid.funding.Fund;
import org.legalaid.funding.FundSource;
import org.legalaid.funding.FundUse;
import org.legalaid.funding.FundingFlag;
import org.legalaid.funding.LedgerChain;
import org.legalaid.funding.PaymentBatch;
import org.legalaid.funding.ProcedureStage;
import org.legalaid.funding.RuleCode;
import org.legalaid.funding.Severity;
import org.legalaid.funding.SubsidyClaim;
import org.legalaid.funding.boundary.ClaimService;
import org.legalaid.funding.boundary.ClaimView;
import org.legalaid.funding.boundary.FlagService;
import org.legalaid.funding.boundary.FundBalance;
import org.legalaid.funding.boundary.FundService;
import org.legalaid.funding.boundary.FundingFigures;
import org.legalaid.funding.boundary.PaymentService;
import org.legalaid.funding.boundary.SubsidyStandardService;
import org.legalaid.funding.SettingsForm;
import org.legalaid.intake.ClockReading;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.boundary.CaseClockService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.cases.CaseFixtures;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Role;
import org.legalaid.shared.pdf.OfficialDocumentContent;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Funding: claim to payment by four people, one payment per case, the ledger append-only and verified (issue 13)")
class FundingServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(Stream.of(Stream.of(FundingServiceIT.class), Stream.of(FundingFixtures.CLASSES),
                Stream.of(CaseFixtures.CLASSES)).flatMap(s -> s).toArray(Class<?>[]::new));
    }

    @Inject
    private FundingFixtures f;

    @Inject
    private ClaimService claims;

    @Inject
    private PaymentService payments;

    @Inject
    private FundService funds;

    @Inject
    private FlagService flags;

    @Inject
    private SubsidyStandardService standards;

    @Inject
    private CaseClockService clocks;

    @Inject
    private org.legalaid.cases.boundary.CaseService caseService;

    @Inject
    private Fixtures fixtures;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Inject
    private FundingFigures fundingFigures;

    @Inject
    private org.legalaid.reporting.boundary.StatisticsService statistics;

    @BeforeEach
    void setUp() throws Exception {
        f.setUp();
    }

    private static ClaimForm form(LegalCase c) {
        ClaimForm form = new ClaimForm();
        form.setCaseId(c.getId());
        form.setStage(ProcedureStage.FIRST_INSTANCE);
        return form;
    }

    private FundBalance balance() throws Exception {
        return f.finance.call(() -> funds.findBalances()).stream().filter(b -> b.fundId() == f.fund.getId()).findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("an archived case is claimed, reviewed, approved and paid by four people; the ledger commits, then pays; the payment clock stops; the voucher states the amount in capitals")
    void claimToPaymentByFourPeople() throws Exception {
        LegalCase c = f.archivedCase();
        assertTrue(f.finance.call(() -> claims.findCasesToClaim(500)).stream().anyMatch(p -> p.caseId() == c.getId()),
                "the archived case waits for its claim");
        assertEquals(1, f.finance.call(() -> clocks.findClocks(c.getId())).stream()
                .filter(k -> k.step() == ClockStep.PAY_SUBSIDY && k.isOpen()).count(), "the archive starts the payment clock");

        ClaimForm form = form(c);
        form.setExtraParties(1);
        form.setCopyingCost(new BigDecimal("150.00"));
        SubsidyClaim claim = f.finance.call(() -> claims.claim(form));
        assertEquals(new BigDecimal("1900.00"), claim.getAmount(), "1,500 + 300 for a further party + copying capped at 100");
        assertEquals(List.of("calc.base", "calc.parties", "calc.copying"),
                claim.getLines().stream().map(l -> l.getLabelKey()).toList(), "each line names the rule behind it");
        assertEquals(f.fund.getId(), claim.getFundId(), "the earmarked fund is proposed");
        assertTrue(f.finance.call(() -> claims.findCasesToClaim(500)).stream().noneMatch(p -> p.caseId() == c.getId()));

        assertEquals(Set.of(ClaimAct.REVIEW, ClaimAct.REJECT), f.finapprover.call(() -> claims.actsOn(claim.getId())));
        assertEquals(Set.of(), f.finance.call(() -> claims.actsOn(claim.getId())), "the claimant is offered nothing");
        f.finapprover.call(() -> claims.review(claim.getId()));
        assertEquals(Set.of(ClaimAct.APPROVE, ClaimAct.REJECT), f.finapprover2.call(() -> claims.actsOn(claim.getId())));
        assertEquals(Set.of(), f.finapprover.call(() -> claims.actsOn(claim.getId())), "the reviewer is not offered the approval");
        SubsidyClaim approved = f.finapprover2.call(() -> claims.approve(claim.getId()));
        assertEquals(ClaimState.APPROVED, approved.getState());
        FundBalance committed = balance();
        assertEquals(new BigDecimal("1900.00"), committed.committed());
        assertEquals(new BigDecimal("98100.00"), committed.available());

        PaymentBatch batch = f.finance2.call(() -> payments.createBatch(List.of(claim.getId())));
        String file = new String(f.finance2.call(() -> payments.bankFile(batch.getId())), StandardCharsets.UTF_8);
        assertTrue(file.startsWith("\uFEFF参考号,收款户名,开户行,收款账号,金额,用途"), file);
        assertTrue(file.contains("1900.00") && file.contains(c.getCaseNumber()), file);
        f.finance2.call(() -> payments.confirm(batch.getId(), f.today));

        assertEquals(ClaimState.PAID, f.finance.call(() -> claims.getClaim(claim.getId())).claim().getState());
        // issue 17, LAL art. 58: the subsidy paid counts in funding's figures by fund source, in yuan, and in the statistics
        long district = f.cases.tree().districtA().id();
        FundingFigures.Paid bySource = f.cases.approver.call(() -> fundingFigures.paidBySource(List.of(district), f.today, f.today))
                .get("CENTRAL_EARMARKED");
        assertEquals(new FundingFigures.Paid(1, new BigDecimal("1900.00")), bySource);
        assertTrue(f.cases.approver.call(() -> fundingFigures.paidBySource(List.of(district), f.today.minusDays(1), f.today.minusDays(1)))
                .isEmpty(), "nothing was paid yesterday");
        org.legalaid.reporting.Figures stats = f.cases.approver.call(() -> statistics.figures(district,
                org.legalaid.reporting.Period.custom(f.today, f.today)));
        assertEquals(1, stats.get("funding.subsidies.paid.source.CENTRAL_EARMARKED"));
        assertEquals(new BigDecimal("1900.00"), org.legalaid.reporting.Figures.yuan(stats.get("funding.subsidies.paid.source.CENTRAL_EARMARKED.fen")));
        FundBalance paid = balance();
        assertEquals(new BigDecimal("0.00"), paid.committed().setScale(2));
        assertEquals(new BigDecimal("1900.00"), paid.paid());
        assertEquals(new BigDecimal("98100.00"), paid.available());
        ClockReading clock = f.finance.call(() -> clocks.findClocks(c.getId())).stream()
                .filter(k -> k.step() == ClockStep.PAY_SUBSIDY).findFirst().orElseThrow();
        assertFalse(clock.isOpen(), "the bank's confirmation stops the payment clock");
        assertEquals(Boolean.FALSE, clock.late());

        OfficialDocumentContent voucher = f.finance.call(() -> payments.voucher(claim.getId()));
        String text = voucher.toString();
        assertTrue(text.contains("人民币壹仟玖佰元整"), text);
        assertTrue(text.contains("¥1,900.00"), text);
        assertTrue(f.finapprover.call(() -> funds.verifyLedger()).intact(), "the ledger verifies");
        List<String> steps = f.cases.supervisor.call(() -> caseService.findTimeline(c.getId())).stream()
                .map(t -> t.kindKey()).toList();
        assertTrue(steps.containsAll(List.of("caseTimeline.SUBSIDY_CLAIMED", "caseTimeline.SUBSIDY_REVIEWED",
                "caseTimeline.SUBSIDY_APPROVED", "caseTimeline.SUBSIDY_BATCHED", "caseTimeline.SUBSIDY_PAID")), steps.toString());
    }

    @Test
    @DisplayName("segregation of duties in the boundary: the reviewer does not approve, the approver does not approve again, the claimant does not pay or approve, each refused naming the duties")
    void fourDifferentPeople() throws Exception {
        SettingsForm lower = f.finapprover.call(() -> standards.getSettings()).toForm();
        BigDecimal before = lower.getSecondApprovalAbove();
        lower.setSecondApprovalAbove(new BigDecimal("1000.00"));
        f.finapprover.call(() -> standards.changeSettings(lower, standards.getSettings().getVersion()));
        try {
            LegalCase c = f.archivedCase();
            SubsidyClaim claim = f.finance.call(() -> claims.claim(form(c)));
            assertSod(() -> f.finapprover.call(() -> claims.approve(claim.getId())), "funding.claim.wrongState");
            f.finapprover.call(() -> claims.review(claim.getId()));
            assertSod(() -> f.finapprover.call(() -> claims.approve(claim.getId())), "funding.sod.samePerson");
            assertEquals(ClaimState.AWAITING_SECOND, f.finapprover2.call(() -> claims.approve(claim.getId())).getState(),
                    "above ¥1,000 a second approval is needed");
            assertSod(() -> f.finapprover2.call(() -> claims.approve(claim.getId())), "funding.sod.samePerson");
            assertSod(() -> f.finapprover.call(() -> claims.approve(claim.getId())), "funding.sod.samePerson");
            // the centre's director gives the second approval
            As director = f.cases.approver;
            assertEquals(ClaimState.APPROVED, director.call(() -> claims.approve(claim.getId())).getState());
            assertSod(() -> f.finance.call(() -> payments.createBatch(List.of(claim.getId()))), "funding.sod.samePerson");
            assertThrows(EJBAccessException.class, () -> f.finapprover.call(() -> payments.createBatch(List.of(claim.getId()))),
                    "an approver does not pay");
            assertThrows(EJBAccessException.class, () -> f.finance2.call(() -> claims.review(claim.getId())),
                    "a finance officer does not review");

            // one person holding the officer's and the director's roles: claims, then cannot approve their own claim
            As both = f.user("officerdirector", Role.FINANCE_OFFICER, Role.APPROVER);
            LegalCase c2 = f.archivedCase();
            SubsidyClaim own = both.call(() -> claims.claim(form(c2)));
            f.finapprover.call(() -> claims.review(own.getId()));
            assertEquals(Set.of(), both.call(() -> claims.actsOn(own.getId())), "the page offers the claimant nothing");
            assertSod(() -> both.call(() -> claims.approve(own.getId())), "funding.sod.samePerson");
            assertEquals(ClaimState.REVIEWED, f.finance.call(() -> claims.getClaim(own.getId())).claim().getState(), "nothing changed");
        } finally {
            SettingsForm back = f.finapprover.call(() -> standards.getSettings()).toForm();
            back.setSecondApprovalAbove(before);
            f.finapprover.call(() -> standards.changeSettings(back, standards.getSettings().getVersion()));
        }
    }

    @Test
    @DisplayName("the director who approved a claim and also keeps the cash book cannot pay it; another officer can")
    void approverDoesNotPay() throws Exception {
        As directorAndCashier = f.user("dircash", Role.APPROVER, Role.FINANCE_OFFICER);
        LegalCase c = f.archivedCase();
        SubsidyClaim claim = f.finance.call(() -> claims.claim(form(c)));
        f.finapprover.call(() -> claims.review(claim.getId()));
        assertEquals(ClaimState.APPROVED, directorAndCashier.call(() -> claims.approve(claim.getId())).getState());
        assertEquals(Set.of(), directorAndCashier.call(() -> claims.actsOn(claim.getId())), "the page offers no payment");
        assertSod(() -> directorAndCashier.call(() -> payments.createBatch(List.of(claim.getId()))), "funding.sod.samePerson");
        assertEquals(Set.of(ClaimAct.PAY), f.finance2.call(() -> claims.actsOn(claim.getId())));
        f.finance2.call(() -> payments.createBatch(List.of(claim.getId())));
        assertEquals(ClaimState.BATCHED, f.finance.call(() -> claims.getClaim(claim.getId())).claim().getState());
    }

    private static void assertSod(org.junit.jupiter.api.function.Executable call, String key) {
        BusinessException e = assertThrows(BusinessException.class, call);
        assertEquals(key, e.messageKey());
    }

    @Test
    @DisplayName("eight officers claim the same case, lawyer and stage at once: exactly one claim is recorded, the others are told it was claimed")
    void parallelDuplicateClaimsGiveOneClaim() throws Exception {
        LegalCase c = f.archivedCase();
        List<As> officers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            officers.add(f.user("par" + i, Role.FINANCE_OFFICER));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (As officer : officers) {
            results.add(executor.submit(() -> {
                start.await();
                try {
                    officer.call(() -> claims.claim(form(c)));
                    return "ok";
                } catch (BusinessException e) {
                    return e.messageKey();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> r : results) {
            try {
                outcomes.add(r.get());
            } catch (ExecutionException e) {
                outcomes.add(String.valueOf(e.getCause()));
            }
        }
        assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertEquals(7, outcomes.stream().filter("funding.claim.duplicate"::equals).count(), outcomes.toString());
        assertEquals(1, fixtures.count("select count(x) from SubsidyClaim x where x.caseId = " + c.getId()));
    }

    @Test
    @DisplayName("one payment per case, lawyer and stage: the same claim twice in a batch is paid once, and the database refuses a second payment row for the key")
    void onePaymentPerCaseLawyerAndStage() throws Exception {
        LegalCase c = f.archivedCase();
        SubsidyClaim claim = f.finance.call(() -> claims.claim(form(c)));
        f.finapprover.call(() -> claims.review(claim.getId()));
        f.finapprover2.call(() -> claims.approve(claim.getId()));
        PaymentBatch batch = f.finance2.call(() -> payments.createBatch(List.of(claim.getId(), claim.getId())));
        assertEquals(1, f.finance2.call(() -> payments.getBatch(batch.getId())).payments().size());
        assertEquals("funding.claim.duplicate", assertThrows(BusinessException.class,
                () -> f.finance.call(() -> claims.claim(form(c)))).messageKey(), "a second claim while the first is in flight");
        // a payment row for another claim but the same case, lawyer and stage, written behind the boundary's back
        LegalCase other = f.archivedCase();
        SubsidyClaim otherClaim = f.finance.call(() -> claims.claim(form(other)));
        RuntimeException refused = assertThrows(RuntimeException.class, () -> fixtures.sql(
                "insert into subsidy_payment (id, version, batch_id, claim_id, case_id, lawyer_id, firm_id, fund_id, stage,"
                        + " reference, payee_name, bank_name, account_no, amount, state, active_key, created_at)"
                        + " select nextval('subsidy_payment_seq'), 0, batch_id, ?, case_id, lawyer_id, firm_id, fund_id, stage,"
                        + " 'X' || reference, payee_name, bank_name, account_no, amount, state, active_key, created_at"
                        + " from subsidy_payment where batch_id = ?", otherClaim.getId(), batch.getId()));
        assertTrue(causes(refused).contains("uq_subsidy_payment_active"), causes(refused));
    }

    @Test
    @DisplayName("an amount above the standard is flagged with its explanation; the approval is refused until another approver resolves the flag with a reason")
    void aboveTheStandardNeedsAnAcceptedException() throws Exception {
        LegalCase c = f.archivedCase();
        ClaimForm form = form(c);
        form.setAmount(new BigDecimal("2500.00"));
        assertEquals("funding.claim.exceptionReasonRequired", assertThrows(BusinessException.class,
                () -> f.finance.call(() -> claims.claim(form))).messageKey());
        form.setExceptionReason("庭审三次，经主任批示增加补贴");
        SubsidyClaim claim = f.finance.call(() -> claims.claim(form));
        ClaimView view = f.finapprover.call(() -> claims.getClaim(claim.getId()));
        FundingFlag flag = view.flags().stream().filter(x -> x.getRule() == RuleCode.ABOVE_STANDARD).findFirst().orElseThrow();
        assertEquals(Severity.HIGH, flag.getSeverity());
        assertEquals(List.of("2500.00", "1500.00", "庭审三次，经主任批示增加补贴"), flag.getFigures());
        assertTrue(view.blockedByFlag());
        f.finapprover.call(() -> claims.review(claim.getId()));
        assertEquals("funding.claim.openHighFlag", assertThrows(BusinessException.class,
                () -> f.finapprover2.call(() -> claims.approve(claim.getId()))).messageKey());
        assertThrows(Exception.class, () -> f.finapprover2.call(() -> flags.resolve(flag.getId(), " ")), "a reason is required");
        assertEquals("funding.flag.ownClaim", assertThrows(BusinessException.class, () -> As.user(f.cases.username("finance"),
                Role.FINANCE_OFFICER, Role.FINANCE_APPROVER).call(() -> flags.resolve(flag.getId(), "自己核准"))).messageKey(),
                "nobody clears the exception of their own claim");
        f.finapprover2.call(() -> flags.resolve(flag.getId(), "例外已核准：见主任批示〔2026〕3号"));
        assertEquals(ClaimState.APPROVED, f.finapprover2.call(() -> claims.approve(claim.getId())).getState());
        assertEquals(new BigDecimal("2500.00"), balance().committed());
    }

    @Test
    @DisplayName("专款专用: a claim cannot be charged to a fund that may not pay case subsidies")
    void fundPurposeIsEnforced() throws Exception {
        LegalCase c = f.archivedCase();
        Fund operating = f.finance.call(() -> funds.createFund(f.cases.tree().districtA().id(), f.today.getYear(),
                FundSource.CITY_BUDGET, "工作经费" + f.cases.tree().suffix(), Set.of(FundUse.OPERATING_COST)));
        ClaimForm form = form(c);
        form.setFundId(operating.getId());
        BusinessException e = assertThrows(BusinessException.class, () -> f.finance.call(() -> claims.claim(form)));
        assertEquals("funding.fund.useNotAllowed", e.messageKey());
        assertEquals(0, fixtures.count("select count(x) from SubsidyClaim x where x.caseId = " + c.getId()), "nothing saved");
    }

    @Test
    @DisplayName("bad amounts are refused with their reason and nothing is posted: negative, zero, three decimals, twenty digits")
    void badAmountsPostNothing() throws Exception {
        long before = fixtures.count("select count(p) from LedgerPosting p");
        for (String amount : List.of("-5.00", "0", "0.001", "12345678901234567890")) {
            Exception e = assertThrows(Exception.class,
                    () -> f.finance.call(() -> funds.recordBudget(f.fund.getId(), new BigDecimal(amount), "测试")));
            assertTrue(e instanceof BusinessException be && be.messageKey().startsWith("funding.amount."), amount + ": " + e);
        }
        assertEquals(before, fixtures.count("select count(p) from LedgerPosting p"));
    }

    @Test
    @DisplayName("the ledger is append-only: the application's role cannot change a line, and a superuser's edit is reported at its posting")
    void ledgerTamperingIsFound() throws Exception {
        LegalCase c = f.archivedCase();
        SubsidyClaim claim = f.finance.call(() -> claims.claim(form(c)));
        f.finapprover.call(() -> claims.review(claim.getId()));
        SubsidyClaim approved = f.finapprover2.call(() -> claims.approve(claim.getId()));
        long seq = approved.getCommitmentSeq();
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> fixtures.sql("update ledger_line set debit = debit + 1 where debit > 0 and posting_id = (select id from ledger_posting where seq = ?)", seq));
        assertTrue(causes(refused).contains("append-only"), causes(refused));
        assertTrue(f.finapprover.call(() -> funds.verifyLedger()).intact());
        try (Connection su = superuser(); Statement s = su.createStatement()) {
            s.execute("set session_replication_role = replica");
            try (PreparedStatement ps = su.prepareStatement("update ledger_line set debit = debit + 1000"
                    + " where debit > 0 and posting_id = (select id from ledger_posting where seq = ?)")) {
                ps.setLong(1, seq);
                assertEquals(1, ps.executeUpdate());
            }
        }
        try {
            HashChain.Verification v = f.finapprover.call(() -> funds.verifyLedger());
            assertFalse(v.intact());
            assertEquals(seq, v.firstBrokenSeq());
            assertEquals(HashChain.Problem.CONTENT_CHANGED, v.problem());
        } finally {
            try (Connection su = superuser(); Statement s = su.createStatement()) {
                s.execute("set session_replication_role = replica");
                try (PreparedStatement ps = su.prepareStatement("update ledger_line set debit = debit - 1000"
                        + " where debit > 0 and posting_id = (select id from ledger_posting where seq = ?)")) {
                    ps.setLong(1, seq);
                    ps.executeUpdate();
                }
            }
        }
        assertTrue(f.finapprover.call(() -> funds.verifyLedger()).intact(), "restoring the lines restores the chain");
    }

    /** The messages of an exception and its causes, for the database's words. */
    private static String causes(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable x = t; x != null; x = x.getCause()) {
            sb.append(x).append(" | ");
        }
        return sb.toString();
    }

    /** A superuser's connection, as an attacker with database rights would have (set up by scripts/test.sh). */
    private static Connection superuser() throws SQLException {
        String user = System.getenv("LEGALAID_DB_ADMIN_USER");
        if (user == null) {
            throw new IllegalStateException("LEGALAID_DB_ADMIN_USER is not set: run the suite through scripts/test.sh");
        }
        return DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), user, System.getenv("LEGALAID_DB_ADMIN_PASSWORD"));
    }
}
