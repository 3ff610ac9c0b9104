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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.it.web.IntakeScreens.act;
import static org.legalaid.it.web.IntakeScreens.next;
import static org.legalaid.it.web.IntakeScreens.signInFirstTime;
import static org.legalaid.it.web.IntakeScreens.status;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Objection (LAL art. 49): a refused applicant objects and the justice bureau orders aid")
class ObjectionScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    @Test
    void anApplicantAboveTheHardshipStandardIsRefusedObjectsAndTheBureauOrdersAid() {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        IntakeScreens.Region region = IntakeScreens.hardshipStandard(browser, api, tree);
        Api.Staff clerk = api.createAccount(tree.user("clerk"), "郑受理", tree.district(), "INTAKE_CLERK");
        Api.Staff reviewer = api.createAccount(tree.user("reviewer"), "冯审查", tree.district(), "REVIEWER");
        Api.Staff approver = api.createAccount(tree.user("approver"), "陈审批", tree.district(), "APPROVER");
        Api.Staff supervisor = api.createAccount(tree.user("supervisor"), "褚监督", api.bureau(), "BUREAU_SUPERVISOR");

        // The clerk registers a 40-year-old earning ¥5,000 a month alone, in a wage dispute, at the window.
        String clerkPassword = signInFirstTime(browser, clerk);
        browser.open("intake/applications.xhtml");
        browser.clickAndWaitForPage(By.cssSelector("[id='listForm:new'] a, a[id='listForm:new']"));
        browser.type(By.id("wizardForm:idNumber"), IntakeScreens.residentId(40, "017"));
        browser.clickAndWaitForAjax(By.id("wizardForm:lookUp"));
        browser.waitVisible(By.id("wizardForm:registerPanel"));
        browser.type(By.id("wizardForm:fullName"), "赵建军");
        browser.typeNumber("wizardForm:householdSize", "1");
        browser.typeNumber("wizardForm:income", "5000");
        browser.clickAndWaitForAjax(By.id("wizardForm:register"));
        assertEquals("赵建军", browser.text(By.id("applicantName")));
        next(browser);
        browser.press("wizardForm:matterType", "劳动仲裁");
        browser.choose("wizardForm:matterCategory", "确认劳动关系、支付劳动报酬");
        browser.type(By.id("wizardForm:facts"), "公司拖欠三个月工资共计一万五千元。");
        browser.choose("wizardForm:region", region.label());
        next(browser);
        browser.waitVisible(By.id("wizardForm:channel"));
        browser.tick("wizardForm:documents", "身份证明");
        browser.tick("wizardForm:documents", "经济困难证明");
        next(browser);
        browser.clickAndWaitForPage(By.id("wizardForm:submit"));
        long id = IntakeScreens.shownApplicationId(browser);
        // Labour arbitration is not litigation: the ground is where the dispute authority sits (LAL art. 38).
        assertEquals("申请已受理。", act(browser, "acceptButton", "acceptDialog",
                () -> browser.choose("acceptForm:jurisdiction", "争议处理机关所在地")));
        browser.signOut();

        // The reviewer sees income per head above the standard and proposes a refusal.
        signInFirstTime(browser, reviewer);
        browser.open("intake/application.xhtml?id=" + id);
        String hardship = browser.text(By.id("hardship"));
        assertTrue(hardship.contains("不符合经济困难标准")
                && hardship.contains("家庭人均月收入 ¥5,000.00，经济困难标准 ¥2,000.00（" + IntakeScreens.today().getYear() + "年度）"),
                hardship);
        assertEquals("审查意见已提交审批。", act(browser, "proposeButton", "proposeDialog", () -> {
            // issue 18: 核查方式 carries the asterisk exactly when a grant needs it (its input's required)
            browser.press("proposeForm:grant", "给予法律援助");
            assertTrue(browser.text(By.id("proposeForm:verificationLabel")).endsWith("*"), browser.text(By.id("proposeForm:verificationLabel")));
            browser.press("proposeForm:grant", "不予法律援助");
            assertFalse(browser.text(By.id("proposeForm:verificationLabel")).endsWith("*"), "a refusal needs no verification");
            browser.type(By.id("proposeForm:reasons"), "申请人家庭人均月收入高于本地区经济困难标准。");
        }));
        browser.signOut();

        signInFirstTime(browser, approver);
        browser.open("intake/application.xhtml?id=" + id);
        assertEquals("已作出决定。", act(browser, "approveButton", "approveDialog", () -> { }));
        assertEquals("不予援助", status(browser));
        assertTrue(browser.isPresent(By.id("decisionPdf")), "the written refusal can be printed");
        assertFalse(browser.isPresent(By.id("actionsForm:objectionButton")), "an approver does not record objections");
        browser.signOut();

        // The applicant objects at the window; the clerk records it for the justice bureau.
        browser.signIn(clerk.username(), clerkPassword);
        browser.open("intake/application.xhtml?id=" + id);
        assertEquals("异议已登记，由司法行政部门审查。", act(browser, "objectionButton", "objectionDialog",
                () -> browser.type(By.id("objectionForm:objectionGrounds"), "本人工资被拖欠后已无收入，家庭实际困难。")));
        assertEquals("异议审查中", status(browser));
        browser.signOut();

        // The bureau's supervisor orders aid: the application is granted (LAL art. 49).
        signInFirstTime(browser, supervisor);
        browser.open("intake/application.xhtml?id=" + id);
        assertTrue(browser.text(By.id("objectionCard")).contains("本人工资被拖欠后已无收入"));
        assertEquals("异议审查决定已作出。", act(browser, "decideObjectionButton", "decideObjectionDialog", () -> {
            browser.press("decideObjectionForm:orderAid", "责令提供法律援助");
            browser.type(By.id("decideObjectionForm:objectionReasons"), "申请人被拖欠工资期间无实际收入，符合经济困难条件。");
        }));
        assertEquals("给予援助", status(browser));
        List<String> timeline = browser.driver().findElements(By.cssSelector("#timeline .la-timeline-label")).stream()
                .map(e -> e.getText().strip()).toList();
        assertEquals(List.of("收到申请", "受理", "审查意见：不予援助", "决定不予法律援助", "收到异议", "异议审查：责令提供法律援助"),
                timeline);
        assertTrue(browser.text(By.id("objectionCard")).contains("责令提供法律援助"));
        browser.screenshot("detail-objection-aid-ordered");
    }
}
