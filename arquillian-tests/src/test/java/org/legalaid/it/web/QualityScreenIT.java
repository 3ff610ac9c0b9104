package org.legalaid.it.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.legalaid.cases.CaseFileItem;
import org.legalaid.cases.CaseOutcome;
import org.legalaid.it.Deployments;
import org.legalaid.it.api.ApiClient;
import org.openqa.selenium.By;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality screens (issue 16, seed 004 (四) "部分会见笔录记录不全"): a notified criminal case is assigned,
 * closed and archived on the screens with no meeting in its log — the automatic check flags the meeting
 * record as missing; the centre's director draws a campaign in the wizard; the evaluator finds the case on
 * the workbench, sees the flag beside the blind scoring form, is stopped at a score above the item's maximum
 * beside the field, and submits; the campaign's report lists the finding and the problem named. The
 * evaluation form and the evaluator pool are data (rows written here as the administrator's data would be).
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("The quality screens (issue 16): an evaluator scores a case whose 会见笔录 is missing, sees it flagged beside the form, and the report lists it")
class QualityScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    @Test
    @DisplayName("the missing meeting record is flagged beside the scoring form and listed in the campaign's report")
    void anEvaluatorScoresACaseWhoseMeetingRecordIsMissing() throws Exception {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Staff officer = api.createAccount(tree.user("officer"), "吴指派", tree.district(), "ASSIGNMENT_OFFICER");
        Api.Staff supervisor = api.createAccount(tree.user("casesup"), "郑监督", tree.district(), "CASE_SUPERVISOR");
        Api.Staff reviewer = api.createAccount(tree.user("reviewer"), "王审查", tree.district(), "REVIEWER");
        Api.Staff director = api.createAccount(tree.user("director"), "周主任", tree.centre(), "APPROVER");
        Api.Staff evaluator = api.createAccount(tree.user("evaluator"), "陈评估", tree.centre(), "QUALITY_EVALUATOR");
        long noticeId = CaseScreens.notifiedCase(baseUrl, tree, "山东质量律师事务所", "冯律师", "韩某");
        String today = IntakeScreens.today().toString();

        // the evaluation form (version data) and the pool: an evaluator of the centre, crossing into the district
        CaseScreens.sql("with f as (insert into quality_form (id, kind, form_version, title, blind, excellent_from, good_from,"
                + " pass_from, created_by, created_at) values (nextval('quality_form_seq'), 'CRIMINAL', (select coalesce(max(form_version), 0) + 1"
                + " from quality_form where kind = 'CRIMINAL'), '刑事法律援助案件质量评估表', true, 90, 80, 60, 'admin', current_timestamp) returning id)"
                + " insert into quality_form_item (form_id, position, code, section, text, max_score, guidance)"
                + " select f.id, v.pos, v.code, v.section, v.text, v.max, v.guidance from f, (values"
                + " (0, 'A1', '办案程序', '会见笔录完整、会见及时', 30.0, '会见次数、笔录内容'),"
                + " (1, 'A2', '办案程序', '卷宗材料齐全规范', 30.0, '目录、告知书'),"
                + " (2, 'B1', '办案质量', '辩护意见抓住要点', 40.0, '不得复制摘抄起诉书')) v(pos, code, section, text, max, guidance)");
        CaseScreens.sql("insert into quality_evaluator (id, version, user_name, name, pool_level, unit_id, active)"
                + " values (nextval('quality_evaluator_seq'), 0, ?, '陈评估', 'CITY', ?, true)", evaluator.username(), tree.centre().id());

        // the case: assigned, ended, handed in complete, passed and archived — no meeting recorded in its log
        IntakeScreens.signInFirstTime(browser, officer);
        browser.open("lawyers/assign.xhtml?type=NOTICE&id=" + noticeId);
        browser.clickConfirmAndWaitForAjax(By.id("assignForm:assignTop"));
        assertTrue(browser.awaitMessages().startsWith("已指派冯律师"), browser.messages());
        browser.signOut();
        CaseScreens.CaseRef legalCase = CaseScreens.caseOfNotice(noticeId);
        IntakeScreens.signInFirstTime(browser, supervisor);
        browser.open("cases/case.xhtml?id=" + legalCase.id());
        browser.type(By.id("closingForm:endedOn_input"), today);
        browser.clickAndWaitForAjax(By.id("closingForm:recordEnd"));
        browser.openDialog(By.id("closingForm:openSubmit"), "submitDialog");
        browser.type(By.id("submitForm:report"), "承办律师阅卷一次，出庭辩护，判决从轻处罚。");
        for (CaseFileItem item : CaseFileItem.requiredFor(new CaseFileItem.CaseKind(true, true, CaseOutcome.JUDGMENT))) {
            browser.tick("submitForm:checklist", item.documentName() + " *");
        }
        browser.clickAndWaitForAjax(By.id("submitForm:doSubmit"));
        assertTrue(browser.awaitMessages().contains("已登记结案材料提交"), browser.messages());
        browser.signOut();
        IntakeScreens.signInFirstTime(browser, reviewer);
        browser.open("cases/case.xhtml?id=" + legalCase.id());
        CaseScreens.judgeEveryItem(browser, "合格");
        browser.clickAndWaitForAjax(By.id("closingForm:finishReview"));
        assertTrue(browser.awaitMessages().contains("审查通过"), browser.messages());
        browser.clickConfirmAndWaitForAjax(By.id("closingForm:archive"));
        assertTrue(browser.awaitMessages().contains("案件已归档"), browser.messages());
        // the automatic check on the case page (a quality include on the cases page)
        browser.open("cases/case.xhtml?id=" + legalCase.id());
        String check = browser.text(By.id("qualityCheckCard"));
        assertTrue(check.contains("会见笔录缺失"), "the automatic check on the case page: " + check);
        browser.signOut();

        // the director draws a campaign of the district's criminal cases in the wizard
        String directorPassword = IntakeScreens.signInFirstTime(browser, director);
        browser.open("quality/campaigns.xhtml");
        browser.type(By.id("campaignsForm:name"), "刑事案件质量抽查" + tree.suffix());
        browser.tick("campaignsForm:units", tree.district().name());
        browser.tick("campaignsForm:kinds", "民事、行政案件");
        browser.typeNumber("campaignsForm:perStratum", "1");
        browser.clickAndWaitForAjax(By.id("campaignsForm:preview"));
        assertTrue(browser.text(By.id("previewSummary")).contains("抽取 1 件"), browser.text(By.id("campaignsForm:previewPanel")));
        browser.clickAndWaitForPage(By.id("campaignsForm:draw"));
        browser.waitForText(By.id("state"), "评估中");
        String campaignUrl = browser.driver().getCurrentUrl();
        assertTrue(campaignUrl.contains("quality/campaign.xhtml?id="), campaignUrl);
        browser.signOut();

        // the evaluator: the workbench card, the blind form with the flag beside it
        IntakeScreens.signInFirstTime(browser, evaluator);
        assertTrue(browser.text(By.id("qualityCard")).contains("待初评"), browser.text(By.id("qualityCard")));
        browser.open("quality/work.xhtml");
        browser.clickAndWaitForPage(By.xpath("//a[contains(@id,'open')]"));
        String beside = browser.text(By.id("beside"));
        assertTrue(beside.contains("会见笔录缺失"), "the automatic check beside the form: " + beside);
        assertFalse(browser.source().contains("冯律师"), "blind: the lawyer is not named");
        assertFalse(browser.source().contains(legalCase.number()), "blind: no case number");
        browser.type(By.id("scoreForm:items:0:score"), "31");
        browser.type(By.id("scoreForm:items:1:score"), "25");
        browser.type(By.id("scoreForm:items:2:score"), "30");
        browser.tick("scoreForm:problems", "会见笔录记录不全");
        browser.type(By.id("scoreForm:opinion"), "卷中无会见笔录，辩护意见尚可。");
        browser.clickAndWaitForPage(By.id("scoreForm:submit"));
        assertTrue(browser.text(By.id("scoreForm:items:0:scoreMessage")).length() > 0, "the maximum is checked beside the field");
        browser.type(By.id("scoreForm:items:0:score"), "10");
        browser.clickAndWaitForPage(By.id("scoreForm:submit"));
        assertTrue(browser.text(By.id("work")).contains("目前没有待评估的案件"), "submitted: nothing waits any more");
        browser.signOut();

        // the director's report lists the missing meeting record and the problem the evaluator named
        browser.signIn(director.username(), directorPassword);
        browser.driver().get(campaignUrl);
        browser.settle();
        String results = browser.text(By.id("results"));
        assertTrue(results.contains("会见笔录缺失"), results);
        assertTrue(results.contains("会见笔录记录不全：1"), results);
        assertTrue(results.contains("合格率"), results);

        // notified, published: the notice as PDF and the published results through the API
        browser.clickAndWaitForAjax(By.id("campaignForm:notify"));
        assertTrue(browser.awaitMessages().contains("评估结果已通报"), browser.messages());
        browser.find(By.id("campaignForm:publish")).click();
        browser.clickAndWaitForAjax(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.awaitMessages().contains("评估结果已发布"), browser.messages());
        String id = campaignUrl.substring(campaignUrl.indexOf("id=") + 3);
        Browser.Download pdf = browser.download("quality/notice.pdf?id=" + id);
        assertTrue(pdf.status() == 200 && pdf.contentType().startsWith("application/pdf"), pdf.status() + " " + pdf.contentType());
        ApiClient.Answer published = ApiClient.as(baseUrl, director.username(), directorPassword).get("/quality/results");
        assertTrue(published.status() == 200 && published.body().contains("刑事案件质量抽查" + tree.suffix()), published.body());
    }
}
