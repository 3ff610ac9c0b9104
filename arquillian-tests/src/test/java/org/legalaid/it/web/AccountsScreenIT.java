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
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("The accounts screen: an administrator creates a user who can sign in; bad input saves nothing; others cannot see it")
class AccountsScreenIT {

    private static final By CREATE_DIALOG = By.id("createDialog");
    private static final By FULL_NAME = By.id("createForm:fullName");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    private Api api;
    private Api.Tree tree;

    @BeforeEach
    void freshBrowserAndTree() {
        api = new Api(baseUrl);
        browser.reset(baseUrl);
        tree = api.tree();
    }

    @Test
    void administratorCreatesUserWhoSignsInAndChangesTheTemporaryPassword() {
        signInAsNewAdministrator();
        String username = tree.user("newclerk");
        String initialPassword = TestPasswords.fresh();

        fillCreateDialog(username, "吴新人", tree.district(), "受理员", initialPassword);
        browser.clickAndWaitForAjax(By.id("createForm:save"));

        browser.waitInvisible(CREATE_DIALOG);
        assertEquals("已创建用户 " + username + "。", browser.messages());
        assertTrue(browser.text(By.id("listForm:table")).contains(username), "the new user is listed");
        Map<String, Object> saved = api.findAccount(username).orElseThrow(() -> new AssertionError("not saved: " + username));
        assertAll(
                () -> assertEquals("吴新人", saved.get("fullName")),
                () -> assertEquals(tree.district().id(), ((Number) saved.get("unitId")).longValue()),
                () -> assertEquals(List.of("intake_clerk"), saved.get("roles")),
                () -> assertEquals(Boolean.TRUE, saved.get("active")));

        browser.signOut();
        browser.signIn(username, initialPassword);
        assertEquals("account/password.xhtml", browser.path(), "a temporary password must be changed first");
        String ownPassword = TestPasswords.fresh();
        assertEquals("密码已修改。", browser.changePassword(initialPassword, ownPassword));
        assertEquals("index.xhtml", browser.path(), "with the password changed, on to the workbench");
        assertTrue(browser.text(By.id("welcome")).contains("欢迎，吴新人"), browser.text(By.id("welcome")));
        assertFalse(browser.source().contains("您正在使用临时密码"), "no temporary-password warning any more");

        browser.signOut();
        browser.signIn(username, ownPassword);
        assertAll(
                () -> assertEquals("index.xhtml", browser.path(), "with the own password straight to the workbench"),
                () -> assertEquals("吴新人", browser.text(By.id("user-name"))),
                () -> assertEquals(tree.district().name(), browser.text(By.id("user-unit"))));
    }

    @Test
    void emptyFullNameIsRefusedInChineseAndNothingIsSaved() {
        signInAsNewAdministrator();
        String username = tree.user("noname");

        fillCreateDialog(username, "", tree.district(), "受理员", TestPasswords.fresh());
        browser.clickAndWaitForAjax(By.id("createForm:save"));

        assertRefused(username, "不能为空");
    }

    @Test
    void fullNameWithScriptTagsIsRefusedInChineseAndNothingIsSaved() {
        signInAsNewAdministrator();
        String username = tree.user("script");

        fillCreateDialog(username, "<script>document.title='pwned'</script>张三", tree.district(), "受理员", TestPasswords.fresh());
        browser.clickAndWaitForAjax(By.id("createForm:save"));

        assertRefused(username, "不能包含尖括号");
        assertFalse(browser.title().contains("pwned"), "the script did not run");
    }

    @Test
    void fullNameOfFiftyOneCharactersIsRefusedInChineseAndNothingIsSaved() {
        signInAsNewAdministrator();
        String username = tree.user("longname");

        fillCreateDialog(username, "长".repeat(51), tree.district(), "受理员", TestPasswords.fresh());
        browser.clickAndWaitForAjax(By.id("createForm:save"));

        assertRefused(username, "50");
    }

