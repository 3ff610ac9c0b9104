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
import org.openqa.selenium.support.ui.Select;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen's complaint from the public form to the decision (issue 15, MoJ order 149): filed online
 * without signing in (a filled honeypot refused with a message first), the receipt number shown once;
 * the handler finds it waiting, accepts it and names two investigators, who each write a record; the
 * head approves the one extension; the decision is issued as a numbered PDF; the citizen asks the
 * state with the receipt number and the phone's last four digits and reads "decided". The year's
 * report (art. 28) of the handler's centre counts it.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("The public complaint (issue 15): a citizen files online, staff handle it to the decision, the citizen asks the state")
class PublicComplaintScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    private static final String PHONE = "13912345678";
    private static final String SCRIPT = "<script>document.title='x'</script>";

    private void fillForm(Api.Tree tree) {
        browser.open("public/complaint.xhtml");
        browser.type(By.id("complaint:name"), "王桂兰");
        browser.type(By.id("complaint:phone"), PHONE);
        new Select(browser.find(By.id("complaint:centre"))).selectByVisibleText(tree.district().name());
        new Select(browser.find(By.id("complaint:rtype"))).selectByVisibleText("法律援助机构");
        browser.type(By.id("complaint:rname"), "区法律援助中心值班窗口");
        new Select(browser.find(By.id("complaint:ground"))).selectByVisibleText("未及时通报案件办理情况");
        browser.script("document.getElementById('complaint:knewOn').value = arguments[0]", IntakeScreens.today().minusDays(20).toString());
        browser.type(By.id("complaint:facts"), "承办律师三个月未告知案件进展。" + SCRIPT);
    }

    @Test
    @DisplayName("filed online with a receipt number, accepted, two investigators record, the head extends once, the decision PDF issued, the citizen reads 已作出处理决定")
    void fromTheOnlineFormToTheDecision() throws Exception {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Staff handler = api.createAccount(tree.user("complaints"), "周投诉", tree.centre(), "COMPLAINT_HANDLER");
        Api.Staff inv1 = api.createAccount(tree.user("inv1"), "钱调查", tree.centre(), "COMPLAINT_HANDLER");
        Api.Staff inv2 = api.createAccount(tree.user("inv2"), "孙调查", tree.centre(), "COMPLAINT_HANDLER");
        Api.Staff head = api.createAccount(tree.user("head"), "郑主任", tree.centre(), "APPROVER");

        // the citizen, not signed in: a honeypot filled (as a program would) is refused with a message
        fillForm(tree);
        browser.script("document.getElementById('complaint:website').value = 'http://spam.example'");
        browser.clickAndWaitForPage(By.id("complaint:submit"));
        assertTrue(browser.text(By.id("complaint:messages")).contains("不应填写"), browser.text(By.id("complaint:messages")));
        assertFalse(browser.isPresent(By.id("receiptNumber")), "nothing filed");
        assertNull(browser.sessionId(), "a stateless page: no session for the visitor");

        // a field left empty is named next to it
        fillForm(tree);
        browser.type(By.id("complaint:rname"), "");
        browser.clickAndWaitForPage(By.id("complaint:submit"));
        assertTrue(browser.text(By.id("complaint:rname-msg")).contains("请选择被投诉人"), browser.text(By.id("complaint:rname-msg")));

        fillForm(tree);
        browser.clickAndWaitForPage(By.id("complaint:submit"));
        String receipt = browser.text(By.id("receiptNumber"));
        assertTrue(receipt.matches("TS-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]"), receipt);
        assertTrue(browser.text(By.id("receiptCentre")).contains(tree.district().name()));
        assertTrue(browser.isPresent(By.id("print")), "printable");
        assertNull(browser.sessionId(), "still no session");
        browser.screenshot("public-complaint-receipt");

        // the handler finds it waiting in the register, the facts shown as text
        String handlerPw = IntakeScreens.signInFirstTime(browser, handler);
        assertTrue(browser.text(By.id("complaintsCard")).contains("待受理"), "on the workbench");
        browser.open("complaints/list.xhtml");
        browser.type(By.id("filterForm:text"), receipt);
        browser.clickAndWaitForAjax(By.id("filterForm:search"));
        browser.waitForText(By.id("listForm:complaints"), receipt);
        assertTrue(browser.text(By.id("listForm:complaints")).contains("待受理"));
        browser.clickAndWaitForPage(By.xpath("//*[@id='listForm:complaints']//a[normalize-space()='" + receipt + "']"));
        String complaintPage = "complaints/complaint.xhtml?id=" + browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertTrue(browser.text(By.id("facts")).contains("网上投诉"), browser.text(By.id("facts")));
        assertTrue(browser.source().contains("&lt;script&gt;"), "the script tag is shown as text, escaped");
        assertFalse("x".equals(browser.title()), "and never ran");
        // art. 9, 15: the respondent named in words is linked to the registries before acceptance
        assertTrue(browser.text(By.id("respondent")).contains("未关联登记库"), browser.text(By.id("respondent")));
        browser.clickAndWaitForAjax(By.id("complaintForm:accept"));
        assertTrue(browser.text(By.id("complaintForm:linkQueryMsg")).contains("请先从登记库中选定"),
                "refused, said beside the picker: " + browser.text(By.id("complaintForm:linkQueryMsg")));
        assertTrue(browser.text(By.id("status")).contains("待受理"), "not accepted");
        browser.type(By.id("complaintForm:linkQuery"), tree.district().name());
        browser.clickAndWaitForAjax(By.id("complaintForm:findLink"));
        assertTrue(browser.find(By.cssSelector("[id='complaintForm:linkChosen'] input[type=radio]")).isSelected(), "the one found is chosen");
        browser.screenshot("complaint-link-respondent");
        browser.clickAndWaitForAjax(By.id("complaintForm:accept"));
        browser.waitForText(By.id("status"), "调查中");
        assertTrue(browser.text(By.id("respondent")).contains(tree.district().name()), browser.text(By.id("respondent")));
        assertTrue(browser.text(By.id("respondent")).contains("区法律援助中心值班窗口"), "the complainant's words kept beside");
        browser.openDialog(By.id("complaintForm:assign"), "dlg_team");
        browser.type(By.id("form_team:inv1"), inv1.username());
        browser.type(By.id("form_team:inv2"), inv2.username());
        browser.clickAndWaitForAjax(By.id("form_team:ok"));
        browser.waitForText(By.id("complaintForm:team"), "孙调查");
        browser.open(complaintPage); // the dialog's mask gone
        browser.signOut();

        // two investigators record
        for (Api.Staff inv : new Api.Staff[]{inv1, inv2}) {
            IntakeScreens.signInFirstTime(browser, inv);
            browser.open(complaintPage);
            browser.openDialog(By.id("complaintForm:record"), "dlg_record");
            browser.choose("form_record:kind", "调阅案卷");
            browser.type(By.id("form_record:text"), inv.fullName() + "：调阅案卷，承办律师三个月无会见和通报记录。");
            browser.clickAndWaitForAjax(By.id("form_record:ok"));
            browser.waitForText(By.id("complaintForm:records"), inv.fullName());
            browser.open(complaintPage);
            if (inv == inv1) {
                // art. 16–17: the investigator attaches the scanned record; it is in the file and downloads as sent
                java.nio.file.Path scan = java.nio.file.Files.createTempFile("询问笔录-", ".pdf");
                byte[] content = "%PDF-1.4 调阅案卷记录扫描件".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                java.nio.file.Files.write(scan, content);
                browser.openDialog(By.id("complaintForm:attach"), "dlg_attach");
                browser.find(By.id("form_attach:upload_input")).sendKeys(scan.toString());
                browser.waitForText(By.id("complaintForm:records"), scan.getFileName().toString());
                String href = browser.find(By.cssSelector("[id='complaintForm:records'] a.la-attachment")).getAttribute("href");
                Browser.Download file = browser.download(href.substring(href.indexOf("complaints/attachment")));
                assertEquals(200, file.status());
                assertTrue(file.contentType().startsWith("application/pdf"), file.contentType());
                assertArrayEquals(content, file.body(), "byte for byte");
                browser.open(complaintPage);
                assertTrue(browser.text(By.id("complaintForm:steps")).contains("添加调查笔录附件"), "in the one file");
                java.nio.file.Files.delete(scan);
            }
            browser.signOut();
        }

        // the handler asks for the one extension, the head approves it
        browser.signIn(handler.username(), handlerPw);
        browser.open(complaintPage);
        browser.openDialog(By.id("complaintForm:requestExtension"), "dlg_extension");
        browser.typeNumber("form_extension:days", "20");
        browser.type(By.id("form_extension:text"), "需等待律师协会提供执业记录。");
        browser.clickAndWaitForAjax(By.id("form_extension:ok"));
        browser.waitForText(By.id("complaintForm:extension"), "20");
        browser.open(complaintPage);
        browser.signOut();
        IntakeScreens.signInFirstTime(browser, head);
        browser.open(complaintPage);
        browser.clickAndWaitForAjax(By.id("complaintForm:approveExtension"));
        browser.waitForText(By.id("complaintForm:extension"), "批准");
        assertFalse(browser.isPresent(By.id("complaintForm:approveExtension")), "once");
        browser.signOut();

        // the complainant is told, and the decision is issued as a numbered PDF
        browser.signIn(handler.username(), handlerPw);
        browser.open(complaintPage);
        browser.openDialog(By.id("complaintForm:notifyExtension"), "dlg_notifyExtension");
        browser.type(By.id("form_notifyExtension:text"), "电话告知投诉人");
        browser.clickAndWaitForAjax(By.id("form_notifyExtension:ok"));
        browser.waitForText(By.id("complaintForm:steps"), "告知投诉人延长");
        browser.open(complaintPage);
        browser.openDialog(By.id("complaintForm:decide"), "dlg_decide");
        browser.choose("form_decide:outcome", "批评教育、责令改正");
        browser.type(By.id("form_decide:text"), "经调查，承办律师未及时通报案件办理情况，投诉成立。");
        browser.clickAndWaitForAjax(By.id("form_decide:ok"));
        browser.waitForText(By.id("status"), "已决定");
        assertTrue(browser.text(By.id("complaintForm:decision")).matches("(?s).*〔\\d{4}〕\\d+号.*"), browser.text(By.id("complaintForm:decision")));
        String pdfHref = browser.find(By.id("complaintForm:decisionPdf")).getAttribute("href");
        Browser.Download pdf = browser.download(pdfHref.substring(pdfHref.indexOf("complaints/complaint.pdf")));
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        // the year's report of the handler's centre (art. 28) counts it, received and decided in time
        browser.open("complaints/report.xhtml");
        assertEquals("1", browser.text(By.id("received")));
        assertEquals("1", browser.text(By.id("decided")));
        assertTrue(browser.text(By.id("inTime")).startsWith("1"), browser.text(By.id("inTime")));
        assertTrue(browser.text(By.id("reportForm:byUnit")).contains(tree.district().name()));
        browser.screenshot("complaint-annual-report");
        browser.signOut();

        // the citizen asks the state: a wrong digit is told nothing, the right ones read "decided"
        browser.open("public/complaint-status.xhtml");
        browser.type(By.id("status:receipt"), receipt.toLowerCase());
        browser.type(By.id("status:phone4"), "0000");
        browser.clickAndWaitForPage(By.id("status:lookUp"));
        assertTrue(browser.text(By.id("status:messages")).contains("没有找到"), browser.text(By.id("status:messages")));
        assertFalse(browser.isPresent(By.id("state")));
        browser.type(By.id("status:receipt"), receipt.toLowerCase());
        browser.type(By.id("status:phone4"), PHONE.substring(PHONE.length() - 4));
        browser.clickAndWaitForPage(By.id("status:lookUp"));
        assertEquals("已作出处理决定", browser.text(By.id("state")));
        assertEquals("批评教育、责令改正", browser.text(By.id("outcome")));
        assertFalse(browser.source().contains("钱调查"), "nothing of the investigation");
        browser.screenshot("public-complaint-status");
    }
}
