package org.legalaid.it.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.legalaid.it.Deployments;
import org.legalaid.it.TestPasswords;
import org.openqa.selenium.By;

import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lawyer pool's quota dashboard and duty roster as the assignment officer uses them: the year's
 * progress of a lawyer (义务量, LAL art. 16, 60), and the roster refusing to put a lawyer in two
 * places at once (LAL art. 14) with its Chinese message. The pool's rows are written straight into
 * the database (the registry's screens are another part of the work), for a year of the test's own.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Quota dashboard and duty roster screens: a lawyer's progress, a double booking refused in Chinese")
class QuotaDashboardScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    private Api api;
    private Api.Tree tree;

    @BeforeEach
    void ownTree() {
        api = new Api(baseUrl);
        browser.reset(baseUrl);
        tree = api.tree();
    }

    @Test
    void theOfficerSeesALawyersProgressAndTheRosterRefusesADoubleBooking() throws SQLException {
        Api.Staff officer = api.createAccount(tree.user("officer"), "褚指派", tree.centre(), "ASSIGNMENT_OFFICER");
        String name = "秦律师" + tree.suffix();
        LocalDate today = LocalDate.now(org.legalaid.shared.ChinaTime.ZONE);
        int year;
        try (Connection c = DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                System.getenv("LEGALAID_DB_PASSWORD"))) {
            // the quota rule is one per year for the whole city: a year no other test has taken
            year = yearWithoutRule(c);
            long rule = next(c, "quota_rule_seq");
            update(c, "insert into quota_rule (id, rule_year, cases_per_lawyer, firm_mode, updated_by, updated_at)"
                    + " values (?, ?, 6, 'SUM_OF_LAWYERS', 'test', ?)", rule, year, OffsetDateTime.now());
            update(c, "insert into quota_credit_rule (rule_id, credit_kind, units_per_case) values (?, 'DUTY_DAY', 4)", rule);
            long firm = next(c, "law_firm_seq");
            update(c, "insert into law_firm (id, unit_id, kind, name, credit_code, region_code, address, contact_person, contact_phone,"
                    + " created_by, created_at) values (?, ?, 'LAW_FIRM', ?, ?, '370202', '测试路1号', '王主任', '0532-1234567', 'test', ?)",
                    firm, tree.centre().id(), "屏测律所" + tree.suffix(), "S" + digits(17), OffsetDateTime.now());
            long lawyer = next(c, "lawyer_seq");
            update(c, "insert into lawyer (id, firm_id, kind, name, id_number, sex, birth_date, licence_number, licence_date,"
                    + " max_open_cases, status, status_since, created_by, created_at) values (?, ?, 'LAWYER', ?, ?, 'MALE',"
                    + " DATE '1980-01-01', ?, DATE '2010-01-01', 10, 'ACTIVE', DATE '2020-01-01', 'test', ?)",
                    lawyer, firm, name, digits(18), "S" + digits(16), OffsetDateTime.now());
            update(c, "insert into quota_reduction (id, lawyer_id, quota_year, reason, cases, recorded_by, recorded_at)"
                    + " values (?, ?, ?, 'ILLNESS', 2, 'test', ?)", next(c, "quota_reduction_seq"), lawyer, year, OffsetDateTime.now());
            long station = next(c, "duty_station_seq");
            update(c, "insert into duty_station (id, unit_id, station_type, name, region_code) values (?, ?, 'COURT', '屏测人民法院', '370202')",
                    station, tree.centre().id());
            // Two duty days in the test's year (credited 2 / 4 = 0.50) and this morning's duty for the double booking.
            for (Object[] d : new Object[][]{{LocalDate.of(year, 4, 1), "MORNING"}, {LocalDate.of(year, 4, 2), "AFTERNOON"},
                    {today, "MORNING"}}) {
                update(c, "insert into duty_shift (id, station_id, lawyer_id, duty_date, half_day, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, 'test', ?)", next(c, "duty_shift_seq"), station, lawyer, d[0], d[1], OffsetDateTime.now());
            }
        }

        browser.signIn(officer.username(), officer.password());
        browser.changePassword(officer.password(), TestPasswords.fresh());
        browser.open("lawyers/quotas.xhtml");
        browser.choose("yearForm:year", String.valueOf(year));
        browser.waitVisible(By.id("ruleSummary"));
        browser.type(By.id("lawyersForm:text"), name);
        browser.clickAndWaitForAjax(By.id("lawyersForm:search"));
        browser.waitForText(By.id("lawyersForm:lawyers"), name);
        String row = browser.text(By.cssSelector("[id='lawyersForm:lawyers_data'] tr:first-child"));
        // quota 6 − 2 = 4; credited 0.50; remaining 3.50; fulfilment 0.5 / 4 = 12.50%
        assertTrue(row.contains(name) && row.contains("6.00") && row.contains("2.00") && row.contains("0.50")
                && row.contains("3.50") && row.contains("12.50%"), row);

        browser.open("lawyers/roster.xhtml");
        browser.openDialog(By.id("rosterForm:addShift"), "addDialog");
        browser.press("addForm:shift", "上午");
        browser.type(By.id("addForm:lawyerSearch"), name);
        browser.clickAndWaitForAjax(By.id("addForm:findLawyers"));
        browser.waitForText(By.id("addForm:lawyer_label"), name);
        browser.clickAndWaitForAjax(By.id("addForm:save"));
        browser.awaitMessages();
        assertEquals("该律师" + today + "上午已有值班安排，一名律师同一时段不能在两处值班。", browser.text(By.id("addForm:addMessages")));
        assertTrue(browser.find(By.id("addDialog")).isDisplayed(), "the dialog stays open");
    }

    @Test
    @DisplayName("a negative quota is refused in Chinese and nothing saved; stations are added; the assessment list opens")
    void aNegativeQuotaIsRefusedAndTheOtherScreensWork() {
        Api.Staff supervisor = api.createAccount(tree.user("sup"), "钱监督", tree.centre(), "BUREAU_SUPERVISOR");
        browser.signIn(supervisor.username(), supervisor.password());
        browser.changePassword(supervisor.password(), TestPasswords.fresh());
        browser.open("lawyers/quota-rules.xhtml");
        browser.typeNumber("ruleForm:casesPerLawyer", "-1");
        browser.clickAndWaitForAjax(By.id("ruleForm:save"));
        assertEquals("数量不能为负数：-1", browser.awaitMessages());
        browser.open("lawyers/assessments.xhtml");
        assertTrue(browser.isPresent(By.id("listForm:table")), "the assessment list opens");
        browser.signOut();

        Api.Staff officer = api.createAccount(tree.user("officer"), "卫指派", tree.centre(), "ASSIGNMENT_OFFICER");
        browser.signIn(officer.username(), officer.password());
        browser.changePassword(officer.password(), TestPasswords.fresh());
        browser.open("lawyers/stations.xhtml");
        browser.choose("addForm:type", "看守所");
        browser.type(By.id("addForm:name"), "屏测看守所");
        browser.type(By.id("addForm:regionCode"), "370202");
        browser.clickAndWaitForAjax(By.id("addForm:save"));
        assertEquals("值班点“屏测看守所”已添加。", browser.awaitMessages());
        assertTrue(browser.text(By.id("listForm:table")).contains("屏测看守所"));
        browser.open("lawyers/roster.xhtml");
        assertTrue(browser.text(By.id("rosterForm:station_label")).contains("屏测看守所"), "the roster offers the new station");
    }

    private static long next(Connection c, String sequence) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select nextval('" + sequence + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i] instanceof BigDecimal b ? b : args[i]);
            }
            assertEquals(1, p.executeUpdate());
        }
    }

    private static String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(ThreadLocalRandom.current().nextInt(10));
        }
        return b.toString();
    }

    private static int yearWithoutRule(Connection c) throws SQLException {
        while (true) {
            int year = ThreadLocalRandom.current().nextInt(2100, 2999);
            try (java.sql.PreparedStatement ps = c.prepareStatement("select count(*) from quota_rule where rule_year = ?")) {
                ps.setInt(1, year);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return year;
                    }
                }
            }
        }
    }
}
