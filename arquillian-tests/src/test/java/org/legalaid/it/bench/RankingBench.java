package org.legalaid.it.bench;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.intake.Applicant;
import org.legalaid.intake.Application;
import org.legalaid.intake.ApplicationChannel;
import org.legalaid.intake.HardshipVerification;
import org.legalaid.intake.JurisdictionGround;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.NewApplication;
import org.legalaid.intake.NewHardshipStandard;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.SubjectType;
import org.legalaid.intake.SupportingDocument;
import org.legalaid.intake.boundary.ApplicantService;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.intake.boundary.MeansTestService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.lawyers.boundary.AssignmentService;
import org.legalaid.lawyers.boundary.NeedsOverride;
import org.legalaid.lawyers.boundary.Ranking;
import org.legalaid.shared.Role;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ranking benchmark of issue 4 "Speed" (not part of the test suite: its name does not end in
 * IT; run it with {@code scripts/bench-ranking.sh}). Fills PostgreSQL by SQL with 10,000 lawyers in
 * 1,000 firms over 10 districts (specialties, languages, districts, statuses, open cases), a year of
 * assignment history (30,000 assignments with their clients' party keys) and 5,000 declared
 * interests; then ranks the candidates for one granted civil application — whose opposing party
 * was a client in the history, so the conflict query finds rows — through
 * {@link AssignmentService#rank} as an assignment officer: a warm-up, then the timed calls, each
 * its own transaction with its audit row, as the screen makes them. Median, p95 and max go to the
 * file named by {@code BENCH_OUT}.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Benchmark: ranking one case among 10,000 lawyers with a year of history")
class RankingBench {

    private static final long BASE = 800_000_000_000L;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(RankingBench.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private AssignmentService assignments;

    @Inject
    private ApplicationService applications;

    @Inject
    private ApplicantService applicants;

    @Inject
    private MeansTestService means;

    @Inject
    private org.legalaid.lawyers.control.QuotaLedger ledger;

    @Inject
    private org.legalaid.lawyers.control.CandidateQueries candidates;

    @Inject
    private org.legalaid.intake.boundary.AssignableCaseService cases;

    @Test
    void rankOneCaseRepeatedly() throws Exception {
        int warmup = Integer.parseInt(env("BENCH_WARMUP", "50"));
        int calls = Integer.parseInt(env("BENCH_CALLS", "300"));
        Fixtures.Tree tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        for (String[] a : new String[][]{{"clerk", "INTAKE_CLERK"}, {"reviewer", "REVIEWER"}, {"approver", "APPROVER"},
                {"officer", "ASSIGNMENT_OFFICER"}}) {
            fixtures.account(tree.user(a[0]), tree.districtA(), pw, Role.valueOf(a[1]));
        }
        fixtures.account(tree.user("admin"), tree.bureau(), pw, Role.SYSTEM_ADMIN);
        String region = "810003";

        long fill = System.nanoTime();
        fillPool(tree.districtA().id());
        double fillSeconds = (System.nanoTime() - fill) / 1e9;

        long applicationId = grantedApplication(tree, region);
        As officer = As.user(tree.user("officer"), Role.ASSIGNMENT_OFFICER);
        Ranking first = officer.call(() -> assignments.rank(SubjectType.APPLICATION, applicationId, NeedsOverride.NONE));
        for (int i = 0; i < warmup; i++) {
            officer.call(() -> assignments.rank(SubjectType.APPLICATION, applicationId, NeedsOverride.NONE));
        }
        double[] ms = new double[calls];
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            officer.call(() -> assignments.rank(SubjectType.APPLICATION, applicationId, NeedsOverride.NONE));
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[calls / 2];
        double p95 = ms[(int) Math.ceil(calls * 0.95) - 1];
        int parts = 50;
        double[] caseMs = new double[parts];
        double[] servingMs = new double[parts];
        double[] ledgerMs = new double[parts];
        double[] othersMs = new double[parts];
        double[] conflictsMs = new double[parts];
        int year = LocalDate.now().getYear();
        java.util.Set<String> opposing = first.needs().opposingParties();
        java.util.Set<org.legalaid.lawyers.Specialty> asked = java.util.Set.of(org.legalaid.lawyers.Specialty.CIVIL,
                org.legalaid.lawyers.Specialty.FAMILY);
        for (int i = 0; i < parts; i++) {
            long t = System.nanoTime();
            officer.call(() -> cases.getCase(SubjectType.APPLICATION, applicationId));
            caseMs[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            java.util.List<Long> ids = candidates.serving(first.needs().region(), asked, java.util.Set.of()).stream()
                    .map(org.legalaid.lawyers.control.CandidateQueries.Row::lawyerId).toList();
            servingMs[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            ledger.fulfilment(year, ids.subList(0, Math.min(ids.size(), first.ranked().size())));
            ledgerMs[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            candidates.others(first.needs().region(), org.legalaid.lawyers.Specialty.CIVIL, null, LocalDate.now().minusYears(3),
                    candidates.conflicts(opposing));
            othersMs[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            candidates.conflicts(opposing);
            conflictsMs[i] = (System.nanoTime() - t) / 1e6;
        }
        Ranking.Elsewhere elsewhere = officer.call(() -> assignments.countElsewhere(SubjectType.APPLICATION, applicationId, NeedsOverride.NONE));
        String breakdown = String.format(Locale.ROOT, "medians of the parts: the case (AssignableCaseService.getCase, audited)"
                        + " %.1f ms, the district's lawyers %.1f ms, QuotaLedger.fulfilment of the eligible %.1f ms,"
                        + " the conflicts %.1f ms; on demand only (countElsewhere), the rest of the pool %.1f ms%n",
                med(caseMs), med(servingMs), med(ledgerMs), med(conflictsMs), med(othersMs));
        String report = String.format(Locale.ROOT, """
                ranking benchmark: %d lawyers, %d firms, %d assignments, %d declared interests (filled in %.1f s)
                one civil application in district %s: %d ranked, %d excluded in the district, %d elsewhere
                %d calls after %d warm-up calls of AssignmentService.rank (each its own transaction, audited)
                median %.1f ms, p95 %.1f ms, max %.1f ms (goal: median < 50 ms)
                """, fixtures.count("select count(l) from Lawyer l"), fixtures.count("select count(f) from LawFirm f"),
                fixtures.count("select count(a) from Assignment a"), fixtures.count("select count(i) from LawyerInterest i"),
                fillSeconds, region, first.ranked().size(), first.excluded().size(), elsewhere.lawyers(),
                calls, warmup, median, p95, ms[calls - 1]) + breakdown;
        System.out.println(report);
        Path out = Path.of(env("BENCH_OUT", "ranking-bench.txt"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertTrue(!first.ranked().isEmpty() && !first.excluded().isEmpty() && elsewhere.lawyers() > 0, report);
    }

    /** 1,000 firms, 10,000 lawyers, a year of history and declared interests, all by generate_series. */
    private void fillPool(long unitId) {
        fixtures.sql("insert into law_firm (id, unit_id, kind, name, credit_code, region_code, address, contact_person,"
                + " contact_phone, created_by, created_at)"
                + " select " + BASE + " + g, ?, 'LAW_FIRM', '基准律师事务所' || g, 'B' || lpad(g::text, 17, '0'),"
                + " '81000' || (g % 10), '基准路' || g || '号', '主任' || g, '0532-8' || lpad(g::text, 7, '0'), 'bench', now()"
                + " from generate_series(1, 1000) g", unitId);
        fixtures.sql("insert into lawyer (id, firm_id, kind, name, id_number, sex, birth_date, phone, licence_number,"
                + " licence_date, criminal_practice_since, juvenile_experience, max_open_cases, open_cases, status, status_since,"
                + " created_by, created_at)"
                + " select " + (BASE + 100_000) + " + g, " + BASE + " + ((g - 1) % 1000) + 1, 'LAWYER', '律师' || g,"
                + " 'L' || lpad(g::text, 17, '0'), case when g % 2 = 0 then 'MALE' else 'FEMALE' end, date '1975-01-01' + (g % 5000),"
                + " '138' || lpad(g::text, 8, '0'), 'BL' || lpad(g::text, 15, '0'),"
                + " current_date - ((g % 25) + 1) * 365, case when g % 3 = 0 then current_date - ((g % 25) + 1) * 365 + (g % 300) end,"
                + " g % 7 = 0, 5 + g % 6, g % 6, case g % 20 when 0 then 'SUSPENDED' when 1 then 'EXITED' else 'ACTIVE' end,"
                + " current_date - 30, 'bench', now()"
                + " from generate_series(1, 10000) g");
        fixtures.sql("insert into lawyer_specialty (lawyer_id, specialty)"
                + " select " + (BASE + 100_000) + " + g, s from generate_series(1, 10000) g,"
                + " unnest(array_remove(array[case when g % 3 = 0 then 'CRIMINAL' end, case when g % 2 = 0 or g % 3 = 1 then 'CIVIL' end,"
                + " case when g % 5 = 0 then 'LABOUR' end, case when g % 4 = 1 then 'FAMILY' end,"
                + " case when g % 9 = 0 then 'ADMINISTRATIVE' end, case when g % 11 = 0 then 'JUVENILE' end], null)) s");
        fixtures.sql("insert into lawyer_language (lawyer_id, language_code)"
                + " select " + (BASE + 100_000) + " + g, l from generate_series(1, 10000) g,"
                + " unnest(array_remove(array['zh', case when g % 50 = 0 then 'csl' end, case when g % 30 = 0 then 'yue' end,"
                + " case when g % 97 = 0 then 'en' end], null)) l");
        fixtures.sql("insert into lawyer_region (lawyer_id, region_code)"
                + " select " + (BASE + 100_000) + " + g, '81000' || (((g - 1) % 1000 + 1) % 10) from generate_series(1, 10000) g"
                + " union all select " + (BASE + 100_000) + " + g, '81000' || ((((g - 1) % 1000 + 1) % 10 + 3) % 10)"
                + " from generate_series(1, 10000) g where g % 4 = 0");
        // A year of history: 30,000 assignments of lawyers (and their firms) to past clients.
        fixtures.sql("insert into assignment (id, unit_id, subject_type, subject_id, lawyer_id, firm_id, assigned_at, assigned_on,"
                + " assigned_by, candidate_rank, notice_number, letter_number, closed_on, current_subject_id, subject_label, client_key)"
                + " select " + (BASE + 1_000_000) + " + g, ?, 'APPLICATION', " + (BASE + 2_000_000) + " + g,"
                + " " + (BASE + 100_000) + " + ((g * 7919) % 10000) + 1, " + BASE + " + (((g * 7919) % 10000) % 1000) + 1,"
                + " now() - (g % 365) * interval '1 day', current_date - (g % 365), 'bench', 1, 'BN-' || g, 'BL-' || g,"
                + " case when g % 5 <> 0 then current_date - (g % 365) + 30 end, " + (BASE + 2_000_000) + " + g,"
                + " '#' || g || ' 客户' || g, 'NB:客户' || g || '|?'"
                + " from generate_series(1, 30000) g", unitId);
        fixtures.sql("insert into lawyer_interest (id, lawyer_id, relation, party_name, party_key, recorded_by, recorded_at)"
                + " select " + (BASE + 3_000_000) + " + g, " + (BASE + 100_000) + " + ((g * 131) % 10000) + 1,"
                + " (array['CLIENT', 'FIRM_CLIENT', 'RELATIVE'])[g % 3 + 1], '对方' || g, 'NB:对方' || g || '|?', 'bench', now()"
                + " from generate_series(1, 5000) g");
        for (String table : new String[]{"law_firm", "lawyer", "lawyer_specialty", "lawyer_language", "lawyer_region",
                "assignment", "lawyer_interest"}) {
            fixtures.sql("analyze " + table);
        }
    }

    /** A granted civil application (maintenance) whose opposing party, 客户77, was a client in the history. */
    private long grantedApplication(Fixtures.Tree tree, String region) throws Exception {
        As clerk = As.user(tree.user("clerk"), Role.INTAKE_CLERK);
        As.user(tree.user("admin"), Role.SYSTEM_ADMIN).run(() -> {
            NewHardshipStandard s = new NewHardshipStandard();
            s.setRegionCode(region);
            s.setRegionName("基准区");
            s.setYear(LocalDate.now().getYear());
            s.setMinimumLivingStandard(new BigDecimal("1000.00"));
            s.setMultiplier(new BigDecimal("2"));
            s.setBasis("基准");
            means.setStandard(s);
        });
        String first17 = "370202" + LocalDate.now().minusYears(70).toString().replace("-", "") + "123";
        NewApplicant person = new NewApplicant();
        person.setIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        person.setFullName("基准申请人");
        person.setHouseholdSize(2);
        person.setHouseholdMonthlyIncome(new BigDecimal("900.00"));
        person.setLocalResident(true);
        Applicant who = clerk.call(() -> applicants.register(person).applicant());
        NewApplication f = new NewApplication();
        f.setApplicantId(who.getId());
        f.setMatterType(MatterType.CIVIL);
        f.setMatterCategory(MatterCategory.ELDER_SUPPORT);
        f.setFacts("子女拒不支付赡养费。");
        f.setChannel(ApplicationChannel.CENTRE_WINDOW);
        f.setRegionCode(region);
        f.setOpposingPartyName("客户77");
        f.setDocuments(EnumSet.of(SupportingDocument.IDENTITY, SupportingDocument.MATTER_MATERIALS));
        Application a = clerk.call(() -> applications.submit(f));
        Application accepted = clerk.call(() -> applications.accept(a.getId(), JurisdictionGround.HANDLING_ORGAN_LOCATION, a.getVersion()));
        Application proposed = As.user(tree.user("reviewer"), Role.REVIEWER).call(() -> applications.propose(a.getId(), true,
                HardshipVerification.INFORMATION_SHARING, "符合条件。", accepted.getVersion()));
        return As.user(tree.user("approver"), Role.APPROVER).call(() -> applications.approve(a.getId(), proposed.getVersion())).getId();
    }

    private static double med(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
