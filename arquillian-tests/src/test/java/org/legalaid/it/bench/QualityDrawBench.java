package org.legalaid.it.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.organisation.UnitType;
import org.legalaid.quality.Campaign;
import org.legalaid.quality.CampaignKind;
import org.legalaid.quality.FormItem;
import org.legalaid.quality.FormKind;
import org.legalaid.quality.GradeBands;
import org.legalaid.quality.SampleRule;
import org.legalaid.quality.boundary.CampaignService;
import org.legalaid.shared.Role;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The draw benchmark of issue 16 "Speed" (not part of the test suite: its name does not end in IT; run it
 * with {@code scripts/bench-quality.sh}). Fills quality's read model by SQL with 1,000,000 archived cases
 * (a year of archive dates, 20 district units, half criminal, 10 % with findings of the automatic check)
 * and a pool of 200 evaluators in those units; then draws and assigns a 1,000-case sample (25 per unit and
 * kind) with cross-avoidance through {@link CampaignService#draw} as the bureau's supervisor — each draw its
 * own transaction storing the campaign, its seed and its 1,000,000-line candidate list, the sample and the
 * 1,000 evaluations — side by side with the bare SQL that selects the candidates over JDBC. Figures go to
 * the file named by {@code BENCH_OUT}.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Benchmark: drawing and assigning 1,000 of 1,000,000 archived cases with 200 evaluators")
class QualityDrawBench {

    private static final long BASE = 900_000_000_000L;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(QualityDrawBench.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private CampaignService campaigns;

    @Resource(lookup = "java:jboss/datasources/LegalAidDS")
    private DataSource ds;

    @Test
    void drawAThousandOfAMillion() throws Exception {
        int runs = Integer.parseInt(env("BENCH_CALLS", "5"));
        int cases = Integer.parseInt(env("BENCH_CASES", "1000000"));
        Fixtures.Tree tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("bureau"), tree.bureau(), pw, Role.BUREAU_SUPERVISOR);
        As bureau = As.user(tree.user("bureau"), Role.BUREAU_SUPERVISOR);
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            OrgUnit u = fixtures.unit("Q" + i + "-" + tree.suffix(), "基准区" + i, UnitType.DISTRICT_CENTRE, tree.centre());
            units.add(u.id());
        }
        String unitArray = units.stream().map(String::valueOf).collect(Collectors.joining(","));

        long fill = System.nanoTime();
        fixtures.sql("insert into quality_archived_case (case_id, case_number, unit_id, matter_type, form_kind, lawyer_id,"
                + " lawyer_name, firm_name, involved_users, archived_on, finding_count, checked_at)"
                + " select " + BASE + " + g, 'BQ-' || g, (array[" + unitArray + "])[1 + g % 20],"
                + " case when (g / 20) % 2 = 0 then 'CRIMINAL' else 'CIVIL' end, case when (g / 20) % 2 = 0 then 'CRIMINAL' else 'CIVIL_ADMINISTRATIVE' end,"
                + " " + BASE + " + g % 5000, '律师' || (g % 5000), '基准律师事务所' || (g % 500), 'sup' || (g % 300),"
                + " date '" + LocalDate.now().minusYears(1) + "' + (g % 365), case when g % 10 = 0 then 1 else 0 end, now()"
                + " from generate_series(1, " + cases + ") g");
        fixtures.sql("insert into quality_evaluator (id, version, user_name, name, pool_level, unit_id, firm_name, lawyer_id, active)"
                + " select " + BASE + " + g, 0, 'bq_eval_' || g || '_" + tree.suffix() + "', '评估师' || g, 'DISTRICT',"
                + " (array[" + unitArray + "])[1 + g % 20], '基准律师事务所' || (g % 500), " + BASE + " + g * 7, true"
                + " from generate_series(1, 200) g");
        fixtures.sql("analyze quality_archived_case");
        double fillSeconds = (System.nanoTime() - fill) / 1e9;
        bureau.call(() -> campaigns.addFormVersion(form(FormKind.CRIMINAL)));
        bureau.call(() -> campaigns.addFormVersion(form(FormKind.CIVIL_ADMINISTRATIVE)));

        String loadBefore = loadAverage();
        LocalDate from = LocalDate.now().minusYears(1);
        LocalDate to = LocalDate.now();
        double[] sqlMs = new double[runs];
        double[] drawMs = new double[runs];
        int candidates = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            candidates = bareSql(from, to, units);
            sqlMs[i] = (System.nanoTime() - t) / 1e6;
            long seed = 20260301L + i;
            t = System.nanoTime();
            Campaign c = bureau.call(() -> campaigns.draw(new CampaignService.CampaignForm(new Campaign.Settings(
                    "基准抽查" + seed, CampaignKind.SAMPLING, from, to, Set.copyOf(units),
                    SampleRule.perStratum(25, 30, Set.of(FormKind.CRIMINAL, FormKind.CIVIL_ADMINISTRATIVE)),
                    new BigDecimal("10"), 5), seed)));
            drawMs[i] = (System.nanoTime() - t) / 1e6;
            assertEquals(1000, bureau.call(() -> campaigns.findSamples(c.getId())).size());
        }
        String report = String.format(Locale.ROOT, """
                quality draw benchmark: %d archived cases in 20 units (filled in %.1f s), 200 evaluators
                %d draws of 1,000 cases (25 per unit and kind, 30 %% from the findings stratum) with cross-avoidance,
                each storing the campaign, seed, gzip candidate list, sample and 1,000 evaluations (CampaignService.draw):
                  median %.0f ms, min %.0f ms, max %.0f ms (goal: under 2 s)
                the bare SQL selecting the %d candidates over JDBC: median %.0f ms, min %.0f ms
                draws %s
                load average (1, 5, 15 min) before the draws: %s, after: %s
                """, cases, fillSeconds, runs, med(drawMs), min(drawMs), max(drawMs), candidates, med(sqlMs), min(sqlMs),
                Arrays.stream(drawMs).mapToObj(v -> String.format(Locale.ROOT, "%.0f ms", v)).collect(Collectors.joining(", ")),
                loadBefore, loadAverage());
        System.out.println(report);
        Path out = Path.of(env("BENCH_OUT", "quality-bench.txt"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    private int bareSql(LocalDate from, LocalDate to, List<Long> units) throws Exception {
        int n = 0;
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select case_id, unit_id, form_kind, finding_count from quality_archived_case"
                        + " where archived_on between ? and ? and unit_id = any (?)")) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            ps.setArray(3, c.createArrayOf("bigint", units.toArray()));
            ps.setFetchSize(10_000);
            c.setAutoCommit(false);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                    rs.getLong(2);
                    rs.getString(3);
                    rs.getInt(4);
                    n++;
                }
            }
            c.commit();
        }
        return n;
    }

    private static CampaignService.NewForm form(FormKind kind) {
        return new CampaignService.NewForm(kind, "基准评估表", true,
                new GradeBands(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60")),
                List.of(new FormItem("A1", "程序", "程序规范", new BigDecimal("50"), null),
                        new FormItem("B1", "质量", "辩护质量", new BigDecimal("50"), null)));
    }

    private static double med(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }

    /** The machine's load average (the figures depend on it: the development machine is shared). */
    private static String loadAverage() {
        try {
            String[] p = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return p[0] + ", " + p[1] + ", " + p[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
