package org.legalaid.it.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
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
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21 through the screen: an officer opens the assignment page of notified cases and, without
 * touching a box or typing a district, sees each statutory need with its basis, fixed, and the
 * fairest lawyer who fails it among the excluded with the article.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("The assignment screen applies the law's requirements of a notice without a click (issue 21)")
class StatutoryNeedsScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

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

    private long post(ApiClient court, String suffix, String stage, String ground, JsonObjectBuilder extra) throws Exception {
        JsonObjectBuilder b = extra.add("organType", "COURT").add("organName", "青岛市中级人民法院")
                .add("organDocumentNumber", "（2026）鲁02刑" + suffix + TestPasswords.uniqueSuffix() + "号")
                .add("defendantName", "被告" + suffix).add("charge", "故意伤害罪").add("stage", stage)
                .add("grounds", Json.createArrayBuilder().add(ground));
        ApiClient.Answer posted = court.post("/criminal-notices", b.build().toString());
        assertEquals(201, posted.status(), posted.body());
        return posted.json().getJsonNumber("id").longValue();
    }

    /** Opens the notice's assignment page and checks the need is listed with its basis and its box fixed. */
    private void openAndCheck(long noticeId, String needText, String basisText, String boxId) {
        browser.open("lawyers/assign.xhtml?type=NOTICE&id=" + noticeId);
        assertEquals("指派律师", browser.text(By.cssSelector("h1.la-title")));
        assertFalse(browser.text(By.cssSelector("main.la-main")).contains("无法确定案件所在区域"), "no district code asked for");
        String needs = browser.text(By.id("assignForm:statutoryNeeds"));
        assertTrue(needs.contains(needText) && needs.contains(basisText), needs);
        assertTrue(needs.contains("受理通知的法律援助机构所在区域"), "the district comes from the receiving centre: " + needs);
        if (boxId != null) {
            WebElement box = browser.find(By.id(boxId));
            assertTrue(box.isSelected() && !box.isEnabled(), "the statutory box is ticked and cannot be unticked");
        }
    }

    private void assertExcluded(String lawyer, String reason) {
        String excluded = browser.text(By.id("assignForm:excluded"));
        assertTrue(excluded.contains(lawyer) && excluded.contains(reason), excluded);
        assertFalse(browser.text(By.id("assignForm:ranked")).contains(lawyer), "not offered");
    }

    @Test
    @DisplayName("death-penalty review, a minor defendant and a signing defendant: each need shown with its article, the failing fairest lawyer excluded with it")
    void statutoryNeedsAppliedWithoutAClick() throws Exception {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Staff officer = api.createAccount(tree.user("officer"), "郑指派", tree.district(), "ASSIGNMENT_OFFICER");
        String organPassword = TestPasswords.fresh();
        ApiClient.asBootstrapAdmin(baseUrl).createAccount(tree.user("court"), "市中级人民法院（接口）", tree.district().id(),
                organPassword, "NOTIFYING_ORGAN");
        ApiClient court = ApiClient.as(baseUrl, tree.user("court"), organPassword);

        // the district centre serves its district; the firm is the city centre's, so only the unit tells
        String region = AssignmentPool.region();
        sql("update org_unit set region_code = ? where id = ?", region, tree.district().id());
        AssignmentPool pool = new AssignmentPool(StatutoryNeedsScreenIT::sql);
        long firm = pool.firm(tree.centre().id(), "山东法定律师事务所" + tree.suffix(), region);
        LocalDate today = LocalDate.now();
        pool.lawyer(firm, AssignmentPool.lawyer("周全能").specialties("CRIMINAL").criminalSince(today.minusYears(9))
                .juvenile().languages("zh", "csl").open(3).regions(region));
        pool.lawyer(firm, AssignmentPool.lawyer("冯两年").specialties("CRIMINAL").criminalSince(today.minusYears(2).minusDays(20))
                .juvenile().languages("zh", "csl").regions(region));
        pool.lawyer(firm, AssignmentPool.lawyer("蒋成年").specialties("CRIMINAL").criminalSince(today.minusYears(6))
                .languages("zh", "csl").regions(region));
        pool.lawyer(firm, AssignmentPool.lawyer("韩不懂手语").specialties("CRIMINAL").criminalSince(today.minusYears(6))
                .juvenile().regions(region));

        long review = post(court, "核", "DEATH_PENALTY_REVIEW", "DEATH_PENALTY_REVIEW", Json.createObjectBuilder());
        long minor = post(court, "初", "FIRST_INSTANCE", "IMPAIRED_UNDERSTANDING",
                Json.createObjectBuilder().add("defendantBirthDate", today.minusYears(16).toString()));
        long deaf = post(court, "聋", "FIRST_INSTANCE", "BLIND_DEAF_MUTE", Json.createObjectBuilder().add("defendantLanguage", "csl"));

        IntakeScreens.signInFirstTime(browser, officer);

        openAndCheck(review, "须刑事执业3年以上", "《法律援助法》第二十六条：死刑复核案件被告人", "assignForm:senior_input");
        assertExcluded("冯两年", "刑事执业2年，不足3年（《法律援助法》第二十六条：死刑复核案件被告人）");
        browser.screenshot("death-penalty-review");

        openAndCheck(minor, "须熟悉未成年人案件", "《未成年人保护法》第一百零四条", "assignForm:juvenile_input");
        assertExcluded("蒋成年", "无未成年人案件经验（《未成年人保护法》第一百零四条");

        openAndCheck(deaf, "须通晓语言 中国手语", "《法律援助法》第二十五条第一款第二项", null);
        assertExcluded("韩不懂手语", "不通晓中国手语（《法律援助法》第二十五条第一款第二项");
        browser.screenshot("sign-language");

        // ranking again with the form as it stands changes nothing: the law's needs stay
        browser.clickAndWaitForAjax(By.id("assignForm:rerank"));
        assertExcluded("韩不懂手语", "不通晓中国手语");
    }
}
