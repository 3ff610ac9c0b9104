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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("The handling screens (issue 5): a case supervisor opens a case from the worklist and records a meeting and a follow-up visit")
class HandlingScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    /** Opens the add-entry dialog, picks the kind and types what was done. */
    private static void addEntry(String kind, String details) {
        browser.openDialog(By.id("handlingForm:addEntry"), "entryDialog");
        browser.choose("entryForm:kind", kind);
        browser.type(By.id("entryForm:details"), details);
    }

    /** Types the date as a clerk would (the picker opens only from its icon). */
    private static void date(String date) {
        WebElement field = browser.find(By.id("entryForm:occurredOn_input"));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.TAB);
        assertTrue(browser.find(By.id("entryDialog")).isDisplayed());
    }

    @Test
    @DisplayName("一案专人监督: the case opened by the assignment is on the supervisor's worklist; 会见 and 回访 (满意) are recorded and shown")
    void supervisorRecordsMeetingAndVisit() throws Exception {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Staff officer = api.createAccount(tree.user("officer"), "吴指派", tree.district(), "ASSIGNMENT_OFFICER");
        Api.Staff supervisor = api.createAccount(tree.user("casesup"), "郑监督", tree.district(), "CASE_SUPERVISOR");
        long noticeId = CaseScreens.notifiedCase(baseUrl, tree, "山东承办律师事务所", "陈承办", "林某");

        IntakeScreens.signInFirstTime(browser, officer);
        browser.open("lawyers/to-assign.xhtml");
        browser.clickAndWaitForPage(By.id("assign_NOTICE_" + noticeId));
        browser.clickConfirmAndWaitForAjax(By.id("assignForm:assignTop"));
        assertTrue(browser.awaitMessages().contains("陈承办"));
        browser.signOut();

        IntakeScreens.signInFirstTime(browser, supervisor);
        assertTrue(browser.text(By.id("menu")).contains("案件办理"), "the supervisor's menu has the cases group");
        browser.open("cases/mine.xhtml");
        String worklist = browser.text(By.id("mineForm:mine"));
        assertTrue(worklist.contains("林某") && worklist.contains("陈承办") && worklist.contains("尚无记录"), worklist);
        browser.clickAndWaitForPage(By.id("mineForm:mine:0:open"));
        assertEquals(supervisor.fullName(), browser.text(By.id("supervisor")), "named supervisor when the case opened, by name (issue 18)");

        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        addEntry("会见", "在看守所会见林某，告知诉讼权利。");
        browser.clickAndWaitForAjax(By.id("entryForm:saveEntry"));
        assertTrue(browser.awaitMessages().contains("请填写办案活动的日期"), "a missing date is refused in plain Chinese");
        assertTrue(browser.text(By.id("handlingForm:entries")).contains("尚无办案记录"), "nothing saved");
        date(today);
        browser.clickAndWaitForAjax(By.id("entryForm:saveEntry"));
        assertTrue(browser.awaitMessages().contains("办案记录已保存"), browser.messages());
        browser.waitInvisible(By.id("entryDialog"));
        browser.settle();

        addEntry("回访", "电话回访林某家属。");
        browser.waitVisible(By.id("entryForm:satisfaction"));
        browser.tick("entryForm:satisfaction", "满意");
        date(today);
        browser.clickAndWaitForAjax(By.id("entryForm:saveEntry"));
        browser.waitInvisible(By.id("entryDialog"));
        browser.settle();

        String entries = browser.text(By.id("handlingForm:entries"));
        assertTrue(entries.contains("会见") && entries.contains("陈承办") && entries.contains("在看守所会见林某"), entries);
        assertTrue(entries.contains("回访") && entries.contains("满意") && entries.contains("郑监督"), entries);
        assertTrue(browser.text(By.id("timeline")).contains("回访"), "the entries are on the case's timeline");
        browser.screenshot("handling");

        // issue 18: the struck-out entry is struck through, the note saying who and why is not
        browser.openDialog(By.xpath("//tbody[@id='handlingForm:entries_data']/tr[contains(., '在看守所会见林某')]"
                + "//button[contains(., '划除')]"), "strikeDialog");
        browser.type(By.id("strikeForm:strikeReason"), "误记：会见系另案");
        browser.clickAndWaitForAjax(By.id("strikeForm:confirmStrike"));
        assertTrue(browser.awaitMessages().contains("办案记录已划除"), browser.messages());
        browser.waitInvisible(By.id("strikeDialog"));
        browser.settle();
        WebElement note = browser.find(By.cssSelector("#handlingForm\\:entries .la-struck-note"));
        assertTrue(note.getText().contains("误记：会见系另案"), note.getText());
        assertFalse(struckThrough(note), "the reason is readable, not struck through");
        WebElement details = browser.find(By.xpath("//tbody[@id='handlingForm:entries_data']/tr[contains(., '误记')]//div[contains(@class, 'la-pre')]"));
        assertTrue(struckThrough(details), "the entry itself is struck through");
        browser.screenshot("struck");
    }

    /** Whether the element is drawn struck through: a line-through on it or on any element around it reaches it. */
    private static boolean struckThrough(WebElement e) {
        return Boolean.TRUE.equals(browser.script("for (var n = arguments[0]; n; n = n.parentElement) {"
                + " if (getComputedStyle(n).textDecorationLine.indexOf('line-through') >= 0) return true; } return false;", e));
    }
}
