package org.legalaid.it.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.legalaid.it.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.net.URL;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.it.web.IntakeScreens.next;
import static org.legalaid.it.web.IntakeScreens.signInFirstTime;

@ExtendWith(ArquillianExtension.class)
@DisplayName("The new-application wizard refuses bad input with a clear Chinese message and saves nothing")
class ApplicationWizardScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    private Api.Staff clerk;
    private String clerkPassword;

    @BeforeEach
    void clerkOnTheWizard() {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        clerk = api.createAccount(tree.user("clerk"), "卫受理", tree.district(), "INTAKE_CLERK");
        clerkPassword = signInFirstTime(browser, clerk);
        browser.open("intake/application-new.xhtml");
    }

    @Test
    void aMistypedIdNumberIsRefusedAndTheWizardWaitsForAnApplicant() {
        browser.type(By.id("wizardForm:idNumber"), "110105194912310021");
        browser.clickAndWaitForAjax(By.id("wizardForm:lookUp"));
        assertEquals("身份证号码校验位不正确，请核对是否输错。", browser.awaitMessages());
        assertFalse(browser.isPresent(By.id("wizardForm:registerPanel")), "nobody to register under a wrong number");

        next(browser);
        assertEquals("请先查找或登记申请人，再进行下一步。", browser.awaitMessages());
        assertTrue(browser.isPresent(By.id("wizardForm:idNumber")), "still on the first step");
        assertNothingSaved();
    }

    @Test
    void overlongFactsScriptTagsAndAMissingCategoryAreNamedAndNothingIsSaved() {
        browser.type(By.id("wizardForm:idNumber"), IntakeScreens.residentId(35, "021"));
        browser.clickAndWaitForAjax(By.id("wizardForm:lookUp"));
        browser.waitVisible(By.id("wizardForm:registerPanel"));
        browser.type(By.id("wizardForm:fullName"), "蒋丽");
        browser.clickAndWaitForAjax(By.id("wizardForm:register"));
        next(browser);

        browser.press("wizardForm:matterType", "民事");
        paste("wizardForm:facts", "欠".repeat(10_000));
        assertEquals("10000 / 4000 字", browser.text(By.id("factsCounter")), "the counter shows the text is too long");
        next(browser);
        String said = browser.awaitMessages();
        assertAll(
                () -> assertTrue(said.contains("事项类别：不能为空"), said),
                () -> assertTrue(said.contains("案情及申请理由：长度不能超过4000个字符"), said),
                () -> assertTrue(browser.isPresent(By.id("wizardForm:facts")), "still on the matter step"));
        browser.screenshot("wizard-2-bad-input");

        browser.choose("wizardForm:matterCategory", "赡养费");
        paste("wizardForm:facts", "<script>alert('x')</script>儿子不付赡养费");
        next(browser);
        String again = browser.awaitMessages();
        assertTrue(again.contains("案情及申请理由：不能包含尖括号 < > 或控制字符"), again);
        assertFalse(again.contains("事项类别"), "the category is there now: " + again);
        assertNothingSaved();
    }

    @Test
    void aForwardFromCustodyNeedsItsDetailsAndOneLaterThan24HoursIsFlaggedLalArticle39() {
        Api api = new Api(baseUrl);
        browser.signOut();
        IntakeScreens.Region region = IntakeScreens.hardshipStandard(browser, api, api.tree());
        browser.signIn(clerk.username(), clerkPassword);
        browser.open("intake/application-new.xhtml");
        browser.type(By.id("wizardForm:idNumber"), IntakeScreens.residentId(24, "035"));
        browser.clickAndWaitForAjax(By.id("wizardForm:lookUp"));
        browser.waitVisible(By.id("wizardForm:registerPanel"));
        browser.type(By.id("wizardForm:fullName"), "韩小军");
        browser.clickAndWaitForAjax(By.id("wizardForm:register"));
        next(browser);
        browser.press("wizardForm:matterType", "刑事");
        browser.choose("wizardForm:matterCategory", "其他");
        browser.type(By.id("wizardForm:facts"), "涉嫌盗窃被刑事拘留，申请指派律师辩护。");
        browser.choose("wizardForm:region", region.label());
        next(browser);

        browser.press("wizardForm:channel", "羁押场所转交");
        browser.waitVisible(By.id("wizardForm:custodyFacility"));
        next(browser);
        assertEquals("羁押场所转交的申请须填写转交机关（场所）和其收到申请的时间。", browser.awaitMessages());

        LocalDateTime received = IntakeScreens.today().minusDays(3).atTime(9, 30);
        browser.type(By.id("wizardForm:custodyFacility"), "市第一看守所");
        browser.type(By.id("wizardForm:custodyReceivedAt_input"),
                DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm").format(received));
        browser.find(By.id("wizardForm:custodyReceivedAt_input")).sendKeys(Keys.ESCAPE);
        browser.screenshot("wizard-3-custody");
        next(browser);
        assertTrue(browser.text(By.id("summary")).contains("市第一看守所"), browser.text(By.id("summary")));
        browser.clickAndWaitForPage(By.id("wizardForm:submit"));

        assertTrue(browser.text(By.id("header")).contains("转交超时"), browser.text(By.id("header")));
        String late = browser.text(By.id("lateExplained"));
        assertTrue(late.contains(received.getMonthValue() + "月" + received.getDayOfMonth() + "日 09:30") && late.contains("第三十九条"), late);
        assertTrue(browser.text(By.id("timeline")).contains("转交超过24小时"), browser.text(By.id("timeline")));
        browser.screenshot("detail-forwarded-late");
    }

    @Test
    void anApplicationThatIsNotThereOrNotInTheClerksUnitsAnswersLikeAMissingPage() {
        for (String id : new String[]{"abc", "999999999", ""}) {
            browser.open("intake/application.xhtml?id=" + id);
            assertTrue(browser.text(By.tagName("body")).contains("页面不存在"), "id=" + id + ": " + browser.text(By.tagName("body")));
        }
    }

    /** Puts text into a field as a paste would: all at once, past any length the page suggests. */
    private static void paste(String id, String text) {
        browser.script("var f = document.getElementById(arguments[0]); f.value = arguments[1];"
                + " f.dispatchEvent(new Event('input', {bubbles: true}));", id, text);
    }

    private static void assertNothingSaved() {
        browser.open("intake/applications.xhtml");
        assertTrue(browser.text(By.id("listForm:table")).contains("没有符合条件的申请"),
                "the clerk's new unit has no application: " + browser.text(By.id("listForm:table")));
    }
}
