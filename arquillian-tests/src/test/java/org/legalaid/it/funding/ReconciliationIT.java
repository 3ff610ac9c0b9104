package org.legalaid.it.funding;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.cases.LegalCase;
import org.legalaid.funding.ClaimForm;
import org.legalaid.funding.FlagState;
import org.legalaid.funding.FundingFlag;
import org.legalaid.funding.Payment;
import org.legalaid.funding.PaymentBatch;
import org.legalaid.funding.ProcedureStage;
import org.legalaid.funding.RuleCode;
import org.legalaid.funding.SubsidyClaim;
import org.legalaid.funding.boundary.ClaimService;
import org.legalaid.funding.boundary.FlagService;
import org.legalaid.funding.boundary.PaymentService;
import org.legalaid.funding.boundary.ReconciliationService;
import org.legalaid.funding.boundary.RunView;
import org.legalaid.funding.recon.BankStatement;
import org.legalaid.funding.recon.LineResult;
import org.legalaid.funding.recon.ReconOutcome;
import org.legalaid.funding.recon.ReconPass;
import org.legalaid.funding.recon.ReconRun;
import org.legalaid.funding.recon.RunState;
import org.legalaid.funding.recon.StatementEncoding;
import org.legalaid.it.Deployments;
import org.legalaid.it.cases.CaseFixtures;
import org.legalaid.shared.BusinessException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Reconciliation: a statement against the payments sent, as a restartable Jakarta Batch job (issue 13)")
class ReconciliationIT {

