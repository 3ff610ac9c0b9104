package org.legalaid.it.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.legalaid.it.Deployments;
import org.legalaid.reporting.Period;
import org.legalaid.shared.ChinaTime;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reporting screens (issue 17): a district centre's director submits last month's report and the
 * bureau's supervisor sees it among the units; the supervisor publishes last quarter, and the public
 * page — opened without signing in — shows it and gives the browser no session.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("The reporting screens (issue 17): a district submits its month, the city sees it; a quarter published is public")
class ReportingScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    @Test
    @DisplayName("a district submits its month and the city sees it; the bureau publishes a quarter and the public page shows it")
    void submitUpwardAndPublish() throws Exception {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Staff director = api.createAccount(tree.user("director"), "刘主任", tree.district(), "APPROVER");
        Api.Staff supervisor = api.createAccount(tree.user("bureau"), "陈监督", api.bureau(), "BUREAU_SUPERVISOR");

        // the district's director first looks at last month's statistics beside the same month a year earlier
        IntakeScreens.signInFirstTime(browser, director);
        YearMonth lastMonth = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
        browser.open("reporting/statistics.xhtml");
        browser.type(By.id("statsForm:period"), Period.month(lastMonth).code());
        browser.clickAndWaitForAjax(By.id("statsForm:show"));
        String stats = browser.text(By.id("rows"));
        assertTrue(stats.contains("办结案件") && stats.contains("值班律师服务（半天）") && stats.contains("收到投诉"), stats);
        browser.screenshot("reporting-statistics");

        // then computes, checks and submits last month's report
        browser.open("reporting/reports.xhtml");
        browser.clickAndWaitForAjax(By.id("reportsForm:prepare"));
        assertTrue(browser.isPresent(By.id("reportsForm:prepared")), "the figures are shown for checking");
        browser.clickConfirmAndWaitForAjax(By.id("reportsForm:submit"));
        assertTrue(browser.awaitMessages().contains("报表已报送"), browser.messages());
        assertTrue(browser.text(By.id("reportsForm:versions")).contains("刘主任"), browser.text(By.id("reportsForm:versions")));
        browser.screenshot("reporting-submitted");
        browser.signOut();

        // the bureau's supervisor sees the district among the units that submitted, and publishes last quarter
        IntakeScreens.signInFirstTime(browser, supervisor);
        assertTrue(browser.isPresent(By.id("reportingCard")), "the bureau's card of targets is on the workbench");
        browser.open("reporting/reports.xhtml");
        String units = browser.text(By.id("reportsForm:units"));
        assertTrue(units.contains(tree.district().name()), units);
        String row = browser.text(By.xpath("//tr[td[normalize-space()='" + tree.district().name() + "']]"));
        assertTrue(row.contains("已报送") && row.contains("刘主任"), row);
        // the roll-up of the submitted figures, and each submitted version as PDF
        String rollUp = browser.text(By.id("reportsForm:rollUp"));
        assertTrue(rollUp.contains("办结案件") && rollUp.contains("收到投诉"), rollUp);
        assertTrue(browser.isPresent(By.xpath("//tr[td[normalize-space()='" + tree.district().name() + "']]//a[contains(@href,'report.pdf?id=')]")),
                "the submitted version's PDF is linked");
        browser.screenshot("reporting-roll-up");
        YearMonth q = YearMonth.now(ChinaTime.ZONE).minusMonths(3);
        Period quarter = Period.quarter(q.getYear(), (q.getMonthValue() + 2) / 3);
        browser.type(By.id("publishForm:publishPeriod"), quarter.code());
        browser.clickConfirmAndWaitForAjax(By.id("publishForm:publish"));
        assertTrue(browser.awaitMessages().contains("已向社会公开"), browser.messages());
        assertTrue(browser.text(By.id("publishForm:published")).contains(quarter.chineseName()));
        browser.signOut();

        // anyone, without signing in: the public page shows the quarter, and no session is made
        browser.reset(baseUrl);
        browser.open("public/disclosure?period=" + quarter.code());
        assertTrue(browser.text(By.id("period")).contains(quarter.chineseName()), browser.source());
        assertTrue(browser.source().contains("12348"));
        assertTrue(browser.source().contains("法律援助经费使用情况") && browser.source().contains("案件质量评估结果")
                && browser.source().contains("投诉处理情况"), "LAL art. 58: fund use, quality, complaints");
        assertNull(browser.sessionId(), "the public page creates no session");
        browser.screenshot("reporting-public-disclosure");
    }
}
