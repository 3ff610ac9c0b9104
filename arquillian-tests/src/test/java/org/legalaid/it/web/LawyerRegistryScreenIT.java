package org.legalaid.it.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.it.Deployments;
import org.legalaid.lawyers.UnifiedSocialCreditCode;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.it.web.IntakeScreens.signInFirstTime;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Lawyer pool screens: a firm registered after a refused credit code, a lawyer admitted, the director activates")
class LawyerRegistryScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    private static String creditCode() {
        String org = "MB" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String first17 = "31370202" + org + UnifiedSocialCreditCode.organisationCheckCharacter(org);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    @Test
    void officerRegistersAndAdmitsAndTheDirectorActivates() {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Staff officer = api.createAccount(tree.user("assigner"), "陈指派", tree.centre(), "ASSIGNMENT_OFFICER");
        Api.Staff director = api.createAccount(tree.user("director"), "张主任", tree.centre(), "APPROVER");
        String firmName = "山东屏测律师事务所" + tree.suffix();
        String code = creditCode();
        String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');

        // The officer registers a firm: a mistyped credit code is refused in Chinese, the right one accepted.
        signInFirstTime(browser, officer);
        browser.open("lawyers/firms.xhtml");
        browser.openDialog(By.id("listForm:new"), "registerDialog");
        browser.type(By.id("registerForm:name"), firmName);
        browser.type(By.id("registerForm:creditCode"), wrong);
        browser.choose("registerForm:region", "市南区（370202）");
        browser.type(By.id("registerForm:address"), "市南区香港中路8号");
        browser.type(By.id("registerForm:contactPerson"), "周主任");
        browser.type(By.id("registerForm:contactPhone"), "0532-80001234");
        browser.clickAndWaitForAjax(By.id("registerForm:save"));
        assertTrue(browser.awaitMessages().contains("统一社会信用代码校验位不正确，请核对。"), browser.messages());
        browser.screenshot("registry-1-credit-code-refused");
        browser.type(By.id("registerForm:creditCode"), code);
        browser.clickAndWaitForAjax(By.id("registerForm:save"));
        assertTrue(browser.awaitMessages().contains("已登记律所“" + firmName + "”。"), browser.messages());
        browser.waitInvisible(By.id("registerDialog"));
        assertTrue(browser.text(By.id("listForm:table")).contains(code), browser.text(By.id("listForm:table")));

        // The officer admits a lawyer of that firm (准入): the status is "admitted" until approved.
        String first17 = "370202198803150" + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
        String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
        String licence = String.format("13702%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        browser.open("lawyers/lawyers.xhtml");
        browser.openDialog(By.id("listForm:new"), "admitDialog");
        browser.choose("admitForm:firm", firmName);
        browser.type(By.id("admitForm:name"), "林屏测");
        browser.type(By.id("admitForm:idNumber"), idNumber);
        browser.type(By.id("admitForm:licenceNumber"), licence);
        browser.type(By.id("admitForm:licenceDate_input"), "2016-07-01");
        browser.find(By.id("admitForm:licenceDate_input")).sendKeys(Keys.ESCAPE);
        browser.tick("admitForm:specialties", "劳动");
        browser.tick("admitForm:languages", "中国手语");
        browser.tick("admitForm:regions", "市南区");
        browser.clickAndWaitForAjax(By.id("admitForm:save"));
        assertTrue(browser.awaitMessages().contains("已准入登记律师“林屏测”"), browser.messages());
        browser.waitInvisible(By.id("admitDialog"));
        browser.screenshot("registry-2-lawyer-admitted");

        browser.clickAndWaitForPage(By.linkText("林屏测"));
        assertEquals("准入", browser.text(By.id("status")));
        assertTrue(browser.text(By.id("languages")).contains("中国手语"));
        assertEquals(ResidentIdNumber.mask(idNumber), browser.text(By.id("idNumber")));
        assertFalse(browser.source().contains(idNumber), "the full ID number is not on the page");
        assertTrue(browser.isPresent(By.id("workload")), "the spot for the workload is there");

        // The officer corrects the profile: one more field of practice, same dialog fields as the admission.
        browser.openDialog(By.id("detailActions:edit"), "editDialog");
        browser.tick("editForm:specialties", "婚姻家事");
        browser.clickAndWaitForAjax(By.id("editForm:save"));
        assertTrue(browser.awaitMessages().contains("已更新律师“林屏测”的档案。"), browser.messages());
        browser.waitInvisible(By.id("editDialog"));
        assertTrue(browser.text(By.id("details")).contains("婚姻家事"), browser.text(By.id("details")));
        assertEquals(ResidentIdNumber.mask(idNumber), browser.text(By.id("idNumber")), "the ID number is kept");
        browser.openDialog(By.id("statusActions:requestStatus"), "statusDialog");
        browser.type(By.id("statusForm:reason"), "准入材料审核齐全");
        browser.clickAndWaitForAjax(By.id("statusForm:submit"));
        assertTrue(browser.awaitMessages().contains("状态变更申请已提交"), browser.messages());
        browser.waitInvisible(By.id("statusDialog"));
        String lawyerPage = browser.path() + "?" + browser.driver().getCurrentUrl().split("\\?", 2)[1];
        browser.signOut();

        // The director approves the activation on the approvals page.
        signInFirstTime(browser, director);
        browser.open("lawyers/approvals.xhtml");
        String pending = browser.text(By.id("approvalsForm:statusRequests"));
        assertTrue(pending.contains("林屏测") && pending.contains("准入材料审核齐全") && pending.contains("陈指派")
                && !pending.contains(tree.user("assigner")), "the requester by name, not login name (issue 18): " + pending);
        browser.screenshot("registry-3-approvals");
        browser.clickAndWaitForAjax(By.id("approvalsForm:statusRequests:0:approve"));
        assertTrue(browser.awaitMessages().contains("已批准状态变更，律师状态已更新。"), browser.messages());
        assertTrue(browser.text(By.id("approvalsForm:statusRequests")).contains("暂无记录"));

        browser.open(lawyerPage);
        assertEquals("在库", browser.text(By.id("status")));
        String history = browser.text(By.id("history"));
        assertTrue(history.contains("陈指派") && history.contains("张主任") && !history.contains(tree.user("assigner"))
                && !history.contains(tree.user("director")), "people by name (issue 18): " + history);
    }
}
