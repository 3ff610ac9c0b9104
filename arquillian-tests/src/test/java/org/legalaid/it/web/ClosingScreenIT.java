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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The closing screens (issue 5): a lawyer's closing file, recorded by the case supervisor, is sent
 * back by the reviewer for a missing 会见笔录, handed in again with it, passes and is archived.
 *
 * <p>A browser test runs outside the server, where the in-container {@code CaseFixtures} cannot be
 * injected; the case is made the way users make it instead — a court's notice through the organs'
 * API and the assignment of the top candidate on the assignment screen (as AssignmentScreenIT does).
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("The closing screens (issue 5): sent back for a missing 会见笔录, completed, reviewed and archived")
class ClosingScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    @Test
    @DisplayName("LAL art. 50: the supervisor records the hand-in without 会见笔录; the reviewer returns it; completed, it passes and is archived")
    void returnedForMissingMeetingRecordThenArchived() throws Exception {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Staff officer = api.createAccount(tree.user("officer"), "吴指派", tree.district(), "ASSIGNMENT_OFFICER");
        Api.Staff supervisor = api.createAccount(tree.user("casesup"), "郑监督", tree.district(), "CASE_SUPERVISOR");
        Api.Staff reviewer = api.createAccount(tree.user("reviewer"), "王审查", tree.district(), "REVIEWER");
        long noticeId = CaseScreens.notifiedCase(baseUrl, tree, "山东结案律师事务所", "陈律师", "林某");

        // the officer assigns the top candidate: the case opens
        IntakeScreens.signInFirstTime(browser, officer);
        browser.open("lawyers/assign.xhtml?type=NOTICE&id=" + noticeId);
        browser.clickConfirmAndWaitForAjax(By.id("assignForm:assignTop"));
        assertTrue(browser.awaitMessages().startsWith("已指派陈律师"));
        browser.signOut();
        CaseScreens.CaseRef legalCase = CaseScreens.caseOfNotice(noticeId);
        String casePage = "cases/case.xhtml?id=" + legalCase.id();

        // the case supervisor records the end and the lawyer's hand-in, without the meeting records
        String supervisorPassword = IntakeScreens.signInFirstTime(browser, supervisor);
        browser.open(casePage);
        assertTrue(browser.text(By.id("closingCard")).contains("律师不登录本系统"), "the help says who records for the lawyer");
        // a meeting on record, so that the archived case below has an entry that could be struck out
        browser.openDialog(By.id("handlingForm:addEntry"), "entryDialog");
        browser.choose("entryForm:kind", "会见");
        browser.type(By.id("entryForm:details"), "在看守所会见被告人，告知诉讼权利。");
        WebElement occurred = browser.find(By.id("entryForm:occurredOn_input"));
        occurred.click();
        occurred.sendKeys(Keys.chord(Keys.CONTROL, "a"), IntakeScreens.today().toString(), Keys.TAB);
        browser.clickAndWaitForAjax(By.id("entryForm:saveEntry"));
        assertTrue(browser.awaitMessages().contains("办案记录已保存"), browser.messages());
        browser.waitInvisible(By.id("entryDialog"));
        browser.settle();
        // issue 18: a refused upload is told beside the upload, not at the top of the page
        Path fake = Files.createTempFile("meeting", ".pdf");
        Files.writeString(fake, "not a PDF at all");
        browser.find(By.id("uploadForm:upload_input")).sendKeys(fake.toString());
        browser.waitForText(By.id("uploadForm:uploadMessages"), "不是 PDF、PNG 或 JPEG 文件");
        assertFalse(browser.text(By.id("messages")).contains("不是 PDF"), "the refusal is not (also) at the top");
        Files.delete(fake);
        // issue 18: every date field has the pattern 年-月-日 as its hint, from one default
        assertEquals("年-月-日", browser.find(By.id("closingForm:endedOn_input")).getAttribute("placeholder"));
        browser.type(By.id("closingForm:endedOn_input"), IntakeScreens.today().toString());
        browser.clickAndWaitForAjax(By.id("closingForm:recordEnd"));
        assertTrue(browser.awaitMessages().contains("已登记办结日期"));
        assertTrue(browser.text(By.id("clocksCard")).contains("结案"), browser.text(By.id("clocksCard")));

        List<CaseFileItem> required = new ArrayList<>(CaseFileItem.requiredFor(
                new CaseFileItem.CaseKind(true, true, CaseOutcome.JUDGMENT)));
        browser.openDialog(By.id("closingForm:openSubmit"), "submitDialog");
        browser.type(By.id("submitForm:report"), "承办律师会见被告人两次，阅卷一次，出庭辩护，判决从轻处罚。");
        for (CaseFileItem item : required) {
            if (item != CaseFileItem.MEETING_RECORD) {
                browser.tick("submitForm:checklist", label(item) + " *");
            }
        }
        browser.screenshot("submission");
        browser.clickAndWaitForAjax(By.id("submitForm:doSubmit"));
        assertTrue(browser.awaitMessages().contains("已登记结案材料提交"), browser.messages());
        assertEquals("结案待审", browser.text(By.id("caseStatus")));
        browser.signOut();

        // the reviewer finds the file on the worklist, and returns it for the meeting records
        String reviewerPassword = IntakeScreens.signInFirstTime(browser, reviewer);
        browser.open("cases/closing-reviews.xhtml");
        assertTrue(browser.text(By.id("worklist")).contains(legalCase.number()), "the file waits on the worklist");
        browser.clickAndWaitForPage(By.linkText(legalCase.number()));
        int row = required.indexOf(CaseFileItem.MEETING_RECORD);
        assertTrue(browser.text(By.id("closingForm:reviewTable")).contains("缺失"));
        CaseScreens.judgeEveryItem(browser, "合格");
        browser.type(By.id("closingForm:reviewTable:" + row + ":note"), "请补交全部会见笔录");
        browser.clickAndWaitForAjax(By.id("closingForm:finishReview"));
        assertTrue(browser.awaitMessages().contains("已退回律师补正"), browser.messages());
        String returned = browser.text(By.cssSelector(".returnedItems"));
        assertTrue(returned.contains("会见笔录（缺失）：请补交全部会见笔录"), returned);
        assertEquals("退回补正", browser.text(By.id("caseStatus")));
        browser.screenshot("returned");
        browser.signOut();

        // the supervisor records the completed file
        browser.signIn(supervisor.username(), supervisorPassword);
        browser.open(casePage);
        browser.openDialog(By.id("closingForm:openSubmit"), "submitDialog");
        browser.tick("submitForm:checklist", label(CaseFileItem.MEETING_RECORD) + " *");
        browser.clickAndWaitForAjax(By.id("submitForm:doSubmit"));
        assertTrue(browser.awaitMessages().contains("已登记结案材料提交"), browser.messages());
        browser.signOut();

        // the reviewer passes it and archives the case: no one-click pass — every item starts undecided,
        // and finishing with one undecided is refused beside the button (issue 18)
        browser.signIn(reviewer.username(), reviewerPassword);
        browser.open(casePage);
        assertEquals("待判定", browser.text(By.id("closingForm:reviewTable:0:verdict_label")), "the first item starts undecided");
        browser.clickAndWaitForAjax(By.id("closingForm:finishReview"));
        browser.waitForText(By.id("closingForm:reviewMessages"), "请对“" + label(required.get(0)) + "”作出审查结论");
        assertFalse(browser.text(By.id("messages")).contains("作出审查结论"), "the refusal stands beside the button only");
        assertEquals("结案待审", browser.text(By.id("caseStatus")));
        browser.screenshot("review-undecided");
        CaseScreens.judgeEveryItem(browser, "合格");
        browser.clickAndWaitForAjax(By.id("closingForm:finishReview"));
        assertTrue(browser.awaitMessages().contains("审查通过"), browser.messages());
        browser.clickConfirmAndWaitForAjax(By.id("closingForm:archive"));
        assertTrue(browser.awaitMessages().contains("案件已归档"), browser.messages());
        assertEquals("已归档", browser.text(By.id("caseStatus")));
        assertTrue(browser.isPresent(By.id("closingForm:payable")));
        assertTrue(browser.text(By.id("timeline")).contains("结案材料退回补正"));
        // issue 18: one timeline in time order — each closing step once, not a date-only line and a timed one
        List<String> steps = browser.driver().findElements(By.cssSelector("#timeline .la-timeline-label")).stream()
                .map(e -> e.getText().strip()).toList();
        assertEquals(1, steps.stream().filter("归档"::equals).count(), steps.toString());
        assertEquals(2, steps.stream().filter("提交结案材料"::equals).count(), "two hand-ins, each once: " + steps);
        assertTrue(steps.indexOf("结案材料退回补正") < steps.indexOf("结案审查通过")
                && steps.indexOf("结案审查通过") < steps.indexOf("归档"), steps.toString());
        // and the 委托协议 clock of the assignment stands with the case's clocks
        assertTrue(browser.text(By.id("clocksCard")).contains("签订委托协议"), browser.text(By.id("clocksCard")));
        browser.screenshot("archived");
        browser.signOut();

        // issue 18: the archived case offers its supervisor nothing that would change it
        browser.signIn(supervisor.username(), supervisorPassword);
        browser.open(casePage);
        assertEquals("已归档", browser.text(By.id("caseStatus")));
        for (String id : List.of("handlingForm:addEntry", "handlingForm:changeSupervisor", "closingForm:recordEnd",
                "closingForm:openSubmit", "uploadForm")) {
            assertFalse(browser.isPresent(By.id(id)), id + " on an archived case");
        }
        assertFalse(browser.isPresent(By.xpath("//*[contains(@id, 'proposeTerminationButton')]")), "no termination");
        assertTrue(browser.text(By.id("handlingForm:entries")).contains("在看守所会见被告人"), "the entry stays readable");
        assertFalse(browser.isPresent(By.xpath("//tbody[@id='handlingForm:entries_data']//button[contains(., '划除')]")),
                "no strike-out");
        browser.screenshot("archived-supervisor");
    }

    /** The checklist's label of an item (the Chinese label is the document's own name). */
    private static String label(CaseFileItem item) {
        return item.documentName();
    }
}
