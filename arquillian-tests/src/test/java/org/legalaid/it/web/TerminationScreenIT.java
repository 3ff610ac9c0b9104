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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.it.web.IntakeScreens.signInFirstTime;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Terminating aid on the case page (LAL art. 48): the case supervisor proposes, the director approves from the list, the decision prints")
class TerminationScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    @Test
    @DisplayName("a criminal case: proposed with a ground and reasons, approved by the director, 3-day organ clock shown, 决定书 downloads with the ground")
    void proposeAndApprove() throws Exception {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Staff officer = api.createAccount(tree.user("officer"), "吴指派", tree.district(), "ASSIGNMENT_OFFICER");
        Api.Staff supervisor = api.createAccount(tree.user("casesup"), "卫监督", tree.district(), "CASE_SUPERVISOR");
        Api.Staff director = api.createAccount(tree.user("director"), "蒋主任", tree.district(), "APPROVER");
        long noticeId = CaseScreens.notifiedCase(baseUrl, tree, "山东终止律师事务所", "韩律师", "杨某");

        signInFirstTime(browser, officer);
        browser.open("lawyers/assign.xhtml?type=NOTICE&id=" + noticeId);
        browser.clickConfirmAndWaitForAjax(By.id("assignForm:assignTop"));
        assertTrue(browser.awaitMessages().startsWith("已指派韩律师"));
        browser.signOut();
        long caseId = CaseScreens.caseOfNotice(noticeId).id();

        signInFirstTime(browser, supervisor);
        browser.open("cases/case.xhtml?id=" + caseId);
        assertTrue(browser.text(By.id("terminationCard")).contains("本案没有终止记录"));
        browser.openDialog(By.id("proposeTerminationButton"), "proposeTerminationDialog");
        browser.choose("proposeTerminationForm:ground", "自行委托律师或者其他代理人（第四十八条第一款第六项）");
        browser.type(By.id("proposeTerminationForm:reasons"), "被告人家属已另行委托辩护律师，委托手续在卷。");
        browser.clickAndWaitForPage(By.id("proposeTerminationForm:confirm"));
        assertTrue(browser.awaitMessages().contains("已提请终止法律援助"));
        assertTrue(browser.text(By.id("terminationCard")).contains("待审批"));
        assertFalse(browser.isPresent(By.id("decideTerminationButton")), "the proposer is no director");
        browser.signOut();

        signInFirstTime(browser, director);
        browser.open("cases/terminations.xhtml");
        assertTrue(browser.text(By.id("proposals")).contains("杨某"), browser.text(By.id("proposals")));
        browser.clickAndWaitForPage(By.linkText(browser.find(By.cssSelector("#proposals a")).getText()));
        browser.openDialog(By.id("decideTerminationButton"), "decideTerminationDialog");
        browser.clickAndWaitForPage(By.id("decideTerminationForm:approve"));
        assertTrue(browser.awaitMessages().contains("已批准终止法律援助"));
        assertEquals("已终止", browser.text(By.id("caseStatus")));
        assertTrue(browser.text(By.id("clocks")).contains("终止法律援助后告知办案机关"), browser.text(By.id("clocks")));
        browser.screenshot("termination-approved");
        // issue 18: people, not login names — the termination card and the timeline name the staff
        String casePage = browser.text(By.tagName("main"));
        assertTrue(casePage.contains("卫监督") && casePage.contains("蒋主任"), casePage);
        for (Api.Staff s : java.util.List.of(officer, supervisor, director)) {
            assertFalse(casePage.contains(s.username()), "the case page shows the login name " + s.username() + ":\n" + casePage);
        }

        String href = browser.find(By.cssSelector("a.terminationDecisionPdf")).getAttribute("href");
        Browser.Download pdf = browser.download(href.substring(href.indexOf("cases/termination.pdf")));
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertTrue(text.contains("终止法律援助决定书") && text.contains("受援人自行委托律师或者其他代理人")
                && text.contains("杨某"), text);
    }
}
