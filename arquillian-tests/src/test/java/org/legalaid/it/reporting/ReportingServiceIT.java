package org.legalaid.it.reporting;

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
import org.legalaid.intake.ConsultationChannel;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.NewConsultation;
import org.legalaid.intake.boundary.ConsultationService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.cases.CaseFixtures;
import org.legalaid.reporting.Figures;
import org.legalaid.reporting.Period;
import org.legalaid.reporting.ReportKind;
import org.legalaid.reporting.SubmittedReport;
import org.legalaid.reporting.TargetMeasure;
import org.legalaid.reporting.boundary.Comparison;
import org.legalaid.reporting.boundary.ReportOverview;
import org.legalaid.reporting.boundary.ReportService;
import org.legalaid.reporting.boundary.StatisticsService;
import org.legalaid.reporting.boundary.TargetService;
import org.legalaid.reporting.boundary.TargetView;
import org.legalaid.reporting.boundary.UnitReport;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.Role;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Reporting: figures counted by their contexts, reports submitted upward and rolled up, corrections, targets (issue 17)")
class ReportingServiceIT {

    private static final String HOTLINE = "consultations.channel.HOTLINE_12348";
    private static final String WINDOW = "consultations.channel.WINDOW";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(Stream.concat(Stream.of(ReportingServiceIT.class, ReportingSql.class),
                Stream.of(CaseFixtures.CLASSES)).toArray(Class<?>[]::new));
    }

    @Inject
    private CaseFixtures f;

    @Inject
    private ReportingSql sql;

    @Inject
    private ConsultationService consultations;

    @Inject
    private StatisticsService statistics;

    @Inject
    private ReportService reports;

    @Inject
    private TargetService targets;

    @Inject
    private org.legalaid.reporting.boundary.DisclosureService disclosure;

    @Inject
    private org.legalaid.lawyers.boundary.RosterService roster;

    @Inject
    private org.legalaid.lawyers.boundary.QuotaService quotas;

    @Inject
    private org.legalaid.it.Fixtures fixtures;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private As clerkA;
    private As clerkB;
    private As directorA;
    private As directorB;
    private As city;

    @BeforeEach
    void setUp() throws Exception {
        f.setUp();
        clerkA = f.clerk;
        directorA = f.approver;
        clerkB = f.staff("clerkB", f.tree().districtB(), Role.INTAKE_CLERK);
        directorB = f.staff("directorB", f.tree().districtB(), Role.APPROVER);
        city = f.bureau;
    }

    /** Last month on China's calendar: ended, so its report may be submitted. */
    private static YearMonth lastMonth() {
        return YearMonth.now(ChinaTime.ZONE).minusMonths(1);
    }

    private void consult(As clerk, ConsultationChannel channel, YearMonth month, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            NewConsultation c = new NewConsultation();
            c.setChannel(channel);
            c.setTopic(MatterCategory.LABOUR_REMUNERATION);
            c.setConsultedAt(LocalDateTime.of(month.atDay(10 + i), java.time.LocalTime.of(9, 30)));
            c.setQuestion("拖欠工资怎么办？");
            c.setAnswer("可申请劳动仲裁，并可申请法律援助。");
            clerk.call(() -> consultations.record(c));
        }
    }

    @Test
    void aDistrictSubmitsItsMonthAndTheCitysRollUpIsTheSumOfTheSubmittedUnits() throws Exception {
        YearMonth m = lastMonth();
        Period month = Period.month(m);
        consult(clerkA, ConsultationChannel.HOTLINE_12348, m, 2);
        consult(clerkA, ConsultationChannel.WINDOW, m, 1);
        consult(clerkB, ConsultationChannel.HOTLINE_12348, m, 3);

        Figures preparedA = directorA.call(() -> reports.prepare(ReportKind.MONTHLY, month));
        assertEquals(2, preparedA.get(HOTLINE));
        SubmittedReport a = directorA.call(() -> reports.submit(ReportKind.MONTHLY, month, "已核对"));
        SubmittedReport b = directorB.call(() -> reports.submit(ReportKind.MONTHLY, month, null));
        assertEquals(1, a.getReportVersion());
        assertEquals(f.username("approver"), a.getSubmittedBy());
        assertEquals(preparedA, a.figures());

        ReportOverview seen = city.call(() -> reports.overview(f.tree().centre().id(), ReportKind.MONTHLY, month));
        assertEquals(2, seen.units().size(), "the two district centres report to the city");
        assertEquals(2, seen.submittedCount());
        assertEquals(a.figures().plus(b.figures()), seen.rollUp());
        assertEquals(5, seen.rollUp().get(HOTLINE));
        assertEquals(1, seen.rollUp().get(WINDOW));

        // a consultation recorded after the submission changes the live figures, not the frozen report
        consult(clerkA, ConsultationChannel.HOTLINE_12348, m, 1);
        assertEquals(3, directorA.call(() -> reports.prepare(ReportKind.MONTHLY, month)).get(HOTLINE));
        assertEquals(5, city.call(() -> reports.overview(f.tree().centre().id(), ReportKind.MONTHLY, month)).rollUp().get(HOTLINE));
        assertEquals(1, sql.count("select count(*) from audit_entry where entity_type = 'SubmittedReport' and entity_id = ?",
                String.valueOf(a.getId())));
    }

    @Test
    void aUnitThatHasNotSubmittedAfterTheDueDateIsListedLate() throws Exception {
        Period month = Period.month(lastMonth().minusMonths(2));
        directorA.run(() -> reports.submit(ReportKind.MONTHLY, month, null));
        ReportOverview seen = city.call(() -> reports.overview(f.tree().centre().id(), ReportKind.MONTHLY, month));
        UnitReport b = seen.units().stream().filter(u -> u.unitId() == f.tree().districtB().id()).findFirst().orElseThrow();
        assertFalse(b.submitted());
        assertTrue(b.late(), "due " + b.dueOn() + ", nothing submitted");
        assertTrue(seen.late().contains(b));
        UnitReport a = seen.units().stream().filter(u -> u.unitId() == f.tree().districtA().id()).findFirst().orElseThrow();
        assertTrue(a.submitted());
        assertTrue(a.late(), "submitted today, after " + a.dueOn());
        assertEquals(1, seen.submittedCount());
    }

    @Test
    void aCorrectionIsANewVersionWithItsReasonAndTheFirstStaysAsItWas() throws Exception {
        YearMonth m = lastMonth();
        Period month = Period.month(m);
        consult(clerkA, ConsultationChannel.HOTLINE_12348, m, 1);
        SubmittedReport v1 = directorA.call(() -> reports.submit(ReportKind.MONTHLY, month, null));
        assertEquals("reporting.report.alreadySubmitted", assertThrows(BusinessException.class,
                () -> directorA.call(() -> reports.submit(ReportKind.MONTHLY, month, null))).messageKey());

        consult(clerkA, ConsultationChannel.HOTLINE_12348, m, 1);
        assertEquals("reporting.report.reasonRequired", assertThrows(BusinessException.class,
                () -> directorA.call(() -> reports.correct(ReportKind.MONTHLY, month, 1, " ", null))).messageKey());
        SubmittedReport v2 = directorA.call(() -> reports.correct(ReportKind.MONTHLY, month, 1, "漏报一次热线咨询", null));
        assertEquals(2, v2.getReportVersion());
        assertEquals("漏报一次热线咨询", v2.getCorrectionReason());
        assertEquals(2, v2.figures().get(HOTLINE));
        assertEquals("reporting.report.changed", assertThrows(BusinessException.class,
                () -> directorA.call(() -> reports.correct(ReportKind.MONTHLY, month, 1, "再次更正", null))).messageKey());

        List<SubmittedReport> versions = city.call(() -> reports.findVersions(f.tree().districtA().id(), ReportKind.MONTHLY, month));
        assertEquals(List.of(2, 1), versions.stream().map(SubmittedReport::getReportVersion).toList());
        assertEquals(1, versions.get(1).figures().get(HOTLINE), "the first version keeps its figures");
        assertEquals(v1.getId(), versions.get(1).getId());
        assertEquals(2, city.call(() -> reports.overview(f.tree().centre().id(), ReportKind.MONTHLY, month)).rollUp().get(HOTLINE),
                "the roll-up takes the latest version");

        // the version as an official document (PDF): its version and reason, the figures labelled, small counts as "<5"
        org.legalaid.shared.pdf.OfficialDocumentContent doc = city.call(() -> reports.document(v2.getId(),
                java.util.Map.of(HOTLINE, "咨询（按渠道）· 12348热线")));
        String text = doc.toString();
        assertTrue(doc.title().contains(month.chineseName()) && doc.title().contains("月报告"), doc.title());
        assertTrue(text.contains("第2版") && text.contains("漏报一次热线咨询"), text);
        assertTrue(text.contains("咨询（按渠道）· 12348热线") && text.contains("<5"), text);
        assertTrue(text.contains("测试" + f.username("approver")), "the submitter by the account's name: " + text);
        assertThrows(org.legalaid.shared.NotFoundException.class, () -> directorB.call(() -> reports.document(v2.getId(),
                java.util.Map.of())), "another district's report is not found");
    }

    @Test
    void twoSubmissionsOfTheSameReportAtOnceLeaveOneVersion() throws Exception {
        Period month = Period.month(lastMonth());
        As directorA2 = f.staff("directorA2", f.tree().districtA(), Role.APPROVER);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (As who : List.of(directorA, directorA2)) {
            results.add(executor.submit(() -> {
                start.await();
                try {
                    who.call(() -> reports.submit(ReportKind.MONTHLY, month, null));
                    return "ok";
                } catch (BusinessException e) {
                    return e.messageKey();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> r : results) {
            outcomes.add(r.get());
        }
        assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertTrue(outcomes.contains("reporting.report.alreadySubmitted"), outcomes.toString());
        assertEquals(1, sql.count("select count(*) from reporting_report where unit_id = ? and kind = 'MONTHLY' and period_start = ?",
                f.tree().districtA().id(), Date.valueOf(month.start())));
    }

    @Test
    void theFiguresEqualCountsMadeBySql() throws Exception {
        f.civilCase();
        f.criminalCase();
        consult(clerkA, ConsultationChannel.HOTLINE_12348, lastMonth(), 1);
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        // from the first of last month to today: last month's consultation and today's cases
        Period year = Period.custom(lastMonth().atDay(1), today);
        long a = f.tree().districtA().id();
        long ws = f.tree().stationA().id();
        long b = f.tree().districtB().id();
        Figures city = this.city.call(() -> statistics.figures(f.tree().centre().id(), year));
        String units = "(" + a + "," + ws + "," + b + "," + f.tree().centre().id() + ")";
        long opened = sql.count("select count(*) from legal_case where unit_id in " + units + " and assigned_on between ? and ?",
                Date.valueOf(year.start()), Date.valueOf(year.end()));
        assertEquals(2, opened);
        assertEquals(opened, city.get("cases.opened"));
        assertEquals(sql.count("select count(*) from application where unit_id in " + units + " and received_at >= ? and received_at < ?",
                java.sql.Timestamp.valueOf(year.start().atStartOfDay()), java.sql.Timestamp.valueOf(year.endExclusive().atStartOfDay())),
                city.get("applications.received"));
        assertEquals(sql.count("select count(*) from application where unit_id in " + units + " and status = 'GRANTED'"),
                city.get("applications.granted"));
        assertEquals(sql.count("select count(*) from criminal_notice where unit_id in " + units), city.get("notices.received"));
        assertEquals(1, city.get("notices.organ.COURT"));
        assertEquals(sql.count("select count(*) from consultation where unit_id in " + units + " and channel = 'HOTLINE_12348'"),
                city.get(HOTLINE));
        assertEquals(sql.count("select count(*) from clock_item where unit_id in " + units
                        + " and step = 'DECIDE_APPLICATION' and completed_at is not null and late = false"),
                city.get("clocks.DECIDE_APPLICATION.inTime"));

        // district B sees its own subtree only: none of A's cases, and A's unit is not found
        assertEquals(0, directorB.call(() -> statistics.figures(b, year)).get("cases.opened"));
        assertThrows(org.legalaid.shared.NotFoundException.class, () -> directorB.call(() -> statistics.figures(a, year)));

        Comparison yoy = this.city.call(() -> statistics.compare(f.tree().centre().id(), year));
        assertEquals(0, yoy.previous().get("cases.opened"));
        assertTrue(yoy.growth("cases.opened").isEmpty(), "no growth rate from nothing");
    }

    @Test
    @DisplayName("duty-lawyer service, quota fulfilment and applicant categories are counted by their contexts and equal counts made by SQL")
    void theFiguresOfTheOtherContextsEqualCountsMadeBySql() throws Exception {
        YearMonth m = lastMonth();
        Period month = Period.month(m);
        long a = f.tree().districtA().id();
        String subtree = "(" + a + "," + f.tree().stationA().id() + ")";

        // duty-lawyer service: a full day at a court (two half-days) and a morning at a detention centre
        long lawyer = f.lawyer("值班律师" + f.tree().suffix());
        long court = f.officer.call(() -> roster.addStation(station(org.legalaid.lawyers.StationType.COURT, "法院值班点"
                + f.tree().suffix()))).getId();
        long jail = f.officer.call(() -> roster.addStation(station(org.legalaid.lawyers.StationType.DETENTION_CENTRE, "看守所值班点"
                + f.tree().suffix()))).getId();
        f.officer.run(() -> roster.addShift(court, lawyer, m.atDay(10), org.legalaid.lawyers.Shift.FULL_DAY));
        f.officer.run(() -> roster.addShift(jail, lawyer, m.atDay(11), org.legalaid.lawyers.Shift.MORNING));
        // and one the month after, which the month does not count
        f.officer.run(() -> roster.addShift(jail, lawyer, m.plusMonths(1).atDay(1), org.legalaid.lawyers.Shift.MORNING));

        Figures district = directorA.call(() -> statistics.figures(a, month));
        assertEquals(2, district.get("duty.halfDays.station.COURT"));
        assertEquals(1, district.get("duty.halfDays.station.DETENTION_CENTRE"));
        assertEquals(sql.count("select count(*) from duty_shift d join duty_station s on s.id = d.station_id where s.unit_id in "
                + subtree + " and d.duty_date between ? and ?", Date.valueOf(month.start()), Date.valueOf(month.end())),
                district.get("duty.halfDays"));
        assertEquals(0, directorB.call(() -> statistics.figures(f.tree().districtB().id(), month)).get("duty.halfDays"),
                "district B's stations are not A's");

        // applicant categories: an elderly applicant today, counted once under ELDERLY
        f.submitted("李秀英", org.legalaid.intake.SpecialCategory.ELDERLY);
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        Period day = Period.custom(today, today);
        Figures todays = directorA.call(() -> statistics.figures(a, day));
        assertEquals(1, todays.get("applications.category.ELDERLY"));
        assertEquals(sql.count("select count(*) from application p join applicant_category c on c.applicant_id = p.applicant_id"
                        + " where p.unit_id in " + subtree + " and c.category = 'ELDERLY' and p.received_at >= ? and p.received_at < ?",
                java.sql.Timestamp.valueOf(today.atStartOfDay()), java.sql.Timestamp.valueOf(today.plusDays(1).atStartOfDay())),
                todays.get("applications.category.ELDERLY"));

        // quota fulfilment: in a year with a quota of 1 case a lawyer and nothing assigned, every lawyer of A's
        // firms has a quota and none has fulfilled it
        int year = fixtures.yearWithoutQuotaRule();
        org.legalaid.lawyers.QuotaRuleForm rule = new org.legalaid.lawyers.QuotaRuleForm();
        rule.setYear(year);
        rule.setCasesPerLawyer(1);
        rule.setFirmMode(org.legalaid.lawyers.FirmQuotaMode.SUM_OF_LAWYERS);
        city.run(() -> quotas.saveRule(rule, null));
        Figures ofYear = city.call(() -> statistics.figures(a, Period.year(year)));
        assertEquals(sql.count("select count(*) from lawyer l join law_firm m on m.id = l.firm_id where m.unit_id in " + subtree
                + " and l.status <> 'EXITED'"), ofYear.get("quota.lawyers"));
        assertTrue(ofYear.get("quota.lawyers") >= 1, ofYear.toString());
        assertEquals(0, ofYear.get("quota.lawyers.fulfilled"));
    }

    private static org.legalaid.lawyers.NewDutyStation station(org.legalaid.lawyers.StationType type, String name) {
        org.legalaid.lawyers.NewDutyStation s = new org.legalaid.lawyers.NewDutyStation();
        s.setType(type);
        s.setName(name);
        s.setRegionCode("370202");
        return s;
    }

    @Test
    void targetsAreDataAndTheirProgressCountsTheYear() throws Exception {
        f.civilCase();
        int year = LocalDate.now(ChinaTime.ZONE).getYear();
        long a = f.tree().districtA().id();
        city.run(() -> targets.setTarget(a, year, TargetMeasure.CASES, BigDecimal.valueOf(120), null));
        BusinessException negative = assertThrows(BusinessException.class,
                () -> city.run(() -> targets.setTarget(a, year, TargetMeasure.WORKSTATION_SHARE, BigDecimal.valueOf(-5), null)));
        assertEquals("reporting.target.negative", negative.messageKey());
        List<TargetView> progress = city.call(() -> targets.progress(f.tree().centre().id(), year));
        assertEquals(1, progress.size(), "the refused target left nothing");
        TargetView cases = progress.get(0);
        assertEquals(TargetMeasure.CASES, cases.measure());
        assertEquals(0, new BigDecimal("1").compareTo(cases.progress().reached()));
        assertEquals(1, sql.count("select count(*) from audit_entry where entity_type = 'Target' and entity_id = ?",
                String.valueOf(cases.targetId())));
        // a change needs the version the supervisor saw
        assertEquals("error.staleData", assertThrows(BusinessException.class,
                () -> city.run(() -> targets.setTarget(a, year, TargetMeasure.CASES, BigDecimal.valueOf(130), null))).messageKey());
        city.run(() -> targets.setTarget(a, year, TargetMeasure.CASES, BigDecimal.valueOf(130), cases.version()));
        // only the bureau's supervisor sets targets
        assertThrows(EJBAccessException.class,
                () -> directorA.run(() -> targets.setTarget(a, year, TargetMeasure.CASES, BigDecimal.ONE, null)));
    }

    @Test
    void badInputIsRefusedWithAClearMessage() throws Exception {
        assertEquals("reporting.period.endsBeforeStart", assertThrows(BusinessException.class,
                () -> city.call(() -> statistics.figures(f.tree().centre().id(),
                        Period.custom(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1))))).messageKey());
        assertEquals("reporting.report.periodKind", assertThrows(BusinessException.class,
                () -> directorA.call(() -> reports.submit(ReportKind.MONTHLY, Period.quarter(2026, 1), null))).messageKey());
        Period thisMonth = Period.month(YearMonth.now(ChinaTime.ZONE));
        assertEquals("reporting.report.notEnded", assertThrows(BusinessException.class,
                () -> directorA.call(() -> reports.submit(ReportKind.MONTHLY, thisMonth, null))).messageKey());
        // the city's supervisor reads reports but submits none
        assertThrows(EJBAccessException.class, () -> city.call(() -> reports.submit(ReportKind.MONTHLY, Period.month(lastMonth()), null)));
    }

    private static java.net.http.HttpResponse<String> get(String path, String... headers) throws Exception {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        java.net.http.HttpRequest.Builder r = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/legalaid" + path));
        if (headers.length > 0) {
            r.headers(headers);
        }
        return java.net.http.HttpClient.newHttpClient().send(r.GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void nothingIsPublicUntilTheBureauPublishesAPeriodThenAnyoneReadsItWithoutASession() throws Exception {
        YearMonth firstOfLastQuarter = YearMonth.now(ChinaTime.ZONE).minusMonths(3);
        firstOfLastQuarter = firstOfLastQuarter.withMonth((firstOfLastQuarter.getMonthValue() - 1) / 3 * 3 + 1);
        Period quarter = Period.quarter(firstOfLastQuarter.getYear(), (firstOfLastQuarter.getMonthValue() + 2) / 3);
        consult(clerkA, ConsultationChannel.HOTLINE_12348, firstOfLastQuarter, 2);
        consult(clerkB, ConsultationChannel.WINDOW, firstOfLastQuarter, 6);
        String before = get("/api/v1/public/disclosure").body();
        assertFalse(before.contains("\"" + quarter.code() + "\""), before);

        city.run(() -> disclosure.publish(quarter));
        assertEquals("reporting.publication.exists", assertThrows(BusinessException.class,
                () -> city.run(() -> disclosure.publish(quarter))).messageKey());
        assertThrows(EJBAccessException.class, () -> directorA.run(() -> disclosure.publish(quarter)));

        java.net.http.HttpResponse<String> json = get("/api/v1/public/disclosure");
        assertEquals(200, json.statusCode());
        jakarta.json.JsonObject published = jakarta.json.Json.createReader(new java.io.StringReader(json.body())).readArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(o -> o.getString("period").equals(quarter.code()))
                .findFirst().orElseThrow();
        assertEquals("<5", published.getJsonObject("figures").getString(HOTLINE), "2 consultations leave the system as <5");
        assertEquals("6", published.getJsonObject("figures").getString(WINDOW));
        assertTrue(get("/api/v1/public/disclosure/csv").body().contains(quarter.code() + "," + quarter.chineseName()
                + ",consultations.channel.HOTLINE_12348,"));
        assertTrue(get("/api/v1/public/disclosure?format=csv").headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));

        java.net.http.HttpResponse<String> page = get("/public/disclosure?period=" + quarter.code());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(quarter.chineseName()), page.body());
        assertTrue(page.body().contains("12348"));
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session: " + page.headers().allValues("Set-Cookie"));
        assertTrue(json.headers().allValues("Set-Cookie").isEmpty());
        assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("public"));
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/public/disclosure", "If-None-Match", etag).statusCode());
        // the publication is frozen: a consultation recorded afterwards does not change it
        consult(clerkB, ConsultationChannel.WINDOW, firstOfLastQuarter, 1);
        assertEquals(6, disclosure.findPublished().stream().filter(p -> p.period().equals(quarter)).findFirst().orElseThrow()
                .figures().get(WINDOW));
    }
}
