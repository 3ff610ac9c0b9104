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
import org.legalaid.shared.ChinaTime;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Deadline screens: the administrator's holiday calendar, a clerk's overdue count and list")
class DeadlineScreenIT {

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

    private void signInAsNew(Api.Staff staff) {
        browser.signIn(staff.username(), staff.password());
        browser.changePassword(staff.password(), TestPasswords.fresh());
    }

    @Test
    void anAdministratorAddsAHolidayAndSeesItListed() {
        signInAsNew(api.createAccount(tree.user("admin"), "吴管理", tree.centre(), "SYSTEM_ADMIN"));
        browser.open("admin/holidays.xhtml");
        // A year of this test's own: the calendar is shared by everyone.
        int year = ThreadLocalRandom.current().nextInt(2300, 2900);
        LocalDate day = LocalDate.of(year, 5, 1);
        browser.type(By.id("dayForm:name"), "劳动节");
        // Typed as from the notice; the calendar opens only from its button, so nothing covers the form.
        browser.type(By.id("dayForm:date_input"), day.toString());
        browser.waitInvisible(By.id("dayForm:date_panel"));
        browser.clickAndWaitForAjax(By.id("dayForm:add"));

        assertEquals("已添加" + day + "。", browser.awaitMessages());
        String table = browser.text(By.id("listForm:table"));
        assertTrue(table.contains(year + "年5月1日") && table.contains("劳动节") && table.contains("放假"), table);
        assertEquals(String.valueOf(year), browser.text(By.id("listForm:year_label")), "the list shows the day's year");
    }

    @Test
    @DisplayName("a time limit of 0 days is refused in Chinese inside the dialog, and the limit stays 7 days (LAL art. 43)")
    void aLimitOfZeroIsRefusedInTheDialogAndNothingChanges() {
        signInAsNew(api.createAccount(tree.user("admin"), "陈管理", tree.centre(), "SYSTEM_ADMIN"));
        browser.open("admin/time-limits.xhtml");
        assertTrue(browser.text(By.id("listForm:table")).contains("作出是否给予法律援助的决定"));
        browser.clickAndWaitForAjax(By.id("listForm:table:0:edit"));
        browser.waitVisible(By.id("editDialog"));
        assertEquals("作出是否给予法律援助的决定", browser.text(By.id("editStep")));
        WebElement amount = browser.find(By.id("editForm:amount_input"));
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "0");
        browser.clickAndWaitForAjax(By.id("editForm:save"));

        browser.awaitMessages();
        assertEquals("期限至少为1（填写的是0）。", browser.text(By.id("editForm:editMessages")));
        assertTrue(browser.find(By.id("editDialog")).isDisplayed(), "the dialog stays open for correction");
        String firstRow = browser.text(By.cssSelector("[id='listForm:table_data'] tr:first-child"));
        assertTrue(firstRow.contains("7 日"), firstRow);
    }

    @Test
    void aClerksDashboardShowsTheOverdueCountAndLinksToTheList() throws SQLException {
        Api.Staff clerk = api.createAccount(tree.user("clerk"), "冯受理", tree.district(), "INTAKE_CLERK");
        long subjectId = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000_000L);
        String label = "FY-测试-" + tree.suffix() + " 王秀兰";
        insertOverdueDecision(tree.district().id(), subjectId, label);

        signInAsNew(clerk);
        browser.open("index.xhtml");
        assertTrue(browser.text(By.id("overdue")).startsWith("1"), browser.text(By.id("overdue")));
        assertTrue(browser.text(By.id("paused")).startsWith("0"), browser.text(By.id("paused")));

        browser.clickAndWaitForPage(By.id("overdue"));
        assertEquals("intake/deadlines.xhtml", browser.path());
        assertEquals("已超期", browser.text(By.id("listForm:status_label")), "the list opens filtered");
        String table = browser.text(By.id("listForm:table"));
        assertTrue(table.contains(label) && table.contains("作出是否给予法律援助的决定") && table.contains("已超期"), table);
        String href = browser.find(By.linkText(label)).getAttribute("href");
        assertTrue(href.endsWith("intake/application.xhtml?id=" + subjectId), href);
    }

    /**
     * An application received ten days ago whose 7-day decision clock (LAL art. 43) has run out,
     * written as the intake service's clock would write it. Its id comes from the table's sequence
     * like the application's own: EclipseLink takes the 50 ids up to each value it draws, so a value
     * drawn here is never handed out again.
     */
    private static void insertOverdueDecision(long unitId, long subjectId, String label) throws SQLException {
        LocalDateTime started = LocalDateTime.now(ChinaTime.ZONE).minusDays(10);
        try (Connection c = DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                System.getenv("LEGALAID_DB_PASSWORD"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select nextval('clock_item_seq')");
             PreparedStatement insert = c.prepareStatement("insert into clock_item (id, unit_id, subject_type, subject_id,"
                     + " subject_label, step, started_at, limit_amount, limit_unit, limit_moves_off_rest_day, due_at, open_flag)"
                     + " values (?, ?, 'Application', ?, ?, 'DECIDE_APPLICATION', ?, 7, 'CALENDAR_DAYS', false, ?, true)")) {
            rs.next();
            insert.setLong(1, rs.getLong(1));
            insert.setLong(2, unitId);
            insert.setLong(3, subjectId);
            insert.setString(4, label);
            insert.setObject(5, started);
            insert.setObject(6, started.toLocalDate().plusDays(8).atStartOfDay());
            assertEquals(1, insert.executeUpdate());
        }
    }
}
