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
import org.legalaid.it.lawyers.AssignmentPool;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Signing in: the Chinese workbench, a failed attempt that reveals nothing, no session for anonymous visitors")
class SignInIT {

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
    void clerkSignsInAndSeesChineseMenuWithTheirNameAndUnit() {
        Api.Tree tree = api.tree();
        Api.Staff clerk = api.createAccount(tree.user("clerk"), "李受理", tree.district(), "INTAKE_CLERK");
        String ownPassword = TestPasswords.fresh();
        browser.signIn(clerk.username(), clerk.password());
        assertEquals("account/password.xhtml", browser.path(), "a temporary password leads to the password page first");
        assertEquals("密码已修改。", browser.changePassword(clerk.password(), ownPassword));
        browser.signOut();

        browser.signIn(clerk.username(), ownPassword);

        assertEquals("index.xhtml", browser.path());
        String menu = browser.text(By.id("menu"));
        assertAll(
                () -> assertTrue(menu.contains("工作台"), "menu: " + menu),
                () -> assertFalse(menu.contains("Workbench"), "menu: " + menu),
                () -> assertFalse(menu.contains("系统管理"), "a clerk has no administration menu: " + menu),
                () -> assertEquals("李受理", browser.text(By.id("user-name"))),
                () -> assertEquals(tree.district().name(), browser.text(By.id("user-unit"))),
                () -> assertTrue(browser.text(By.id("welcome")).contains("欢迎，李受理"), browser.text(By.id("welcome"))),
                () -> assertEquals("退出", browser.text(By.id("headerForm:logout"))));
    }

    @Test
    void wrongPasswordShowsChineseErrorWithoutDetail() {
        Api.Tree tree = api.tree();
        Api.Staff clerk = api.createAccount(tree.user("clerk"), "王受理", tree.district(), "INTAKE_CLERK");

        browser.signIn(clerk.username(), TestPasswords.fresh());

        assertRefusedWithoutDetail();
    }

    @Test
    void unknownUserNameGetsTheSameMessageAsWrongPassword() {
        Api.Tree tree = api.tree();
        Api.Staff clerk = api.createAccount(tree.user("clerk"), "赵受理", tree.district(), "INTAKE_CLERK");
        browser.signIn(clerk.username(), TestPasswords.fresh());
        String wrongPassword = browser.find(By.id("loginForm:messages")).getAttribute("outerHTML");

        browser.signIn(tree.user("nobody"), TestPasswords.fresh());

        assertRefusedWithoutDetail();
        assertEquals(wrongPassword, browser.find(By.id("loginForm:messages")).getAttribute("outerHTML"),
                "an unknown user name must be told apart from a wrong password by nothing");
    }

    @Test
    @DisplayName("issue 18: a record's link opened while signed out leads, after sign-in, to that record")
    void signInLeadsToTheRecordFirstAskedFor() {
        Api.Tree tree = api.tree();
        Api.Staff officer = api.createAccount(tree.user("officer"), "孙指派", tree.district(), "ASSIGNMENT_OFFICER");
        String firm = "山东回跳律师事务所" + tree.suffix();
        long firmId = new AssignmentPool(CaseScreens::sql).firm(tree.district().id(), firm, AssignmentPool.region());
        String own = IntakeScreens.signInFirstTime(browser, officer);
        browser.signOut();

        browser.open("lawyers/firm.xhtml?id=" + firmId);
        assertEquals("login.xhtml", browser.path(), "signed out: the login page first");
        browser.type(By.id("loginForm:username"), officer.username());
        browser.type(By.id("loginForm:password"), own);
        browser.clickAndWaitForPage(By.id("loginForm:submit"));

        assertEquals("lawyers/firm.xhtml", browser.path());
        assertEquals(firm, browser.text(By.id("firmName")), "the record first asked for, not an empty page");
    }

    private void assertRefusedWithoutDetail() {
        String shown = browser.text(By.tagName("body"));
        assertAll(
                () -> assertEquals("login.xhtml", browser.path(), "stays on the login page"),
                () -> assertEquals("用户名或密码错误。", browser.messages(), "this sentence and nothing else"),
                () -> assertFalse(browser.isPresent(By.id("user-name")), "not signed in"),
                () -> assertEquals("", browser.find(By.id("loginForm:password")).getAttribute("value"), "the password is not shown again"),
                () -> assertFalse(shown.contains("Exception"), "no exception name on the page: " + shown),
                () -> assertFalse(shown.contains("at org."), "no stack trace on the page: " + shown),
                () -> assertFalse(shown.contains("java."), "no Java class on the page: " + shown),
                () -> assertFalse(shown.contains("Unauthorized"), "the login page, not a bare error page: " + shown));
    }

    @Test
    void loginPageCreatesNoSessionForAnonymousVisitor() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest get = HttpRequest.newBuilder(URI.create(baseUrl + "login.xhtml"))
                .timeout(Duration.ofSeconds(30)).GET().build();

        HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertAll(
                () -> assertEquals(200, response.statusCode()),
                () -> assertTrue(response.body().contains("loginForm:username"), "the login form is there"),
                () -> assertTrue(cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                        "an anonymous GET of the login page must not open a session: " + cookies));
    }
}