    private static final String HEADER = "交易日期,参考号,摘要,对方户名,对方账号,金额,余额\n";
    private static final String STRANGER = "6222000011112222";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(Stream.of(Stream.of(ReconciliationIT.class), Stream.of(FundingFixtures.CLASSES),
                Stream.of(CaseFixtures.CLASSES)).flatMap(s -> s).toArray(Class<?>[]::new));
    }

    @Inject
    private FundingFixtures f;

    @Inject
    private ClaimService claims;

    @Inject
    private PaymentService payments;

    @Inject
    private FlagService flags;

    @Inject
    private ReconciliationService recon;

    @BeforeEach
    void setUp() throws Exception {
        f.setUp();
    }

    /** Archived cases claimed, reviewed, approved by four people and paid in one batch, as users do it. */
    private List<Payment> paid(int n) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LegalCase c = f.archivedCase();
            ClaimForm form = new ClaimForm();
            form.setCaseId(c.getId());
            form.setStage(ProcedureStage.FIRST_INSTANCE);
            SubsidyClaim claim = f.finance.call(() -> claims.claim(form));
            f.finapprover.call(() -> claims.review(claim.getId()));
            f.finapprover2.call(() -> claims.approve(claim.getId()));
            ids.add(claim.getId());
        }
        PaymentBatch batch = f.finance2.call(() -> payments.createBatch(ids));
        f.finance2.call(() -> payments.bankFile(batch.getId()));
        f.finance2.call(() -> payments.confirm(batch.getId(), f.today));
        return f.finance.call(() -> payments.getBatch(batch.getId())).payments();
    }

    private String line(String ref, String summary, String account, String amount) {
        return f.today + "," + ref + "," + summary + ",山东案件律师事务所," + account + ",\"" + amount + "\",0\n";
    }

    private BankStatement importCsv(String csv, Charset cs) throws Exception {
        return f.finance.call(() -> recon.importStatement("对账单.csv", csv.getBytes(cs), StatementEncoding.AUTO));
    }

    private RunView await(long runId) throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        while (true) {
            RunView v = f.finance.call(() -> recon.getRun(runId));
            RunState s = v.run().getState();
            // a failed or stopped run is done once the batch runtime has finished with it (restartable)
            if (s == RunState.COMPLETED || ((s == RunState.FAILED || s == RunState.STOPPED) && v.restartable())) {
                return v;
            }
            assertTrue(System.currentTimeMillis() < until, "the job ends within two minutes, now " + s);
            Thread.sleep(200);
        }
    }

    private static Map<String, Integer> totals(ReconRun r) {
        Map<String, Integer> m = new TreeMap<>();
        m.put("matched", r.getMatched());
        m.put("amount", r.getAmountMismatch());
        m.put("account", r.getAccountMismatch());
        m.put("lines", r.getUnmatchedLines());
        m.put("payments", r.getUnmatchedPayments());
        return m;
    }

    private List<FundingFlag> reconFlags() throws Exception {
        return f.finapprover.call(() -> flags.findFlags(EnumSet.allOf(FlagState.class), 1000)).stream()
                .filter(x -> x.getRule().name().startsWith("RECON_")).toList();
    }

    private List<LineResult> lines(long runId) throws Exception {
        return f.finance.call(() -> recon.findLines(runId, EnumSet.of(ReconOutcome.MATCHED, ReconOutcome.AMOUNT_MISMATCH,
                ReconOutcome.ACCOUNT_MISMATCH, ReconOutcome.UNMATCHED_LINE), 0, 1000));
    }

    @Test
    @DisplayName("a GBK statement with a matched line, an amount mismatch, an account mismatch and an unknown line: the dry run previews without flags, the run raises one flag per subject, explained, and a second run is refused")
    void matchesAndFlags() throws Exception {
        List<Payment> p = paid(4);
        String account = p.get(0).getAccountNo();
        String csv = HEADER
                + line(p.get(0).getReference(), "法律援助办案补贴", account, "1,500.00")
                + line(p.get(1).getReference(), "法律援助办案补贴", account, "1,450.00")
                + line("", "代发 " + p.get(2).getReference(), "6222000099990000", "1,500.00")
                + line("X20261120", "手续费", STRANGER, "88.00");
        BankStatement s = importCsv(csv, Charset.forName("GBK"));
        assertEquals("GBK", s.getCharset());
        assertEquals(4, s.getLineCount());

        ReconRun dry = f.finance.call(() -> recon.run(s.getId(), true));
        RunView preview = await(dry.getId());
        assertEquals(RunState.COMPLETED, preview.run().getState());
        Map<String, Integer> expected = Map.of("matched", 1, "amount", 1, "account", 1, "lines", 1, "payments", 1);
        assertEquals(new TreeMap<>(expected), totals(preview.run()), "one of each, and the fourth payment has no line");
        assertEquals(0, preview.run().getFlagsRaised());
        assertEquals(List.of(), reconFlags(), "a dry run posts no flag");

        ReconRun real = f.finance.call(() -> recon.run(s.getId(), false));
        RunView done = await(real.getId());
        assertEquals(new TreeMap<>(expected), totals(done.run()), "the run finds what the preview showed");
        assertEquals(4, done.run().getFlagsRaised());
        List<FundingFlag> raised = reconFlags();
        Map<RuleCode, List<FundingFlag>> byRule = raised.stream().collect(Collectors.groupingBy(FundingFlag::getRule));
        assertEquals(Set.of(RuleCode.RECON_AMOUNT_MISMATCH, RuleCode.RECON_ACCOUNT_MISMATCH, RuleCode.RECON_UNMATCHED_LINE,
                RuleCode.RECON_UNMATCHED_PAYMENT), byRule.keySet());
        assertTrue(byRule.values().stream().allMatch(l -> l.size() == 1), "one flag per subject: " + raised.size());
        FundingFlag amount = byRule.get(RuleCode.RECON_AMOUNT_MISMATCH).get(0);
        assertEquals("flag.recon.amountMismatch", amount.getExplanationKey());
        assertEquals(List.of(p.get(1).getReference(), "1,500.00", "1,450.00", "50.00", "3", "-"), amount.getFigures());
        assertEquals(p.get(1).getClaimId(), amount.getClaimId());
        assertEquals("Payment:" + p.get(2).getId(), byRule.get(RuleCode.RECON_ACCOUNT_MISMATCH).get(0).getSubject());
        assertEquals("Payment:" + p.get(3).getId(), byRule.get(RuleCode.RECON_UNMATCHED_PAYMENT).get(0).getSubject());
        FundingFlag unknown = byRule.get(RuleCode.RECON_UNMATCHED_LINE).get(0);
        assertEquals("BankStatement:" + s.getId() + ":5", unknown.getSubject());
        assertTrue(unknown.getFigures().contains(STRANGER), unknown.getFigures().toString());

        BusinessException twice = assertThrows(BusinessException.class, () -> f.finance.call(() -> recon.run(s.getId(), false)));
        assertEquals("funding.recon.posted", twice.messageKey());
        assertThrows(EJBAccessException.class, () -> f.finapprover.call(() -> recon.run(s.getId(), true)),
                "a finance approver reads the results but does not run the job");
        assertEquals(4, f.finapprover.call(() -> recon.findLines(real.getId(), EnumSet.allOf(ReconOutcome.class), 0, 100)).size());
    }

    @Test
    @DisplayName("the job fails after its first chunk and is restarted: it reads on from the checkpoint, and its totals, lines and flags equal those of an uninterrupted run — nothing counted twice")
    void restartFromCheckpoint() throws Exception {
        List<Payment> p = paid(3);
        String account = p.get(0).getAccountNo();
        String csv = "\uFEFF" + HEADER
                + line(p.get(0).getReference(), "", account, "1,500.00")               // line 2: matched by reference
                + line(p.get(1).getReference(), "", account, "1,400.00")               // line 3: amount mismatch
                + line("", "未知", STRANGER, "10.00")                                  // line 4: without payment
                + line("", "补贴", account, "1500")                                    // line 5: pass 2 settles the third payment
                + line("", "未知", STRANGER, "20.00")                                  // line 6: without payment
                + line(p.get(0).getReference(), "重复", account, "1,500.00");          // line 7: the first payment again
        BankStatement s = importCsv(csv, StandardCharsets.UTF_8);
        assertEquals(6, s.getLineCount());

        ReconRun whole = f.finance.call(() -> recon.run(s.getId(), true));
        RunView uninterrupted = await(whole.getId());
        assertEquals(RunState.COMPLETED, uninterrupted.run().getState());

        System.setProperty("legalaid.recon.chunkSize", "2");
        System.setProperty("legalaid.recon.failAfterLine", "3");
        ReconRun run;
        try {
            run = f.finance.call(() -> recon.run(s.getId(), false));
            RunView failed = await(run.getId());
            assertEquals(RunState.FAILED, failed.run().getState(), "the injected fault stops the job in its second chunk");
            assertEquals(List.of(2L, 3L), lines(run.getId()).stream().map(l -> l.line().lineNo()).toList(),
                    "only the first chunk (lines 2 and 3) was committed");
            assertEquals(List.of(), reconFlags(), "nothing is posted before the close");
            assertEquals("FAILED", jobRepositoryStatus(failed.run().getExecutionId()),
                    "the failed execution is a row of the job repository in PostgreSQL, which every node reads (issue 20)");
        } finally {
            System.clearProperty("legalaid.recon.failAfterLine");
        }
        try {
            f.finance.call(() -> recon.restart(run.getId()));
            RunView restarted = await(run.getId());
            assertEquals(RunState.COMPLETED, restarted.run().getState());
            assertEquals(4, restarted.linesReadByExecution(), "the restart read on from the checkpoint: lines 4 to 7 only");
            assertEquals(totals(uninterrupted.run()), totals(restarted.run()), "the totals of an uninterrupted run");
            assertEquals(Map.of("account", 0, "amount", 1, "lines", 3, "matched", 2, "payments", 0), totals(restarted.run()));
            List<LineResult> got = lines(run.getId());
            assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), got.stream().map(l -> l.line().lineNo()).toList(), "each line once");
            assertEquals(lines(whole.getId()).stream().map(l -> l.outcome() + "/" + l.pass()).toList(),
                    got.stream().map(l -> l.outcome() + "/" + l.pass()).toList(), "line by line as the uninterrupted run");
            assertEquals(ReconPass.ACCOUNT_AMOUNT, got.get(3).pass());
            assertEquals(4, reconFlags().size(), "one amount mismatch and three lines without payment, each flagged once");
            assertEquals(4, restarted.run().getFlagsRaised());
        } finally {
            System.clearProperty("legalaid.recon.chunkSize");
        }
    }

    /** The status JBeret's job repository (shared-state.cli: JDBC, the application's database) holds for an execution. */
    private static String jobRepositoryStatus(long executionId) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                System.getenv("LEGALAID_DB_PASSWORD"));
             PreparedStatement ps = c.prepareStatement("select batchstatus from wildfly_state.job_execution where jobexecutionid = ?")) {
            ps.setLong(1, executionId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "no row";
            }
        }
    }

    @Test
    @DisplayName("a run left running by a server that went down (its execution lost with the in-memory job repository) is started again: it skips what it had committed and ends with the totals of an uninterrupted run")
    void restartAfterServerLoss() throws Exception {
        List<Payment> p = paid(2);
        String account = p.get(0).getAccountNo();
        String csv = HEADER
                + line(p.get(0).getReference(), "", account, "1,500.00")
                + line("", "未知", STRANGER, "10.00")
                + line(p.get(1).getReference(), "", account, "1,499.00")
                + line("", "未知", STRANGER, "30.00");
        BankStatement s = importCsv(csv, StandardCharsets.UTF_8);
        RunView uninterrupted = await(f.finance.call(() -> recon.run(s.getId(), true)).getId());
        System.setProperty("legalaid.recon.chunkSize", "2");
        System.setProperty("legalaid.recon.failAfterLine", "3");
        ReconRun run;
        try {
            run = f.finance.call(() -> recon.run(s.getId(), false));
            assertEquals(RunState.FAILED, await(run.getId()).run().getState());
        } finally {
            System.clearProperty("legalaid.recon.failAfterLine");
        }
        try (Connection c = DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                System.getenv("LEGALAID_DB_PASSWORD"));
             PreparedStatement ps = c.prepareStatement("update recon_run set state = 'RUNNING', execution_id = 987654321 where id = ?")) {
            ps.setLong(1, run.getId());
            assertEquals(1, ps.executeUpdate(), "the run as a killed server leaves it: running, its execution unknown");
        }
        try {
            assertTrue(f.finance.call(() -> recon.getRun(run.getId())).restartable(), "a run without a live job may be restarted");
            f.finance.call(() -> recon.restart(run.getId()));
            RunView again = await(run.getId());
            assertEquals(RunState.COMPLETED, again.run().getState());
            assertEquals(totals(uninterrupted.run()), totals(again.run()));
            assertEquals(Map.of("account", 0, "amount", 1, "lines", 2, "matched", 1, "payments", 0), totals(again.run()));
            assertEquals(List.of(2L, 3L, 4L, 5L), lines(run.getId()).stream().map(l -> l.line().lineNo()).toList());
            assertEquals(3, reconFlags().size(), "each mismatch flagged once");
        } finally {
            System.clearProperty("legalaid.recon.chunkSize");
        }
    }

    @Test
    @DisplayName("a run whose node died mid-run — its execution still STARTED in the shared job repository, nobody left to end it — is left alone while its heartbeat is fresh, then recognised as dead, offered for restart (从断点继续) and continued from its last checkpoint: JBeret marks the dead execution failed, the totals equal those of an uninterrupted run")
    void restartAfterNodeDied() throws Exception {
        List<Payment> p = paid(2);
        String account = p.get(0).getAccountNo();
        String csv = HEADER
                + line(p.get(0).getReference(), "", account, "1,500.00")
                + line("", "未知", STRANGER, "10.00")
                + line(p.get(1).getReference(), "", account, "1,499.00")
                + line("", "未知", STRANGER, "30.00");
        BankStatement s = importCsv(csv, StandardCharsets.UTF_8);
        RunView uninterrupted = await(f.finance.call(() -> recon.run(s.getId(), true)).getId());
        System.setProperty("legalaid.recon.chunkSize", "2");
        System.setProperty("legalaid.recon.failAfterLine", "3");
        ReconRun run;
        long ended;
        try {
            run = f.finance.call(() -> recon.run(s.getId(), false));
            RunView failed = await(run.getId());
            assertEquals(RunState.FAILED, failed.run().getState());
            ended = failed.run().getExecutionId();
        } finally {
            System.clearProperty("legalaid.recon.failAfterLine");
        }
        long dead;
        try (Connection c = DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                System.getenv("LEGALAID_DB_PASSWORD"))) {
            // What a node killed in the first step's second chunk leaves behind, as another node reads it: the
            // execution STARTED without an end, its step STARTED with the checkpoint of its last committed chunk
            // (line 3), the run RUNNING with the heartbeat of that chunk. A new execution row, which this server
            // has never run nor read (JBeret caches the executions it ran; another node has them only as rows).
            try (PreparedStatement ps = c.prepareStatement("insert into wildfly_state.job_execution (jobinstanceid, version,"
                    + " createtime, starttime, endtime, lastupdatedtime, batchstatus, exitstatus, jobparameters, restartposition)"
                    + " select jobinstanceid, version, createtime, starttime, null, lastupdatedtime, 'STARTED', null,"
                    + " jobparameters, null from wildfly_state.job_execution where jobexecutionid = ? returning jobexecutionid")) {
                ps.setLong(1, ended);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    dead = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into wildfly_state.step_execution (jobexecutionid, version,"
                    + " stepname, starttime, endtime, batchstatus, exitstatus, executionexception, persistentuserdata, readcount,"
                    + " writecount, commitcount, rollbackcount, readskipcount, processskipcount, filtercount, writeskipcount,"
                    + " readercheckpointinfo, writercheckpointinfo) select ?, version, stepname, starttime, null, 'STARTED',"
                    + " null, null, persistentuserdata, readcount, writecount, commitcount, rollbackcount, readskipcount,"
                    + " processskipcount, filtercount, writeskipcount, readercheckpointinfo, writercheckpointinfo"
                    + " from wildfly_state.step_execution where jobexecutionid = ?")) {
                ps.setLong(1, dead);
                ps.setLong(2, ended);
                assertEquals(1, ps.executeUpdate(), "the first step, killed in its second chunk");
            }
            try (PreparedStatement ps = c.prepareStatement("update recon_run set state = 'RUNNING', execution_id = ? where id = ?")) {
                ps.setLong(1, dead);
                ps.setLong(2, run.getId());
                assertEquals(1, ps.executeUpdate());
            }
            assertEquals("STARTED", jobRepositoryStatus(dead));

            RunView fresh = f.finance.call(() -> recon.getRun(run.getId()));
            assertEquals(RunState.RUNNING, fresh.run().getState());
            assertFalse(fresh.restartable() || fresh.nodeLost(),
                    "a running execution whose heartbeat is fresh may be alive on another node: not offered");
            BusinessException alive = assertThrows(BusinessException.class, () -> f.finance.call(() -> recon.restart(run.getId())));
            assertEquals("funding.recon.notRestartable", alive.messageKey());
            assertEquals("STARTED", jobRepositoryStatus(dead), "nothing was marked");

            try (PreparedStatement ps = c.prepareStatement(
                    "update recon_run set heartbeat_at = heartbeat_at - interval '10 minutes' where id = ?")) {
                ps.setLong(1, run.getId());
                assertEquals(1, ps.executeUpdate(), "ten minutes without a chunk: longer than legalaid.recon.deadAfterSeconds");
            }
        }
        try {
            RunView lost = f.finance.call(() -> recon.getRun(run.getId()));
            assertTrue(lost.nodeLost() && lost.restartable(), "recognised as the run of a dead node and offered for restart");
            f.finance.call(() -> recon.restart(run.getId()));
            assertThrows(BusinessException.class, () -> f.finance.call(() -> recon.restart(run.getId())),
                    "taken over once: a second restart finds it starting or running again");
            RunView again = await(run.getId());
            assertEquals(RunState.COMPLETED, again.run().getState());
            assertEquals("FAILED", jobRepositoryStatus(dead), "JBeret marked the dead execution failed before restarting it");
            assertEquals(2, again.linesReadByExecution(), "continued from the checkpoint: lines 4 and 5 only");
            assertEquals(totals(uninterrupted.run()), totals(again.run()), "the totals of an uninterrupted run");
            assertEquals(Map.of("account", 0, "amount", 1, "lines", 2, "matched", 1, "payments", 0), totals(again.run()));
            assertEquals(List.of(2L, 3L, 4L, 5L), lines(run.getId()).stream().map(l -> l.line().lineNo()).toList(), "each line once");
            assertEquals(3, reconFlags().size(), "each mismatch flagged once");
        } finally {
            System.clearProperty("legalaid.recon.chunkSize");
        }
    }

    @Test
    @DisplayName("two statements carrying the same payment reconciled for real at the same time: both jobs read the payment as not settled, the unique key lets one settle it, the other's writer meets the violation, its chunk is decided again and the line is reported as a bank line without payment — flagged, not an error")
    void concurrentRealRunsSettleOnce() throws Exception {
        Payment pay = paid(1).get(0);
        String amount = pay.getAmount().toPlainString();
        BankStatement a = importCsv(HEADER + line(pay.getReference(), "法律援助办案补贴", pay.getAccountNo(), amount), StandardCharsets.UTF_8);
        BankStatement b = importCsv(HEADER + line(pay.getReference(), "代发", pay.getAccountNo(), amount), StandardCharsets.UTF_8);
        ReconRun ra;
        ReconRun rb;
        try (Connection c = appConnection()) {
            // held until both jobs wait at their insert: neither can commit a settlement before the other has read the payment
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("lock table recon_match in share row exclusive mode");
            }
            ra = f.finance.call(() -> recon.run(a.getId(), false));
            rb = f.finance.call(() -> recon.run(b.getId(), false));
            long until = System.currentTimeMillis() + 90_000;
            while (waitingInserts(c) < 2) {
                assertTrue(System.currentTimeMillis() < until, "both jobs reach their insert of the settlement:" + sessions(c));
                Thread.sleep(200);
            }
            c.commit();
        }
        RunView va = await(ra.getId());
        RunView vb = await(rb.getId());
        assertEquals(RunState.COMPLETED, va.run().getState());
        assertEquals(RunState.COMPLETED, vb.run().getState(), "the violation is no error: the job completes");
        assertEquals(1, va.run().getMatched() + vb.run().getMatched(), "the payment is settled once");
        RunView winner = va.run().getMatched() == 1 ? va : vb;
        RunView loser = winner == va ? vb : va;
        assertEquals(Map.of("account", 0, "amount", 0, "lines", 0, "matched", 1, "payments", 0), totals(winner.run()));
        assertEquals(Map.of("account", 0, "amount", 0, "lines", 1, "matched", 0, "payments", 0), totals(loser.run()),
                "the loser's line has no payment left to settle, and the payment is not one without line");
        long rollbacks = 0;
        for (StepExecution step : BatchRuntime.getJobOperator().getStepExecutions(loser.run().getExecutionId())) {
            if ("byReference".equals(step.getStepName())) {
                rollbacks = Stream.of(step.getMetrics()).filter(m -> m.getType() == Metric.MetricType.ROLLBACK_COUNT)
                        .mapToLong(Metric::getValue).sum();
            }
        }
        assertTrue(rollbacks >= 1, "the loser met the unique key and rolled its chunk back (" + rollbacks + ")");
        String loserLine = "BankStatement:" + loser.statement().getId() + ":2";
        List<FundingFlag> raised = reconFlags().stream().filter(x -> x.getSubject().startsWith("BankStatement:" + a.getId() + ":")
                || x.getSubject().startsWith("BankStatement:" + b.getId() + ":") || x.getSubject().equals("Payment:" + pay.getId())).toList();
        assertEquals(List.of(RuleCode.RECON_UNMATCHED_LINE + " " + loserLine),
                raised.stream().map(x -> x.getRule() + " " + x.getSubject()).toList(), "the second bank line for the payment is reported");

        // the key itself: a second real settlement of the payment is refused by the database
        try (Connection c = appConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into recon_match (run_id, payment_id, line_no, outcome, settled_key) values (?, ?, 2, 'MATCHED', ?)")) {
            ps.setLong(1, loser.run().getId());
            ps.setLong(2, pay.getId());
            ps.setLong(3, pay.getId());
            SQLException refused = assertThrows(SQLException.class, ps::executeUpdate);
            assertEquals("23505", refused.getSQLState(), refused.getMessage());
        }
    }

    private static Connection appConnection() throws SQLException {
        return DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                System.getenv("LEGALAID_DB_PASSWORD"));
    }

    /** How many other sessions wait for a lock on recon_match (the jobs' inserts of their settlement). */
    private static long waitingInserts(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from pg_locks"
                + " where not granted and relation = 'recon_match'::regclass and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The other sessions of the database, for an assertion's message. */
    private static String sessions(Connection c) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select pid, state, wait_event_type, wait_event,"
                + " left(query, 80) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            while (rs.next()) {
                out.append('\n').append(rs.getInt(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3))
                        .append('/').append(rs.getString(4)).append(' ').append(rs.getString(5));
            }
        }
        return out.toString();
    }

    @Test
    @DisplayName("bad input is refused whole with a clear reason: a malformed line by its number, a GBK file declared UTF-8, a 50 MB statement; nothing is stored")
    void badInputStoresNothing() throws Exception {
        int before = f.finance.call(() -> recon.findStatements(500)).size();
        String good = line("FA0000000001", "", "380302010900001", "1,500.00");
        BusinessException malformed = assertThrows(BusinessException.class, () -> importCsv(HEADER + good + good
                + f.today + ",,,某公司,380302010900001,\"1,5.00\",0\n" + good, StandardCharsets.UTF_8));
        assertEquals("funding.recon.line.amount", malformed.messageKey());
        assertEquals(4L, malformed.arguments()[0], "the line number in the file");
        BusinessException gbk = assertThrows(BusinessException.class, () -> f.finance.call(() -> recon.importStatement("gbk.csv",
                (HEADER + good).getBytes(Charset.forName("GBK")), StatementEncoding.UTF_8)));
        assertEquals("funding.recon.notUtf8", gbk.messageKey());
        byte[] huge = new byte[50 * 1024 * 1024];
        BusinessException large = assertThrows(BusinessException.class, () -> f.finance.call(() -> recon.importStatement("big.csv",
                huge, StatementEncoding.AUTO)));
        assertEquals("funding.recon.tooLarge", large.messageKey());
        assertEquals(before, f.finance.call(() -> recon.findStatements(500)).size(), "nothing of a refused file is stored");
    }
}
