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
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("The document numbers screen: an administrator sets the prefix of a district centre's decisions")
class DocumentNumbersScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    private Api.Tree tree;

    @BeforeEach
    void administratorOnTheScreen() {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        tree = api.tree();
        Api.Staff admin = api.createAccount(tree.user("admin"), "郑管理", tree.centre(), "SYSTEM_ADMIN");
        browser.signIn(admin.username(), admin.password());
        browser.changePassword(admin.password(), TestPasswords.fresh());
        browser.open("admin/document-numbers.xhtml");
    }

    @Test
    void anAdministratorSetsAPrefixAndSeesTheNextNumber() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String code = tree.district().code();
        String table = browser.text(By.id("listForm:table"));
        assertTrue(table.contains(code + "法援决〔" + year + "〕1号"), "the default prefix is the unit code and the kind's code: " + table);

        By edit = By.xpath("//tr[td[contains(.,'" + code + "')] and td[contains(.,'给予法律援助决定书')]]//button");
        browser.clickAndWaitForAjax(edit);
        browser.type(By.id("prefixForm:prefix"), "甲北法援决");
        browser.clickAndWaitForAjax(By.id("prefixForm:save"));
        String said = browser.awaitMessages();
        assertTrue(said.contains("文号前缀"), said);
        table = browser.text(By.id("listForm:table"));
        assertTrue(table.contains("甲北法援决〔" + year + "〕1号") && table.contains("本年度设定"), table);
    }

    @Test
    void aPrefixWithSpacesIsRefusedInChinese() {
        String code = tree.district().code();
        browser.clickAndWaitForAjax(By.xpath("//tr[td[contains(.,'" + code + "')] and td[contains(.,'指派通知书')]]//button"));
        browser.type(By.id("prefixForm:prefix"), "甲北 法援指");
        browser.clickAndWaitForAjax(By.id("prefixForm:save"));
        String said = browser.awaitMessages();
        assertTrue(said.contains("不能含空格或括号"), said);

        // issue 18: the 机关代字 in Chinese characters — a Latin code such as SN is refused and the message shows the form
        browser.type(By.id("prefixForm:prefix"), "SN法援指");
        browser.clickAndWaitForAjax(By.id("prefixForm:save"));
        said = browser.awaitMessages();
        assertTrue(said.contains("只能用汉字") && said.contains("青南法援决") && said.contains("SN法援指"), said);
        assertFalse(browser.text(By.id("listForm:table")).contains("SN法援指〔"), "nothing saved");
    }
}