    @Test
    void clerkOpeningTheAccountsScreenGetsTheSameNotFoundPageAsForAMissingPage() throws Exception {
        Api.Staff clerk = api.createAccount(tree.user("clerk"), "郑受理", tree.district(), "INTAKE_CLERK");
        browser.signIn(clerk.username(), clerk.password());
        assertTrue(browser.isPresent(By.id("user-name")), "signed in");

        browser.open("admin/accounts.xhtml");
        String forbiddenTitle = browser.text(By.id("error-title"));
        String forbiddenText = browser.text(By.id("error-text"));
        String forbiddenTabTitle = browser.title();
        boolean showsScreen = browser.isPresent(By.id("listForm"));
        browser.open("admin/no-such-page.xhtml");

        assertAll(
                () -> assertEquals("页面不存在", forbiddenTitle),
                () -> assertFalse(showsScreen, "none of the accounts screen is shown"),
                () -> assertEquals(browser.text(By.id("error-title")), forbiddenTitle),
                () -> assertEquals(browser.text(By.id("error-text")), forbiddenText),
                () -> assertEquals(browser.title(), forbiddenTabTitle));

        // What the browser does not show: the status and the whole response must match as well.
        assertTrue(browser.sessionId() != null, "the clerk has a session");
        HttpResponse<String> forbidden = getWithSession("admin/accounts.xhtml", browser.sessionId());
        HttpResponse<String> missing = getWithSession("admin/no-such-page.xhtml", browser.sessionId());
        assertAll(
                () -> assertEquals(404, forbidden.statusCode()),
                () -> assertEquals(missing.statusCode(), forbidden.statusCode()),
                () -> assertEquals(missing.body(), forbidden.body()));
    }

    // ----- helpers -----

    /** An administrator of the test's own centre, signed in with their own password, on the accounts screen. */
    private void signInAsNewAdministrator() {
        Api.Staff admin = api.createAccount(tree.user("admin"), "周管理", tree.centre(), "SYSTEM_ADMIN");
        browser.signIn(admin.username(), admin.password());
        assertEquals("密码已修改。", browser.changePassword(admin.password(), TestPasswords.fresh()));
        browser.open("admin/accounts.xhtml");
        browser.waitVisible(By.id("listForm:new"));
    }

    private void fillCreateDialog(String username, String fullName, Api.Unit unit, String roleLabel, String password) {
        browser.clickAndWaitForAjax(By.id("listForm:new"));
        browser.waitVisible(By.id("createForm:username"));
        browser.type(By.id("createForm:username"), username);
        browser.type(FULL_NAME, fullName);
        chooseUnit(unit.name());
        browser.find(By.xpath("//*[@id='createForm:roles']//label[normalize-space()='" + roleLabel + "']")).click();
        browser.type(By.id("createForm:initialPassword"), password);
    }

    /** Opens the unit menu, narrows it with its filter box and picks the unit, as a user would. */
    private void chooseUnit(String name) {
        browser.find(By.id("createForm:unit")).click();
        browser.waitVisible(By.id("createForm:unit_filter")).sendKeys(name);
        WebElement item = browser.waitVisible(By.cssSelector("#createForm\\:unit_panel li.ui-selectonemenu-item[data-label='" + name + "']"));
        item.click();
        browser.waitForText(By.id("createForm:unit_label"), name);
        browser.waitInvisible(By.id("createForm:unit_panel"));
    }

    /**
     * The dialog stays open, says in Chinese which field is wrong and why (the page's own message
     * area lies under the modal dialog, so the dialog must say it), and nothing was saved.
     */
    private void assertRefused(String username, String reason) {
        browser.awaitMessages();
        String messages = browser.find(CREATE_DIALOG).findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText).collect(Collectors.joining("\n"));
        assertAll(
                () -> assertTrue(messages.contains("姓名"), "names the field: " + messages),
                () -> assertTrue(messages.contains(reason), "says why (" + reason + "): " + messages),
                () -> assertFalse(messages.contains("已创建"), messages),
                () -> assertFalse(messages.contains("Exception") || messages.contains("must"), "Chinese, no detail: " + messages),
                () -> assertTrue(browser.find(CREATE_DIALOG).isDisplayed(), "the dialog stays open for correction"),
                () -> assertTrue(browser.find(FULL_NAME).getAttribute("class").contains("ui-state-error"), "the field is marked"),
                () -> assertEquals(Optional.empty(), api.findAccount(username), "no account " + username + " was saved"),
                () -> assertTrue(api.accountsOf(tree.district()).isEmpty(), "no account at all in the unit"));
    }

    private HttpResponse<String> getWithSession(String path, String sessionId) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Cookie", "JSESSIONID=" + sessionId).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
