package org.legalaid.funding.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.legalaid.funding.recon.BankStatement;
import org.legalaid.funding.recon.LineResult;
import org.legalaid.funding.recon.ReconOutcome;
import org.legalaid.funding.recon.ReconPass;
import org.legalaid.funding.recon.ReconRun;
import org.legalaid.funding.recon.SentPayment;
import org.legalaid.funding.recon.StatementFile;
import org.legalaid.funding.recon.StatementLine;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Storage of statements, reconciliation runs and their results. The statement lines and the results are
 * many and plain, so they go through JDBC on the transaction's connection (the data source is the JTA
 * one: a rollback takes them back with everything else). Every write of a result is keyed by
 * (run, line) or (run, payment) and checks first, so the job's writer may see a line again after a
 * restart without counting it twice.
 */
@ApplicationScoped
public class ReconRepository {

    /** The SQL state of a unique key violation (PostgreSQL and H2 alike). */
    private static final String UNIQUE_VIOLATION = "23505";

    /** How many staged lines go to the database in one JDBC batch. */
    private static final int BATCH = 1000;

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/LegalAidDS")
    private DataSource dataSource;

    // ---- statements ---------------------------------------------------------------------------

    /** Stores a statement with its lines as text (all or nothing: the caller's transaction). */
    public BankStatement addStatement(BankStatement s, List<StatementFile.NumberedLine> lines) {
        em.persist(s);
        em.flush();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into bank_statement_line (statement_id, line_no, text) values (?, ?, ?)")) {
            int n = 0;
            for (StatementFile.NumberedLine l : lines) {
                ps.setLong(1, s.getId());
                ps.setLong(2, l.lineNo());
                ps.setString(3, l.text());
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("staging statement " + s.getId(), e);
        }
        return s;
    }

    public Optional<BankStatement> findStatement(long id) {
        return Optional.ofNullable(em.find(BankStatement.class, id));
    }

    public List<BankStatement> findStatements(Collection<Long> units, int max) {
        return em.createQuery("select s from BankStatement s where s.unitId in :u order by s.uploadedAt desc, s.id desc",
                BankStatement.class).setParameter("u", units.isEmpty() ? List.of(-1L) : units).setMaxResults(max).getResultList();
    }

    /** Transaction lines of a statement after {@code afterLine}, in order. */
    public List<StatementFile.NumberedLine> findLineTexts(long statementId, long afterLine, int max) {
        return query("select line_no, text from bank_statement_line where statement_id = ? and line_no > ? order by line_no",
                ps -> {
                    ps.setLong(1, statementId);
                    ps.setLong(2, afterLine);
                    ps.setMaxRows(max);
                }, rs -> new StatementFile.NumberedLine(rs.getLong(1), rs.getString(2)));
    }

    // ---- runs ---------------------------------------------------------------------------------

    public ReconRun addRun(ReconRun r) {
        em.persist(r);
        em.flush(); // the unique key on the statement's real run answers now
        return r;
    }

    public Optional<ReconRun> findRun(long id) {
        return Optional.ofNullable(em.find(ReconRun.class, id));
    }

