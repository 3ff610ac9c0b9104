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
import org.legalaid.it.TestPasswords;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("The consultation screen: a clerk records a hotline consultation and sees it counted")
class ConsultationScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    private Api.Staff clerk;

    @BeforeEach
    void clerkOnTheConsultationScreen() {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        clerk = api.createAccount(tree.user("clerk"), "孙受理", tree.district(), "INTAKE_CLERK");
        browser.signIn(clerk.username(), clerk.password());
        browser.changePassword(clerk.password(), TestPasswords.fresh());
        assertTrue(browser.text(By.id("menu")).contains("受理"), "the clerk's menu has the intake group");
    }

    /** The channel is a row of buttons: one click, and the chosen one shows as active. */
    private void chooseChannel(String label) {
        By button = By.xpath("//*[@id='recordForm:channel']//*[contains(@class,'ui-button')][normalize-space()='" + label + "']");
        browser.find(button).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.find(button).getAttribute("class").contains("ui-state-active"));
    }

    /**
     * Opens a PrimeFaces select menu, narrows it with its filter box when it has one (as a clerk
     * would in a long list), waits until the panel has finished opening, and picks the item.
     */
    private void choose(String menuId, String label) {
        browser.find(By.id(menuId)).click();
        if (browser.isPresent(By.id(menuId + "_filter"))) {
            browser.waitVisible(By.id(menuId + "_filter")).sendKeys(label);
        }
        WebElement item = browser.waitVisible(
                By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectonemenu-item[data-label='" + label + "']"));
        // The panel slides open with a CSS transition: click only once the item stands still.
        Rectangle[] last = {null};
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(100)).until(d -> {
            Rectangle now = item.getRect();
            boolean still = now.equals(last[0]);
            last[0] = now;
            return still;
        });
        item.click();
        browser.waitForText(By.id(menuId + "_label"), label);
    }

    @Test
    void aClerkRecordsAHotlineConsultationAndItIsListedAndCounted() {
        browser.open("intake/consultations.xhtml");
        assertTrue(browser.text(By.id("counts")).contains("合计 0"), browser.text(By.id("counts")));

        chooseChannel("12348热线");
        choose("recordForm:topic", "赡养费");
        browser.type(By.id("recordForm:personName"), "王秀兰");
        browser.type(By.id("recordForm:personIdNumber"), "11010519491231002X");
        browser.type(By.id("recordForm:question"), "儿子不支付赡养费，能否申请法律援助？");
        browser.type(By.id("recordForm:answer"), "赡养费纠纷属于法律援助事项范围，可以申请。");
        browser.clickAndWaitForAjax(By.id("recordForm:save"));

        assertEquals("咨询已登记。", browser.awaitMessages());
        String table = browser.text(By.id("listForm:table"));
        assertTrue(table.contains("12348热线") && table.contains("赡养费") && table.contains("儿子不支付赡养费"), table);
        String counts = browser.text(By.id("counts"));
        assertTrue(counts.contains("12348热线 1") && counts.contains("合计 1"), counts);
        assertFalse(browser.source().contains("11010519491231002X"), "the full ID number is never shown in the list");
    }

    @Test
    void savingAnEmptyFormSaysInChineseWhatIsMissingAndSavesNothing() {
        browser.open("intake/consultations.xhtml");
        browser.clickAndWaitForAjax(By.id("recordForm:save"));
        String said = browser.awaitMessages();
        assertTrue(said.contains("咨询内容：不能为空") && said.contains("解答意见：不能为空") && said.contains("咨询方式：不能为空"), said);
        assertTrue(browser.text(By.id("counts")).contains("合计 0"));
    }

    @Test
    void aWrongIdNumberIsRefusedWithItsReason() {
        browser.open("intake/consultations.xhtml");
        chooseChannel("窗口来访");
        choose("recordForm:topic", "工伤");
        browser.type(By.id("recordForm:personIdNumber"), "110105194912310021");
        browser.type(By.id("recordForm:question"), "工伤怎么认定？");
        browser.type(By.id("recordForm:answer"), "先申请工伤认定。");
        browser.clickAndWaitForAjax(By.id("recordForm:save"));
        assertEquals("身份证号码校验位不正确，请核对是否输错。", browser.awaitMessages());
        assertTrue(browser.text(By.id("counts")).contains("合计 0"));
    }
}
