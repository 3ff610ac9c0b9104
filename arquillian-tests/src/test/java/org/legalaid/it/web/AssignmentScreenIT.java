package org.legalaid.it.web;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.legalaid.it.Deployments;
import org.legalaid.it.TestPasswords;
import org.legalaid.it.api.ApiClient;
import org.legalaid.it.lawyers.AssignmentPool;
import org.openqa.selenium.By;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("The assignment screen (issue 4): an officer assigns a death-penalty-review case and sees the 2-year lawyer excluded with the reason")
class AssignmentScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    /** Runs SQL over JDBC against the test database (the lawyer registry is another part of issue 4). */
    private static int sql(String statement, Object... parameters) {
        try (Connection c = DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                System.getenv("LEGALAID_DB_PASSWORD")); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("LAL art. 26: 刑事执业2年，不足3年 is shown for the junior lawyer; the top candidate is assigned and the notice PDF downloads")
    void officerAssignsADeathPenaltyReviewCase() throws Exception {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Staff officer = api.createAccount(tree.user("officer"), "吴指派", tree.district(), "ASSIGNMENT_OFFICER");
        String organPassword = TestPasswords.fresh();
        ApiClient.asBootstrapAdmin(baseUrl).createAccount(tree.user("court"), "省高级人民法院（接口）", tree.district().id(),
                organPassword, "NOTIFYING_ORGAN");

        String region = AssignmentPool.region();
        AssignmentPool pool = new AssignmentPool(AssignmentScreenIT::sql);
        long firm = pool.firm(tree.district().id(), "山东正义律师事务所" + tree.suffix(), region);
        pool.lawyer(firm, AssignmentPool.lawyer("周资深").specialties("CRIMINAL")
                .criminalSince(LocalDate.now().minusYears(9)).regions(region));
        pool.lawyer(firm, AssignmentPool.lawyer("冯两年").specialties("CRIMINAL")
                .criminalSince(LocalDate.now().minusYears(2).minusDays(20)).regions(region));

        ApiClient.Answer posted = ApiClient.as(baseUrl, tree.user("court"), organPassword).post("/criminal-notices",
                Json.createObjectBuilder()
                        .add("organType", "COURT").add("organName", "山东省高级人民法院")
                        .add("organDocumentNumber", "（2026）鲁刑核" + tree.suffix() + "号")
                        .add("defendantName", "孙某").add("charge", "故意杀人罪").add("stage", "DEATH_PENALTY_REVIEW")
                        .add("grounds", Json.createArrayBuilder().add("DEATH_PENALTY_REVIEW"))
                        .add("detentionPlace", "济南市看守所").build().toString());
        assertEquals(201, posted.status(), posted.body());
        long noticeId = posted.json().getJsonNumber("id").longValue();

        IntakeScreens.signInFirstTime(browser, officer);
        assertTrue(browser.text(By.id("menu")).contains("律师库"), "the officer's menu has the lawyer pool");
        browser.open("lawyers/to-assign.xhtml");
        assertEquals("待指派案件", browser.text(By.cssSelector("h1.la-title")));
        assertTrue(browser.text(By.id("listForm:table")).contains("孙某"), "the notice waits on the worklist");
        browser.clickAndWaitForPage(By.id("assign_NOTICE_" + noticeId));
        assertEquals("指派律师", browser.text(By.cssSelector("h1.la-title")));
        assertTrue(browser.find(By.id("assignForm:senior_input")).isSelected(), "LAL art. 26: death-penalty review needs 3+ years");
        // issue 18: the district is picked by name among those the system knows, not typed as a bare code
        java.util.List<String> districts = browser.find(By.id("assignForm:region_input")).findElements(By.tagName("option")).stream()
                .map(o -> o.getAttribute("textContent").strip()).toList();
        assertTrue(districts.contains("市南区（370202）"), districts.toString());

        String excluded = browser.text(By.id("assignForm:excluded"));
        assertTrue(excluded.contains("冯两年") && excluded.contains("刑事执业2年，不足3年（《法律援助法》第二十六条：死刑复核案件被告人）"), excluded);
        String ranked = browser.text(By.id("assignForm:ranked"));
        assertTrue(ranked.contains("周资深") && !ranked.contains("冯两年"), ranked);
        browser.screenshot("candidates");
        browser.clickAndWaitForAjax(By.id("assignForm:count"));
        String elsewhere = browser.text(By.id("assignForm:elsewhere"));
        assertTrue(elsewhere.contains("名律师不服务于本区域或不符合其他条件") && elsewhere.contains("不服务于"), elsewhere);

        browser.clickConfirmAndWaitForAjax(By.id("assignForm:assignTop"));
        String message = browser.awaitMessages();
        assertTrue(message.startsWith("已指派周资深律师（山东正义律师事务所" + tree.suffix() + "），指派通知书"), message);
        assertTrue(browser.text(By.id("currentLawyer")).contains("周资深"));
        assertTrue(browser.text(By.id("currentCard")).contains("承办律师"), "the handling lawyer is called so");
        assertFalse(browser.isPresent(By.id("assignForm:assignTop")), "assigned once");
        // issue 18: the assignment links to the case it opened
        String caseNumber = browser.text(By.cssSelector("[id$='caseLink']"));
        assertTrue(caseNumber.contains("法援案〔"), "the case number (案号) is shown: " + caseNumber);
        String href = browser.find(By.id("noticePdf")).getAttribute("href");
        String path = href.substring(href.indexOf("lawyers/assignment.pdf"));
        browser.screenshot("assigned");

        Browser.Download pdf = browser.download(path);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertTrue(text.contains("法律援助案件指派通知书") && text.contains("山东正义律师事务所" + tree.suffix() + "：")
                && text.contains("周资深") && text.contains("孙某") && text.contains("委托协议"), text);
        assertEquals(404, browser.download(path.replace("doc=notice", "doc=other")).status());

        browser.clickAndWaitForPage(By.cssSelector("[id$='caseLink']"));
        assertEquals("cases/case.xhtml", browser.path());
        assertTrue(browser.text(By.tagName("body")).contains(caseNumber), "the case page of that number");
    }
}
