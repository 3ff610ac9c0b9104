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

/**
 * The complaint screens (issue 15, MoJ order 149): the handler's workbench card, the form that writes
 * a complaint down — markup refused next to the field, the respondent picked from the registry, an
 * objection sent to its procedure — the complaint page that offers only the acts of the moment, the
 * acceptance, two investigators (one refused), and the register that finds the complaint.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("The complaint screens (issue 15): register, accept, name two investigators, find it in the register")
class ComplaintScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    @Test
    @DisplayName("a letter complaint about a district clerk is registered (markup refused, objection routed), accepted and given two investigators, and listed in the register")
    void registerAcceptAndInvestigate() throws Exception {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Staff handler = api.createAccount(tree.user("complaints"), "周投诉", tree.centre(), "COMPLAINT_HANDLER");
        Api.Staff inv1 = api.createAccount(tree.user("inv1"), "钱调查", tree.centre(), "COMPLAINT_HANDLER");
        Api.Staff inv2 = api.createAccount(tree.user("inv2"), "孙调查", tree.centre(), "COMPLAINT_HANDLER");
        Api.Staff clerk = api.createAccount(tree.user("clerk"), "吴受理", tree.district(), "INTAKE_CLERK");

        IntakeScreens.signInFirstTime(browser, handler);
        assertTrue(browser.text(By.id("complaintsCard")).contains("待受理"), "the workbench says what waits");
        browser.open("complaints/new.xhtml");
        browser.choose("complaintForm:channel", "信函");
        browser.type(By.id("complaintForm:complainant"), "王桂兰");
        browser.choose("complaintForm:rtype", "法律援助机构工作人员");
        browser.type(By.id("complaintForm:rquery"), clerk.username());
        browser.clickAndWaitForAjax(By.id("complaintForm:findRespondents"));
        browser.find(By.xpath("//*[@id='complaintForm:respondent']//label[starts-with(normalize-space(),'吴受理')]")).click();
        browser.choose("complaintForm:ground", "无正当理由拒绝、拖延提供服务");
        browser.type(By.id("complaintForm:knewOn_input"), IntakeScreens.today().minusDays(10).toString());
        browser.type(By.id("complaintForm:facts"), "<script>alert(1)</script>");
        browser.clickAndWaitForAjax(By.id("complaintForm:save"));
        assertTrue(browser.path().endsWith("complaints/new.xhtml"), "nothing was registered: " + browser.path());
        assertTrue(browser.isPresent(By.cssSelector(".ui-message-error")), "the markup is refused next to the field");

        browser.find(By.xpath("//*[@id='complaintForm:objection']//label[normalize-space()='终止法律援助']")).click();
        browser.waitForText(By.id("complaintForm:objectionNote"), "异议程序");
        assertTrue(browser.isPresent(By.id("complaintForm:toObjection")), "a link to the objection procedure");
        browser.find(By.xpath("//*[@id='complaintForm:objection']//label[normalize-space()='不是，是投诉']")).click();
        browser.settle();

        browser.type(By.id("complaintForm:facts"), "窗口工作人员两次以材料不全为由拒收申请，未一次性告知所缺材料。");
        browser.clickAndWaitForPage(By.id("complaintForm:save"));
        assertTrue(browser.path().endsWith("complaints/complaint.xhtml"), browser.path());
        String number = browser.text(By.id("number"));
        assertTrue(number.matches("TS-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]"), number);
        assertEquals("待受理", browser.text(By.id("status")));
        assertFalse(browser.isPresent(By.id("complaintForm:decide")), "no decision before acceptance");

        browser.clickAndWaitForAjax(By.id("complaintForm:accept"));
        browser.waitForText(By.id("status"), "调查中");
        assertTrue(browser.text(By.id("decisionDue")).matches("\\d{4}年\\d{1,2}月\\d{1,2}日.*"), browser.text(By.id("decisionDue")));

        browser.openDialog(By.id("complaintForm:assign"), "dlg_team");
        browser.type(By.id("form_team:inv1"), inv1.username());
        browser.clickAndWaitForAjax(By.id("form_team:ok"));
        assertTrue(browser.awaitMessages().contains("调查人员不得少于2人"), browser.messages());
        browser.type(By.id("form_team:inv2"), inv2.username());
        browser.clickAndWaitForAjax(By.id("form_team:ok"));
        browser.waitForText(By.id("complaintForm:team"), "孙调查");
        assertTrue(browser.text(By.id("complaintForm:team")).contains("钱调查"));
        assertTrue(browser.text(By.id("complaintForm:steps")).contains("指定调查人员"), "the file shows the step");

        browser.open("complaints/list.xhtml");
        browser.type(By.id("filterForm:text"), number);
        browser.clickAndWaitForAjax(By.id("filterForm:search"));
        browser.waitForText(By.id("listForm:complaints"), number);
        assertTrue(browser.text(By.id("listForm:complaints")).contains("调查中"));
        browser.signOut();
    }
}
