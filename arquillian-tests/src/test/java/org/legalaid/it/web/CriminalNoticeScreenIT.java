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

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("The notified-defence screen: a clerk records a court's paper notice (LAL art. 25, 26, 36)")
class CriminalNoticeScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    private String suffix;

    @BeforeEach
    void clerkOnTheNoticeScreen() {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        suffix = tree.suffix();
        Api.Staff clerk = api.createAccount(tree.user("clerk"), "周受理", tree.district(), "INTAKE_CLERK");
        browser.signIn(clerk.username(), clerk.password());
        browser.changePassword(clerk.password(), TestPasswords.fresh());
        assertTrue(browser.text(By.id("menu")).contains("受理"), "the clerk's menu has the intake group");
        browser.open("intake/criminal-notices.xhtml");
        assertEquals("通知辩护", browser.text(By.cssSelector("h1.la-title")));
    }

    /** Clicks the label of one choice of a radio or checkbox group. */
    private void pick(String groupId, String label) {
        browser.find(By.xpath("//*[@id='" + groupId + "']//label[normalize-space()='" + label + "']")).click();
    }

    /** Opens the dialog and fills in a court's first-instance notice of a defendant who may face death. */
    private void fillCourtNotice(String defendant, String idNumber) {
        browser.clickAndWaitForAjax(By.id("listForm:newNotice"));
        browser.waitVisible(By.id("noticeForm:organName"));
        pick("noticeForm:organType", "人民法院");
        browser.type(By.id("noticeForm:organName"), "青岛市中级人民法院");
        browser.type(By.id("noticeForm:organDocumentNumber"), "（2026）鲁02刑初" + suffix + "号");
        pick("noticeForm:stage", "一审");
        browser.type(By.id("noticeForm:defendantName"), defendant);
        if (idNumber != null) {
            browser.type(By.id("noticeForm:defendantIdNumber"), idNumber);
        }
        browser.type(By.id("noticeForm:charge"), "故意杀人罪");
        pick("noticeForm:grounds", "可能被判处无期徒刑、死刑的人");
    }

    @Test
    @DisplayName("a notice for a defendant facing life or death is listed with the senior-lawyer tag (LAL art. 26)")
    void aLifeOrDeathNoticeShowsTheSeniorLawyerTag() {
        fillCourtNotice("赵五", null);
        browser.clickAndWaitForAjax(By.id("noticeForm:save"));

        browser.waitInvisible(By.id("noticeDialog"));
        assertEquals("已登记青岛市中级人民法院的通知 （2026）鲁02刑初" + suffix + "号。", browser.awaitMessages());
        String table = browser.text(By.id("listForm:table"));
        assertTrue(table.contains("赵五") && table.contains("故意杀人罪") && table.contains("一审"), table);
        assertTrue(table.contains("可能被判处无期徒刑、死刑的人") && table.contains("需3年以上刑辩经验律师"), table);
        assertTrue(table.contains("待指派"), table);
    }

    @Test
    @DisplayName("a mistyped ID number is refused in Chinese in the dialog, and nothing is saved")
    void aMistypedIdNumberIsRefusedAndNothingIsSaved() {
        fillCourtNotice("钱六", "110105194912310021");
        browser.clickAndWaitForAjax(By.id("noticeForm:save"));

        assertEquals("身份证号码校验位不正确，请核对是否输错。", browser.awaitMessages());
        assertTrue(browser.find(By.id("noticeDialog")).isDisplayed(), "the dialog stays open for the correction");
        assertTrue(browser.text(By.id("listForm:table")).contains("没有通知辩护记录"));
    }
}
