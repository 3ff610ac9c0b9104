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
import org.openqa.selenium.By;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The institution inspection screens (issue 16, seeds 000 and 002): the bureau supervisor opens an inspection of
 * two district centres on seed 000's scorecard and takes it through its phases; each director files the
 * centre's self-report; the other centre's director scores on the keyboard-first sheet, is stopped beside the
 * reason field at a deduction without a reason, and saves; the results show the ranking, the deduction with its
 * reason, the compliance rate against the target and the notice as PDF.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("The inspection screens (issue 16): a campaign from the form to the results; a deduction without a reason is marked beside its field")
class InspectionScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    private static final int ITEMS = 8;

    @Test
    @DisplayName("open, self-report, cross-score with a deduction and its reason, results with the compliance rate and the PDF")
    void anInspectionFromTheFormToTheResults() throws Exception {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Unit districtB = api.createUnit("WB-" + tree.suffix(), "网测乙区中心" + tree.suffix(), "DISTRICT_CENTRE", tree.centre().id());
        Api.Staff bureau = api.createAccount(tree.user("inspsup"), "赵监督", api.bureau(), "BUREAU_SUPERVISOR");
        Api.Staff directorA = api.createAccount(tree.user("dirA"), "钱主任", tree.district(), "APPROVER");
        Api.Staff directorB = api.createAccount(tree.user("dirB"), "孙主任", districtB, "APPROVER");

        // the bureau opens the inspection on seed 000's scorecard, centres A and B in two groups
        String bureauPassword = IntakeScreens.signInFirstTime(browser, bureau);
        // the scorecards screen: every version; the next version of seed 002's standard drafted from the current one
        browser.open("quality/scorecards.xhtml");
        assertTrue(browser.text(By.id("scorecardsForm:scorecards")).contains("法律援助规范与质量检查评分表"),
                browser.text(By.id("scorecardsForm:scorecards")));
        browser.choose("scorecardsForm:standard", "SEED002");
        assertEquals("S1a", browser.find(By.id("scorecardsForm:rows:0:code")).getAttribute("value"), "drafted from the current version");
        String revised = "规范服务达标标准（修订）" + tree.suffix();
        browser.type(By.id("scorecardsForm:title"), revised);
        browser.clickConfirmAndWaitForAjax(By.id("scorecardsForm:save"));
        assertTrue(browser.awaitMessages().contains("新版本评分标准已保存"), browser.messages());
        assertTrue(browser.text(By.id("scorecardsForm:scorecards")).contains(revised), browser.text(By.id("scorecardsForm:scorecards")));
        browser.open("quality/inspections.xhtml");
        browser.type(By.id("inspectionsForm:name"), "规范与质量检查" + tree.suffix());
        browser.choose("inspectionsForm:scorecard", "法律援助规范与质量检查评分表（v1）");
        browser.tick("inspectionsForm:centres", tree.district().name());
        browser.tick("inspectionsForm:centres", districtB.name());
        browser.clickAndWaitForPage(By.id("inspectionsForm:open"));
        browser.waitForText(By.id("phase"), "学习发动");
        String url = browser.driver().getCurrentUrl();
        browser.clickConfirmAndWaitForAjax(By.id("inspectionForm:advance"));
        browser.waitForText(By.id("phase"), "自查自纠");
        browser.signOut();

        // each director files the centre's self-report
        String passwordA = IntakeScreens.signInFirstTime(browser, directorA);
        selfReport(url, "甲区自查报告：制度健全。");
        browser.signOut();
        String passwordB = IntakeScreens.signInFirstTime(browser, directorB);
        selfReport(url, "乙区自查报告：经费台账待完善。");
        browser.signOut();

        browser.signIn(bureau.username(), bureauPassword);
        browser.driver().get(url);
        browser.settle();
        browser.clickConfirmAndWaitForAjax(By.id("inspectionForm:advance"));
        browser.waitForText(By.id("phase"), "集中检查");
        browser.signOut();

        // B's director scores A: a deduction without a reason is marked beside the reason field, nothing saved
        browser.signIn(directorB.username(), passwordB);
        // B's workbench: the inspection card counts the one centre B's group scores, and its figure opens that list
        browser.open("index.xhtml");
        assertEquals("1", browser.text(By.cssSelector("#inspToScore .la-count-figure")).strip());
        browser.clickAndWaitForPage(By.id("inspToScore"));
        assertTrue(browser.text(By.id("inspectionsForm:waitingCentres")).contains(tree.district().name()),
                browser.text(By.id("inspectionsForm:waitingCentres")));
        browser.driver().get(url);
        browser.settle();
        browser.clickAndWaitForPage(By.cssSelector("[id$=':score'] a, a[id$=':score']"));
        assertTrue(browser.text(By.id("beside")).contains("甲区自查报告"), browser.text(By.id("beside")));
        for (int i = 0; i < ITEMS; i++) {
            browser.type(By.id("scoreForm:items:" + i + ":score"), i == 3 || i == 4 ? "7" : i == 5 ? "6" : "20");
        }
        browser.type(By.id("scoreForm:items:1:score"), "18");
        browser.clickAndWaitForAjax(By.id("scoreForm:submit"));
        String beside = browser.text(By.id("scoreForm:items:1:reasonMessage"));
        assertTrue(beside.contains("请注明扣分原因"), "the reason is asked for beside its field: " + beside);
        assertTrue(!browser.isPresent(By.id("scoreForm:total")), "nothing saved");
        browser.type(By.id("scoreForm:items:1:reason"), "经费台账不全");
        browser.clickAndWaitForAjax(By.id("scoreForm:submit"));
        assertTrue(browser.awaitMessages().contains("评分已保存"), browser.messages());
        assertTrue(browser.text(By.id("scoreForm:total")).contains("118"), browser.text(By.id("scoreForm:total")));
        browser.signOut();

        // A's director scores B: full marks
        browser.signIn(directorA.username(), passwordA);
        browser.driver().get(url);
        browser.settle();
        browser.clickAndWaitForPage(By.cssSelector("[id$=':score'] a, a[id$=':score']"));
        for (int i = 0; i < ITEMS; i++) {
            browser.type(By.id("scoreForm:items:" + i + ":score"), i == 3 || i == 4 ? "7" : i == 5 ? "6" : "20");
        }
        browser.clickAndWaitForAjax(By.id("scoreForm:submit"));
        assertTrue(browser.awaitMessages().contains("评分已保存"), browser.messages());
        browser.signOut();

        // acceptance: the results with the deduction's reason, the compliance rate, the chart and the notice
        browser.signIn(bureau.username(), bureauPassword);
        browser.driver().get(url);
        browser.settle();
        browser.clickConfirmAndWaitForAjax(By.id("inspectionForm:advance"));
        browser.waitForText(By.id("phase"), "总结验收");
        String results = browser.text(By.id("inspectionForm:results"));
        assertTrue(results.contains("经费台账不全"), results);
        assertTrue(results.contains("达标率100%（目标90%）：达到目标"), results);
        assertTrue(results.indexOf(districtB.name()) < results.indexOf(tree.district().name()), "B (120) ranks before A (118): " + results);
        assertTrue(browser.isPresent(By.cssSelector("#inspectionForm\\:chart canvas")), "the chart is drawn");
        browser.screenshot("inspection-results");
        Browser.Download pdf = browser.download("quality/inspection.pdf?id=" + url.substring(url.indexOf("id=") + 3));
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
    }

    @Test
    @DisplayName("the forms editor saves a new version; the pool takes a member and a declared conflict")
    void theFormsAndThePoolAreKeptOnTheirScreens() throws Exception {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Staff director = api.createAccount(tree.user("formdir"), "李主任", tree.centre(), "APPROVER");
        IntakeScreens.signInFirstTime(browser, director);

        browser.open("quality/forms.xhtml");
        browser.choose("formsForm:kind", "民事、行政案件");
        String title = "民事行政案件质量评估表" + tree.suffix();
        browser.type(By.id("formsForm:title"), title);
        browser.typeNumber("formsForm:excellent", "90");
        browser.typeNumber("formsForm:good", "80");
        browser.typeNumber("formsForm:pass", "60");
        // drafted from the current version (or one empty row when there is none): one item more
        if (!browser.find(By.id("formsForm:rows:0:code")).getAttribute("value").isEmpty()) {
            browser.clickAndWaitForAjax(By.id("formsForm:addRow"));
        }
        int last = browser.driver().findElements(By.xpath("//input[contains(@id,':code')]")).size() - 1;
        browser.type(By.id("formsForm:rows:" + last + ":code"), "Z" + last);
        browser.type(By.id("formsForm:rows:" + last + ":section"), "办案质量");
        browser.type(By.id("formsForm:rows:" + last + ":text"), "代理意见针对争议焦点");
        browser.type(By.id("formsForm:rows:" + last + ":max"), "100");
        browser.clickConfirmAndWaitForAjax(By.id("formsForm:save"));
        assertTrue(browser.awaitMessages().contains("新版本评估表已保存"), browser.messages());
        assertTrue(browser.text(By.id("formsForm:forms")).contains(title), browser.text(By.id("formsForm:forms")));

        browser.open("quality/pool.xhtml");
        browser.type(By.id("poolForm:userName"), tree.user("pooled"));
        browser.type(By.id("poolForm:name"), "吴评估" + tree.suffix());
        browser.choose("poolForm:unit", tree.district().name());
        browser.type(By.id("poolForm:firm"), "山东测试律师事务所");
        browser.type(By.id("poolForm:specialties"), "民事,刑事");
        browser.clickAndWaitForAjax(By.id("poolForm:addEvaluator"));
        assertTrue(browser.awaitMessages().contains("已加入评估师库"), browser.messages());
        String pool = browser.text(By.id("poolForm:pool"));
        assertTrue(pool.contains("吴评估" + tree.suffix()) && pool.contains("山东测试律师事务所"), pool);
    }

    private void selfReport(String url, String text) {
        browser.driver().get(url);
        browser.settle();
        browser.openDialog(By.xpath("//button[contains(@id,':report')]"), "inspectionForm:reportDialog");
        browser.type(By.id("inspectionForm:reportText"), text);
        browser.clickAndWaitForAjax(By.id("inspectionForm:confirmReport"));
        assertTrue(browser.awaitMessages().contains("自查报告已报送"), browser.messages());
    }
}
