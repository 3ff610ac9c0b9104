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

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Language: Chinese by default, English on request, and back")
class LanguageSwitchIT {

    private static final By SUBMIT = By.id("loginForm:submit");
    private static final By LOGOUT = By.id("headerForm:logout");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    private Api api;

    @BeforeEach
    void freshBrowser() {
        api = new Api(baseUrl);
        browser.reset(baseUrl);
    }

    @Test
    void loginPageSwitchesToEnglishAndBackToChinese() {
        browser.open("login.xhtml");
        assertEquals("登录", browser.text(SUBMIT));
        assertEquals("法律援助管理系统", browser.text(By.id("app-title")));

        browser.clickAndWaitForPage(By.id("langForm:lang-en"));

        assertAll(
                () -> assertEquals("login.xhtml", browser.path()),
                () -> assertEquals("Sign in", browser.text(SUBMIT)),
                () -> assertTrue(browser.source().contains("User name"), "the user name label is in English"),
                () -> assertFalse(browser.source().contains("用户名"), "no Chinese label left"));

        browser.clickAndWaitForPage(By.id("langForm:lang-zh"));

        assertAll(
                () -> assertEquals("登录", browser.text(SUBMIT)),
                () -> assertTrue(browser.source().contains("用户名"), "the user name label is in Chinese again"),
                () -> assertFalse(browser.source().contains("User name")));
    }

    @Test
    void signedInHeaderSwitchesMenuToEnglishAndBackToChinese() {
        Api.Tree tree = api.tree();
        Api.Staff clerk = api.createAccount(tree.user("clerk"), "钱受理", tree.district(), "INTAKE_CLERK");
        browser.signIn(clerk.username(), clerk.password());
        browser.changePassword(clerk.password(), TestPasswords.fresh());
        browser.open("index.xhtml");
        assertEquals("工作台", menuFirstItem());

        browser.clickAndWaitForPage(By.id("headerForm:lang-en"));

        assertAll(
                () -> assertEquals("index.xhtml", browser.path(), "the same page, in English"),
                () -> assertEquals("Workbench", menuFirstItem()),
                () -> assertEquals("Sign out", browser.text(LOGOUT)),
                () -> assertTrue(browser.text(By.id("welcome")).contains("Welcome, 钱受理"), browser.text(By.id("welcome"))),
                () -> assertEquals("钱受理", browser.text(By.id("user-name")), "names are not translated"));
        browser.open("account/password.xhtml");
        assertEquals("Change password", browser.text(By.cssSelector("h1.la-title")), "the choice holds on the next page");

        browser.clickAndWaitForPage(By.id("headerForm:lang-zh"));

        assertAll(
                () -> assertEquals("account/password.xhtml", browser.path()),
                () -> assertEquals("修改密码", browser.text(By.cssSelector("h1.la-title"))),
                () -> assertEquals("工作台", menuFirstItem()),
                () -> assertEquals("退出", browser.text(LOGOUT)));
    }

    @Test
    void englishChosenOnLoginPageStaysAfterSigningIn() {
        Api.Tree tree = api.tree();
        Api.Staff clerk = api.createAccount(tree.user("clerk"), "孙受理", tree.district(), "INTAKE_CLERK");
        browser.open("login.xhtml");
        browser.clickAndWaitForPage(By.id("langForm:lang-en"));

        browser.signIn(clerk.username(), clerk.password());

        assertAll(
                () -> assertEquals("Workbench", menuFirstItem()),
                () -> assertEquals("Sign out", browser.text(LOGOUT)));
    }

    private String menuFirstItem() {
        return browser.text(By.cssSelector("#menu .ui-menuitem-text"));
    }
}
