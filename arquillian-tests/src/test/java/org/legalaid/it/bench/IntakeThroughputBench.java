package org.legalaid.it.bench;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.intake.ApplicationChannel;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.NewApplication;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.SupportingDocument;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.shared.Role;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The intake throughput benchmark of issue 3 (not part of the test suite: its name does not end
 * in IT; run it with {@code scripts/bench-intake.sh}). Eight clients each register an applicant
 * and receive an application for them — applicant, application, documents, timeline entry and
 * audit entries — in one transaction through the service layer, for a fixed time; then pgbench
 * runs a script with the same inserts (the audit head locked and updated, the hashes computed in
 * SQL) with the same number of clients and the same time against the same database. Both rates
 * and their ratio go to the file named by {@code BENCH_OUT}.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Benchmark: intake throughput through the service layer vs. the same inserts in pgbench")
class IntakeThroughputBench {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(IntakeThroughputBench.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private ApplicationService applications;

    private static final AtomicLong SERIAL = new AtomicLong();

    @Test
    void serviceLayerAgainstPgbench() throws Exception {
        int clients = Integer.parseInt(env("BENCH_CLIENTS", "8"));
        int seconds = Integer.parseInt(env("BENCH_SECONDS", "30"));
        // A server just started spends its first minute compiling (the JIT): warmed up, it measures
        // what a server that has run for days does.
        int warmup = Integer.parseInt(env("BENCH_WARMUP_SECONDS", "45"));
        Fixtures.Tree tree = fixtures.tree();
        fixtures.account(tree.user("portal"), tree.districtA(), TestPasswords.fresh(), Role.ONLINE_PORTAL);
        As clerk = As.user(tree.user("portal"), Role.ONLINE_PORTAL);

        long auditBefore = fixtures.count("select count(e) from AuditEntry e");
        runFor(clerk, clients, warmup);                              // warm-up: JIT, pools, caches
        long warmupTx = fixtures.count("select count(a) from Application a where a.unitId = " + tree.districtA().id());
        long auditPerTx = Math.round((fixtures.count("select count(e) from AuditEntry e") - auditBefore) / (double) warmupTx);

        long service;
        Cpu serviceCpu;
        try (CpuMeter meter = new CpuMeter()) {
            service = runFor(clerk, clients, seconds);
            serviceCpu = meter.result();
        }
        double serviceTps = service / (double) seconds;

        Path script = Files.createTempFile("intake-bench", ".sql");
        Files.writeString(script, pgbenchScript(tree.districtB().id(), (int) auditPerTx), StandardCharsets.UTF_8);
        double pgbenchTps;
        Cpu pgbenchCpu;
        try (CpuMeter meter = new CpuMeter()) {
            pgbenchTps = pgbench(script, clients, seconds);
            pgbenchCpu = meter.result();
        }
        double pgbenchTx = pgbenchTps * seconds;

        String report = String.format(Locale.ROOT, """
                intake benchmark: %d clients, %d s each side (service layer after %d s of warm-up), PostgreSQL
                service layer: %d transactions, %.1f tx/s (applicant + application + documents + timeline + clock + %d audit rows per tx)
                pgbench, same inserts in one transaction: %.1f tx/s
                ratio service/pgbench: %.2f (goal >= 0.5)
                CPU per transaction: service side WildFly %.1f ms + PostgreSQL %.1f ms; pgbench side PostgreSQL %.1f ms + pgbench %.1f ms
                """, clients, seconds, warmup, service, serviceTps, auditPerTx, pgbenchTps, serviceTps / pgbenchTps,
                serviceCpu.server() / service, serviceCpu.postgres() / service,
                pgbenchCpu.postgres() / pgbenchTx, pgbenchCpu.pgbench() / pgbenchTx);
        System.out.println(report);
        Path out = Path.of(env("BENCH_OUT", "intake-bench.txt"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertTrue(service > 0 && pgbenchTps > 0);
    }

    /** Runs {@code clients} loops for {@code seconds}; returns the committed transactions. */
    private long runFor(As clerk, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong done = new AtomicLong();
        List<Future<?>> running = new ArrayList<>();
        // A pool of exactly `clients` threads: the server's default managed executor runs no more
        // threads than its core size (derived from the processor count) with an unbounded queue.
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> clerk.call(() -> {
                while (System.nanoTime() < end) {
                    intakeOne();
                    done.incrementAndGet();
                }
                return null;
            })));
        }
        try {
            for (Future<?> f : running) {
                f.get(seconds + 120L, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return done.get();
    }

    /**
     * One applicant and one application, in one transaction, through the boundary: an online
     * application as the platform's API account forwards it (the person registered in the
     * centre, the application received, its clock started, every step audited).
     */
    private void intakeOne() {
        long n = SERIAL.incrementAndGet();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n % 20000);
        String first17 = "370203" + birth.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", (n / 20000) % 1000);
        NewApplicant p = new NewApplicant();
        p.setIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        p.setFullName("测试申请人" + n);
        p.setHouseholdSize(3);
        p.setHouseholdMonthlyIncome(new BigDecimal("3600.00"));
        NewApplication f = new NewApplication();
        f.setMatterType(MatterType.CIVIL);
        f.setMatterCategory(MatterCategory.LABOUR_REMUNERATION);
        f.setFacts("用人单位拖欠工资三个月，共计一万二千元。");
        f.setChannel(ApplicationChannel.ONLINE);
        f.setRegionCode("370203");
        f.setDocuments(EnumSet.of(SupportingDocument.IDENTITY, SupportingDocument.MATTER_MATERIALS));
        applications.submitOnline(p, f);
    }

    /**
     * The same rows in plain SQL: applicant, application, two documents, one timeline entry, the decision clock and
     * {@code audit} audit rows, appended to the chain under the head row's lock with SHA-256
     * computed by PostgreSQL.
     */
    static String pgbenchScript(long unitId, int audit) {
        StringBuilder s = new StringBuilder();
        s.append("BEGIN;\n");
        s.append("SELECT nextval('applicant_seq') AS pid, nextval('application_seq') AS aid, nextval('application_step_seq') AS sid \\gset\n");
        s.append("INSERT INTO applicant (id, version, unit_id, id_number, full_name, sex, birth_date, household_size,"
                + " household_monthly_income, no_fixed_income, local_resident, registered_by, registered_at)"
                + " VALUES (:pid, 1, ").append(unitId).append(", lpad(:pid::text, 18, '0'), '基准申请人', 'FEMALE', DATE '1960-01-01', 3,"
                + " 3600.00, false, true, 'bench', now());\n");
        s.append("INSERT INTO application (id, version, unit_id, applicant_id, applicant_name, matter_type, matter_category, facts,"
                + " channel, forwarded_late, region_code, status, received_at, received_by)"
                + " VALUES (:aid, 1, ").append(unitId).append(", :pid, '基准申请人', 'CIVIL', 'LABOUR_REMUNERATION',"
                + " '用人单位拖欠工资三个月，共计一万二千元。', 'CENTRE_WINDOW', false, '370203', 'SUBMITTED', localtimestamp, 'bench');\n");
        s.append("INSERT INTO application_document (application_id, document) VALUES (:aid, 'IDENTITY'), (:aid, 'MATTER_MATERIALS');\n");
        s.append("INSERT INTO application_step (id, application_id, kind, occurred_at, actor) VALUES (:sid, :aid, 'RECEIVED', localtimestamp, 'bench');\n");
        s.append("INSERT INTO clock_item (id, version, unit_id, subject_type, subject_id, subject_label, step, started_at,"
                + " limit_amount, limit_unit, limit_moves_off_rest_day, due_at, open_flag) VALUES (nextval('clock_item_seq'), 1, ")
                .append(unitId).append(", 'Application', :aid, '基准申请人', 'DECIDE_APPLICATION', localtimestamp, 7, 'CALENDAR_DAYS',"
                + " false, date_trunc('day', localtimestamp) + interval '8 days', true);\n");
        // The chain appended in one statement: the head row locked, each entry hashing the previous
        // one, the head advanced (pgbench has no string variables, so the hashes stay in SQL).
        s.append("WITH e0 AS (SELECT last_seq AS seq, last_hash AS hash FROM audit_head WHERE id = 1 FOR UPDATE)");
        for (int i = 1; i <= audit; i++) {
            s.append(", e").append(i).append(" AS (INSERT INTO audit_entry (id, seq, occurred_at, actor, unit_id, action, entity_type,"
                    + " entity_id, summary, prev_hash, hash) SELECT nextval('audit_entry_seq'), seq + 1, now(), 'bench', ")
                    .append(unitId).append(", 'CREATE', 'Application', :aid::text, 'bench row', hash,"
                    + " encode(sha256(convert_to(hash || '|' || (seq + 1)::text || '|bench|Application|' || :aid::text, 'UTF8')), 'hex')"
                    + " FROM e").append(i - 1).append(" RETURNING seq, hash)");
        }
        s.append(" UPDATE audit_head SET last_seq = e").append(audit).append(".seq, last_hash = e").append(audit)
                .append(".hash FROM e").append(audit).append(" WHERE audit_head.id = 1;\n");
        s.append("COMMIT;\n");
        return s.toString();
    }

    private static double pgbench(Path script, int clients, int seconds) throws IOException, InterruptedException {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*").matcher(env("LEGALAID_DB_URL", ""));
        assertTrue(url.matches(), "LEGALAID_DB_URL is a PostgreSQL URL");
        ProcessBuilder pb = new ProcessBuilder("pgbench", "-n", "-c", String.valueOf(clients), "-j", String.valueOf(clients),
                "-T", String.valueOf(seconds), "-f", script.toString(),
                "-h", url.group(1), "-p", url.group(2) == null ? "5432" : url.group(2), "-U", env("LEGALAID_DB_USER", ""), url.group(3));
        pb.environment().put("PGPASSWORD", env("LEGALAID_DB_PASSWORD", ""));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        System.out.println(output);
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        assertTrue(tps.find(), output);
        return Double.parseDouble(tps.group(1));
    }

    /** CPU milliseconds used during a phase by this server, by PostgreSQL's processes and by pgbench. */
    record Cpu(double server, double postgres, double pgbench) {
    }

    /**
     * Measures the CPU used during a phase from the operating system's process table (the benchmark
     * runs inside the server, on the same host as the database). Processes are sampled every 200 ms
     * so that those which end during the phase (pgbench and its database sessions) still count up
     * to their last sample; those which start during it count from zero.
     */
    static final class CpuMeter implements AutoCloseable {

        private final Map<Long, double[]> seen = new ConcurrentHashMap<>(); // pid → {kind, first, last}
        private final double serverBefore = serverMillis();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        private boolean started;

        CpuMeter() {
            sample();
            started = true;
            sampler.scheduleAtFixedRate(this::sample, 200, 200, TimeUnit.MILLISECONDS);
        }

        private void sample() {
            ProcessHandle.allProcesses().forEach(p -> {
                String command = p.info().command().orElse("");
                int kind = command.endsWith("/postgres") ? 1 : command.endsWith("/pgbench") ? 2 : 0;
                if (kind == 0) {
                    return;
                }
                p.info().totalCpuDuration().ifPresent(d -> {
                    double ms = d.toNanos() / 1e6;
                    seen.compute(p.pid(), (pid, v) -> v == null ? new double[]{kind, started ? 0 : ms, ms} : new double[]{v[0], v[1], ms});
                });
            });
        }

        private static double serverMillis() {
            return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos() / 1e6;
        }

        Cpu result() {
            sample();
            double pg = 0;
            double bench = 0;
            for (double[] v : seen.values()) {
                if (v[0] == 1) {
                    pg += v[2] - v[1];
                } else {
                    bench += v[2] - v[1];
                }
            }
            return new Cpu(serverMillis() - serverBefore, pg, bench);
        }

        @Override
        public void close() {
            sampler.shutdownNow();
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