    public Optional<ReconRun> lockRun(long id) {
        return Optional.ofNullable(em.find(ReconRun.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The run's heartbeat, written by JDBC in the caller's transaction (the chunk's): it commits with the
     * chunk's results, so it says that the job made progress, not merely that it lives. The entity's version
     * is not touched (nobody edits a running run's other columns meanwhile).
     */
    public void heartbeat(long runId, OffsetDateTime now) {
        update("update recon_run set heartbeat_at = ? where id = ?", ps -> {
            ps.setObject(1, now);
            ps.setLong(2, runId);
        });
    }

    public List<ReconRun> findRuns(long statementId) {
        return em.createQuery("select r from ReconRun r where r.statementId = :s order by r.id desc", ReconRun.class)
                .setParameter("s", statementId).getResultList();
    }

    /** Whether the statement has its real run already. */
    public boolean isPosted(long statementId) {
        return !em.createQuery("select r.id from ReconRun r where r.statementId = :s and r.dryRun = false", Long.class)
                .setParameter("s", statementId).getResultList().isEmpty();
    }

    // ---- payments as reconciliation sees them -------------------------------------------------

    private static final String SENT = "select p.id as id, p.claim_id, p.batch_id, b.unit_id, p.reference, p.account_no, p.amount,"
            + " coalesce(p.paid_on, cast(p.created_at as date)) as sent_on from subsidy_payment p join payment_batch b on b.id = p.batch_id"
            + " where b.state in ('EXPORTED', 'CONFIRMED') and b.unit_id in (%s)"
            // not taken in this run
            + " and not exists (select 1 from recon_match m where m.run_id = ? and m.payment_id = p.id)"
            // not settled by a line of another statement's real run
            + " and not exists (select 1 from recon_match o join recon_run r on r.id = o.run_id where o.payment_id = p.id"
            + " and r.dry_run = false and r.id <> ? and o.line_no is not null)";

    private static SentPayment sent(ResultSet rs) throws SQLException {
        return new SentPayment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getBigDecimal(7), rs.getDate(8).toLocalDate());
    }

    private static String in(ReconRun run) {
        return run.unitIdList().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The payment of a reference in the run's units, sent and not settled yet. */
    public Optional<SentPayment> findUntakenByReference(ReconRun run, String reference) {
        return query(String.format(SENT, in(run)) + " and p.reference = ?", ps -> {
            ps.setLong(1, run.getId());
            ps.setLong(2, run.getId());
            ps.setString(3, reference);
        }, ReconRepository::sent).stream().findFirst();
    }

    /** The payments to an account (of an amount, when given) in the run's units, sent and not settled yet. */
    public List<SentPayment> findUntakenByAccount(ReconRun run, String accountNo, BigDecimal amount) {
        return query(String.format(SENT, in(run)) + " and p.account_no = ?" + (amount == null ? "" : " and p.amount = ?"), ps -> {
            ps.setLong(1, run.getId());
            ps.setLong(2, run.getId());
            ps.setString(3, accountNo);
            if (amount != null) {
                ps.setBigDecimal(4, amount);
            }
        }, ReconRepository::sent);
    }

    // ---- results ------------------------------------------------------------------------------

    /** Records a parsed line in the run, open (no outcome yet), unless it is there already. */
    public void stageLine(long runId, StatementLine l) {
        update("insert into recon_line (run_id, line_no, line_date, account_no, amount, counterparty, reference, summary)"
                + " select ?, ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from recon_line where run_id = ? and line_no = ?)", ps -> {
            ps.setLong(1, runId);
            ps.setLong(2, l.lineNo());
            ps.setDate(3, Date.valueOf(l.date()));
            ps.setString(4, l.accountNo());
            ps.setBigDecimal(5, l.amount());
            ps.setString(6, cut(l.counterparty(), 200));
            ps.setString(7, cut(l.reference(), 200));
            ps.setString(8, cut(l.summary(), 400));
            ps.setLong(9, runId);
            ps.setLong(10, l.lineNo());
        });
    }

    /**
     * Settles payments by a line: only when the line is still open, none of the payments is taken in the
     * run, and — on a real run — no other real run has settled one of them; returns whether it did. A
     * real run's settlement carries the payment's id in the unique {@code settled_key} (V33), so of two
     * real runs settling the same payment at the same time only one can commit it; the other gets
     * {@link SettledElsewhere} and its chunk is decided again.
     */
    public boolean settle(ReconRun run, long lineNo, ReconOutcome outcome, ReconPass pass, List<SentPayment> payments) {
        long runId = run.getId();
        boolean real = !run.isDryRun();
        String ids = payments.stream().map(p -> String.valueOf(p.id())).collect(Collectors.joining(", "));
        long open = count("select count(*) from recon_line where run_id = ? and line_no = ? and outcome is null", runId, lineNo);
        long taken = count("select count(*) from recon_match where run_id = ? and payment_id in (" + ids + ")", runId);
        long elsewhere = real ? count("select count(*) from recon_match where settled_key in (" + ids + ") and run_id <> ?", runId) : 0;
        if (open != 1 || taken > 0 || elsewhere > 0) {
            return false;
        }
        for (SentPayment p : payments) {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "insert into recon_match (run_id, payment_id, line_no, outcome, settled_key) values (?, ?, ?, ?, ?)")) {
                ps.setLong(1, runId);
                ps.setLong(2, p.id());
                ps.setLong(3, lineNo);
                ps.setString(4, outcome.name());
                if (real) {
                    ps.setLong(5, p.id());
                } else {
                    ps.setNull(5, Types.BIGINT);
                }
                ps.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new SettledElsewhere(runId, p.id(), e);
                }
                throw new IllegalStateException("settling payment " + p.id() + " in run " + runId, e);
            }
        }
        update("update recon_line set outcome = ?, pass = ? where run_id = ? and line_no = ? and outcome is null", ps -> {
            ps.setString(1, outcome.name());
            ps.setString(2, pass.name());
            ps.setLong(3, runId);
            ps.setLong(4, lineNo);
        });
        return true;
    }

    /** The run's lines no pass has decided yet, after {@code afterLine}, in order. */
    public List<StatementLine> findOpenLines(long runId, long afterLine, int max) {
        return query("select line_no, line_date, reference, summary, counterparty, account_no, amount from recon_line"
                + " where run_id = ? and line_no > ? and outcome is null order by line_no", ps -> {
            ps.setLong(1, runId);
            ps.setLong(2, afterLine);
            ps.setMaxRows(max);
        }, ReconRepository::line);
    }

    private static StatementLine line(ResultSet rs) throws SQLException {
        return new StatementLine(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBigDecimal(7));
    }

    /**
     * The last pass: the lines left are lines without payment; the payments of the run's units sent within
     * the statement's period (from its first day less the window to its last day) and settled by no line
     * are payments without line. Set-based and repeatable.
     */
    public void close(ReconRun run, LocalDate from, LocalDate to) {
        update("update recon_line set outcome = 'UNMATCHED_LINE', pass = 'CLOSE' where run_id = ? and outcome is null",
                ps -> ps.setLong(1, run.getId()));
        update("insert into recon_match (run_id, payment_id, line_no, outcome) select ?, x.id, null, 'UNMATCHED_PAYMENT' from ("
                + String.format(SENT, in(run)) + ") x where x.sent_on between ? and ?", ps -> {
            ps.setLong(1, run.getId());
            ps.setLong(2, run.getId());
            ps.setLong(3, run.getId());
            ps.setDate(4, Date.valueOf(from));
            ps.setDate(5, Date.valueOf(to));
        });
    }

    /** The run's lines with an outcome among {@code outcomes} after {@code afterLine}, in line order. */
    public List<LineResult> findLines(ReconRun run, Collection<ReconOutcome> outcomes, long afterLine, int max) {
        String list = outcomes.stream().map(o -> "'" + o.name() + "'").collect(Collectors.joining(", "));
        List<Object[]> rows = query("select line_no, line_date, reference, summary, counterparty, account_no, amount, outcome, pass"
                + " from recon_line where run_id = ? and line_no > ? and outcome in (" + list + ") order by line_no", ps -> {
            ps.setLong(1, run.getId());
            ps.setLong(2, afterLine);
            ps.setMaxRows(max);
        }, rs -> new Object[]{line(rs), rs.getString(8), rs.getString(9)});
        List<LineResult> out = new ArrayList<>();
        for (Object[] r : rows) {
            StatementLine l = (StatementLine) r[0];
            out.add(new LineResult(l, ReconOutcome.valueOf((String) r[1]), ReconPass.valueOf((String) r[2]),
                    paymentsOf(run.getId(), l.lineNo())));
        }
        return out;
    }

    private List<SentPayment> paymentsOf(long runId, long lineNo) {
        return query("select p.id, p.claim_id, p.batch_id, b.unit_id, p.reference, p.account_no, p.amount,"
                + " coalesce(p.paid_on, cast(p.created_at as date)) from recon_match m join subsidy_payment p on p.id = m.payment_id"
                + " join payment_batch b on b.id = p.batch_id where m.run_id = ? and m.line_no = ? order by p.id", ps -> {
            ps.setLong(1, runId);
            ps.setLong(2, lineNo);
        }, ReconRepository::sent);
    }

    /** The payments no line of the run settles, after the payment {@code afterId}. */
    public List<SentPayment> findUnmatchedPayments(long runId, long afterId, int max) {
        return query("select p.id, p.claim_id, p.batch_id, b.unit_id, p.reference, p.account_no, p.amount,"
                + " coalesce(p.paid_on, cast(p.created_at as date)) from recon_match m join subsidy_payment p on p.id = m.payment_id"
                + " join payment_batch b on b.id = p.batch_id where m.run_id = ? and m.line_no is null and p.id > ? order by p.id", ps -> {
            ps.setLong(1, runId);
            ps.setLong(2, afterId);
            ps.setMaxRows(max);
        }, ReconRepository::sent);
    }

    /** How many lines (and payments without line) the run has per outcome; lines not yet decided under null. */
    public Map<ReconOutcome, Long> countOutcomes(long runId) {
        Map<ReconOutcome, Long> m = new EnumMap<>(ReconOutcome.class);
        for (ReconOutcome o : ReconOutcome.values()) {
            m.put(o, 0L);
        }
        query("select outcome, count(*) from recon_line where run_id = ? and outcome is not null group by outcome",
                ps -> ps.setLong(1, runId), rs -> m.put(ReconOutcome.valueOf(rs.getString(1)), rs.getLong(2)));
        m.put(ReconOutcome.UNMATCHED_PAYMENT, count("select count(*) from recon_match where run_id = ? and line_no is null", runId));
        return m;
    }

    /** How many of the statement's lines the run has read (staged) and how many are decided. */
    public long[] countProgress(long runId) {
        return new long[]{count("select count(*) from recon_line where run_id = ?", runId),
                count("select count(*) from recon_line where run_id = ? and outcome is not null", runId)};
    }

    // ---- JDBC helpers -------------------------------------------------------------------------

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        em.flush(); // what JPA holds for the transaction is in the database before JDBC reads it
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private long count(String sql, long... args) {
        return query(sql, ps -> {
            for (int i = 0; i < args.length; i++) {
                ps.setLong(i + 1, args[i]);
            }
        }, rs -> rs.getLong(1)).get(0);
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
