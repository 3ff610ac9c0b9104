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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("The organisation screen: an administrator adds and renames a workstation; markup is refused")
class UnitsScreenIT {

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
    void administratorOnTheTree() {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        tree = api.tree();
        Api.Staff admin = api.createAccount(tree.user("admin"), "郑管理", tree.centre(), "SYSTEM_ADMIN");
        browser.signIn(admin.username(), admin.password());
        browser.changePassword(admin.password(), TestPasswords.fresh());
        browser.open("admin/units.xhtml");
    }

    private void select(String unitName) {
        browser.clickAndWaitForAjax(By.xpath("//span[contains(@class,'ui-treenode-label')][contains(normalize-space(.),'" + unitName + "')]"));
        browser.waitForText(By.id("selected-name"), unitName);
    }

    private void addWorkstationUnderTheDistrict(String code, String name) {
        select(tree.district().name());
        browser.clickAndWaitForAjax(By.id("unitsForm:add"));
        browser.waitVisible(By.id("addForm:code"));
        browser.type(By.id("addForm:code"), code);
        browser.type(By.id("addForm:name"), name);
        browser.clickAndWaitForAjax(By.id("addForm:save"));
    }

    @Test
    void anAdministratorAddsAWorkstationAndRenamesIt() {
        String code = ("WS-" + tree.suffix()).toUpperCase();
        addWorkstationUnderTheDistrict(code, "湛山街道工作站");
        assertTrue(browser.awaitMessages().contains("已新增机构 " + code + "。"), browser.messages());
        assertTrue(browser.text(By.id("unitsForm:tree")).contains("湛山街道工作站"), browser.text(By.id("unitsForm:tree")));

        select("湛山街道工作站");
        browser.type(By.id("unitsForm:newName"), "湛山街道法律援助工作站");
        browser.clickAndWaitForAjax(By.id("unitsForm:rename"));
        assertTrue(browser.awaitMessages().contains("已重命名。"), browser.messages());
        assertTrue(browser.text(By.id("unitsForm:tree")).contains("湛山街道法律援助工作站"));
    }

    @Test
    void aNameWithMarkupIsRefusedInChineseAndNothingIsAdded() {
        String code = ("WX-" + tree.suffix()).toUpperCase();
        addWorkstationUnderTheDistrict(code, "<img src=x onerror=alert(1)>站");
        String said = browser.awaitMessages();
        assertTrue(said.contains("机构名称：不能包含尖括号"), said);
        assertFalse(browser.text(By.id("unitsForm:tree")).contains(code), "no unit added");
    }

    @Test
    void theAdministratorSeesOnlyTheirOwnSubtree() {
        String treeText = browser.text(By.id("unitsForm:tree"));
        assertTrue(treeText.contains(tree.centre().name()) && treeText.contains(tree.district().name()), treeText);
        assertFalse(treeText.contains("BUREAU"), "the bureau above the administrator's centre is not shown: " + treeText);
        assertEquals(2, browser.driver().findElements(By.cssSelector("#unitsForm\\:tree .ui-treenode-label")).size(), treeText);
    }
}
