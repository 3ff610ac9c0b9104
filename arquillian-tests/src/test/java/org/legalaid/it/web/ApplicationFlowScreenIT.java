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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.it.web.IntakeScreens.act;
import static org.legalaid.it.web.IntakeScreens.next;
import static org.legalaid.it.web.IntakeScreens.signInFirstTime;
import static org.legalaid.it.web.IntakeScreens.status;

@ExtendWith(ArquillianExtension.class)
@DisplayName("From consultation to grant: a 68-year-old in a maintenance dispute, exempt from the means test (seed 001, LAL art. 42)")
class ApplicationFlowScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    @Test
    void anElderlyApplicantFromAConsultationIsGrantedAidWithoutTheMeansTest() {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        IntakeScreens.Region region = IntakeScreens.hardshipStandard(browser, api, tree);
        Api.Staff clerk = api.createAccount(tree.user("clerk"), "孙受理", tree.district(), "INTAKE_CLERK");
        Api.Staff reviewer = api.createAccount(tree.user("reviewer"), "周审查", tree.district(), "REVIEWER");
        Api.Staff approver = api.createAccount(tree.user("approver"), "吴审批", tree.district(), "APPROVER");
        String id = IntakeScreens.residentId(68, "042");

        // The clerk records the consultation, then turns it into an application without retyping.
        signInFirstTime(browser, clerk);
        browser.open("intake/consultations.xhtml");
        browser.press("recordForm:channel", "窗口来访");
        browser.choose("recordForm:topic", "赡养费");
        browser.type(By.id("recordForm:personName"), "王秀兰");
        browser.type(By.id("recordForm:personPhone"), "13912345678");
        browser.type(By.id("recordForm:personIdNumber"), id);
        browser.type(By.id("recordForm:question"), "三个子女均不支付赡养费，本人无力维持生活。");
        browser.type(By.id("recordForm:answer"), "属于法律援助事项范围，可以申请。");
        browser.clickAndWaitForAjax(By.id("recordForm:save"));
        assertEquals("咨询已登记。", browser.awaitMessages());

        browser.clickAndWaitForPage(By.xpath("//*[contains(@id,'toApplication')]//a"));
        assertEquals("intake/application-new.xhtml", browser.path());
        assertTrue(browser.text(By.id("wizardForm:fromConsultation")).contains("已带入"), "says where the data came from");
        assertEquals(id, browser.find(By.id("wizardForm:idNumber")).getAttribute("value"), "the ID number is carried over");
        assertEquals("王秀兰", browser.find(By.id("wizardForm:fullName")).getAttribute("value"), "so is the name");
        assertEquals("13912345678", browser.find(By.id("wizardForm:phone")).getAttribute("value"), "and the phone");
        browser.typeNumber("wizardForm:householdSize", "1");
        browser.typeNumber("wizardForm:income", "3000");
        browser.screenshot("wizard-1-applicant-from-consultation");
        browser.clickAndWaitForAjax(By.id("wizardForm:register"));
        assertTrue(browser.messages().contains("已登记申请人 王秀兰。"), browser.messages());
        assertEquals("王秀兰", browser.text(By.id("applicantName")));

        next(browser);
        assertEquals("赡养费", browser.text(By.id("wizardForm:matterCategory_label")), "the topic is carried over");
        assertTrue(browser.find(By.id("wizardForm:facts")).getAttribute("value").contains("三个子女均不支付赡养费"),
                "the question becomes the facts");
        browser.press("wizardForm:matterType", "民事");
        browser.type(By.id("wizardForm:opposingPartyName"), "李建国");
        browser.choose("wizardForm:region", region.label());
        browser.screenshot("wizard-2-matter");
        next(browser);

        browser.waitVisible(By.id("wizardForm:channel"));
        browser.tick("wizardForm:documents", "身份证明");
        browser.tick("wizardForm:documents", "法律援助事项相关材料");
        next(browser);
        String summary = browser.text(By.id("summary"));
        assertTrue(summary.contains("王秀兰") && summary.contains("民事") && summary.contains("赡养费")
                && summary.contains(region.name()) && summary.contains("中心窗口"), summary);
        browser.screenshot("wizard-4-confirm");
        browser.clickAndWaitForPage(By.id("wizardForm:submit"));

        assertEquals("intake/application.xhtml", browser.path());
        assertEquals("已登记 王秀兰 的法律援助申请。", browser.messages());
        assertEquals("已登记", status(browser));
        // issue 18: the acceptance dialog speaks of its own act only, not the page's message again
        browser.openDialog(By.id("actionsForm:acceptButton"), "acceptDialog");
        assertEquals("", browser.text(By.id("acceptForm:acceptMessages")), "the dialog repeats the page's message");
        assertFalse(browser.isPresent(By.id("jurisdictionShown")), "no ground before acceptance");
        assertFalse(browser.source().contains(id), "the full ID number is not on the page");
        long applicationId = IntakeScreens.shownApplicationId(browser);

        // The clerk's workbench names it as waiting for acceptance and leads back to it (issue 17).
        browser.open("index.xhtml");
        By toAccept = By.cssSelector("[data-work='applicationsSUBMITTED']");
        assertEquals("1", browser.text(By.cssSelector("[data-work='applicationsSUBMITTED'] .la-count-figure")),
                "one application waits for acceptance in the clerk's district");
        browser.clickAndWaitForPage(toAccept);
        assertEquals("intake/applications.xhtml", browser.path());
        browser.clickAndWaitForPage(By.linkText("王秀兰"));
        assertEquals(applicationId, IntakeScreens.shownApplicationId(browser));

        // The clerk accepts it: a civil matter, on the ground of the handling organ's location (LAL art. 38).
        assertEquals("申请已受理。", act(browser, "acceptButton", "acceptDialog", () -> { }));
        assertEquals("已受理", status(browser));
        assertEquals("办案机关所在地", browser.text(By.id("jurisdictionShown")), "the chosen ground is shown afterwards");
        // Its 7-day decision clock (LAL art. 43) is not due within two days, yet the deadline card counts
        // it among the open ones — it used to show only overdue, due-soon and paused, so all read 0.
        browser.open("index.xhtml");
        assertEquals("1", browser.text(By.cssSelector("#open .la-count-figure")), "the open decision clock is counted");
        assertEquals("0", browser.text(By.cssSelector("#dueSoon .la-count-figure")));
        browser.clickAndWaitForPage(By.id("open"));
        assertEquals("intake/deadlines.xhtml", browser.path());
        assertTrue(browser.text(By.tagName("tbody")).contains("王秀兰"), "the open list shows the application's clock");
        browser.signOut();

        // The reviewer sees the seed's 65+ exemption and the scope of LAL art. 31(4), and proposes a grant.
        // …finding it from the workbench: what waits for this reviewer, and the list filtered so
        signInFirstTime(browser, reviewer);
        browser.open("index.xhtml");
        By toReview = By.cssSelector("[data-work='applicationsACCEPTED']");
        assertEquals("1", browser.text(By.cssSelector("[data-work='applicationsACCEPTED'] .la-count-figure")),
                "one application waits for review in the reviewer's units");
        assertTrue(browser.text(toReview).contains("待审查申请"), browser.text(toReview));
        browser.clickAndWaitForPage(toReview);
        assertEquals("intake/applications.xhtml", browser.path());
        assertEquals("已受理", browser.text(By.id("listForm:status_label")), "the list is filtered by the status counted");
        browser.clickAndWaitForPage(By.linkText("王秀兰"));
        assertEquals(applicationId, IntakeScreens.shownApplicationId(browser));
        String live = browser.text(By.id("liveFindings"));
        assertAll(
                () -> assertTrue(live.contains("属于法律援助事项范围") && live.contains("第三十一条第（四）项"), live),
                () -> assertTrue(live.contains("免予经济困难审查") && live.contains("本市65岁以上老年人"), live));
        browser.screenshot("detail-review");

        browser.openDialog(By.id("actionsForm:proposeButton"), "proposeDialog");
        browser.press("proposeForm:grant", "给予法律援助");
        browser.clickAndWaitForAjax(By.id("proposeForm:confirm"));
        assertEquals("理由：不能为空", browser.text(By.id("proposeForm:proposeMessages")), "the dialog names what is missing");
        assertEquals("", browser.text(By.id("messages")), "and the page behind it stays quiet");
        browser.screenshot("dialog-propose-reasons-missing");
        browser.type(By.id("proposeForm:reasons"), "申请人年满65周岁，赡养费纠纷，依本市规定免予经济困难审查，属于法律援助事项范围。");
        browser.clickAndWaitForPage(By.id("proposeForm:confirm"));
        assertEquals("审查意见已提交审批。", browser.messages());
        assertEquals("待审批", status(browser));
        browser.signOut();

        // The approver approves: aid is granted.
        signInFirstTime(browser, approver);
        browser.open("intake/application.xhtml?id=" + applicationId);
        assertEquals("已作出决定。", act(browser, "approveButton", "approveDialog", () -> { }));
        assertEquals("给予援助", status(browser));
        assertTrue(browser.find(By.id("decisionPdf")).getAttribute("href").endsWith("/intake/decision.pdf?id=" + applicationId));
        String clocks = browser.text(By.id("clocks"));
        assertTrue(clocks.contains("作出是否给予法律援助的决定") && clocks.contains("已完成"), "the 7-day clock closed: " + clocks);
        assertTrue(clocks.contains("决定给予后指派律师") && clocks.contains("正常"), "the 3-day assignment clock runs: " + clocks);
        Browser.Download pdf = browser.download("intake/decision.pdf?id=" + applicationId);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        String letter = pdfText(pdf.body());
        assertTrue(letter.contains("给予法律援助决定书"), letter);
        assertTrue(letter.contains("王秀兰"), letter);
        assertTrue(letter.contains("65岁以上老年人"), "the exemption's basis is printed (seed 001): " + letter);
        assertTrue(letter.matches("(?s).*〔" + java.time.LocalDate.now().getYear() + "〕1号.*"), "numbered in the centre's series: " + letter);
        // issue 18: the decision states its grounds, not the reviewer's proposal; the law in full once, then short
        assertTrue(letter.contains("经审查查明") && letter.contains("三个子女均不支付赡养费") && letter.contains("第三十一条第（四）项"), letter);
        assertFalse(letter.contains("审查意见") || letter.contains("依本市规定免予经济困难审查，属于法律援助事项范围"),
                "the reviewer's wording is not printed: " + letter);
        assertEquals(letter.indexOf("《中华人民共和国法律援助法》（以下简称《法律援助法》）"), letter.indexOf("中华人民共和国法律援助法") - 1, letter);
        assertEquals(letter.indexOf("中华人民共和国法律援助法"), letter.lastIndexOf("中华人民共和国法律援助法"), letter);

        // issue 18: people, not login names — the review, the decision and the timeline name the staff
        String page = browser.text(By.tagName("main"));
        assertTrue(page.contains("周审查") && page.contains("吴审批") && page.contains("孙受理"), page);
        for (Api.Staff s : List.of(clerk, reviewer, approver)) {
            assertFalse(page.contains(s.username()), "the page shows the login name " + s.username() + ":\n" + page);
        }
        assertEquals(404, browser.download("intake/decision.pdf?id=" + applicationId + "&doc=objection").status(),
                "no objection, no objection decision");

        List<String> timeline = browser.driver().findElements(By.cssSelector("#timeline .la-timeline-label")).stream()
                .map(e -> e.getText().strip()).toList();
        assertEquals(List.of("由咨询转入", "收到申请", "受理", "审查意见：给予援助", "决定给予法律援助"), timeline);
        browser.screenshot("detail-granted");

        // The list shows it granted, and a click on the row opens it again.
        browser.open("intake/applications.xhtml");
        String table = browser.text(By.id("listForm:table"));
        assertTrue(table.contains("王秀兰") && table.contains("民事 · 赡养费") && table.contains("给予援助"), table);
        browser.screenshot("list");
        browser.clickAndWaitForPage(By.xpath("//*[@id='listForm:table']//td[contains(normalize-space(),'民事 · 赡养费')]"));
        assertEquals(applicationId, IntakeScreens.shownApplicationId(browser));
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
