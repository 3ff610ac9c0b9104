package org.legalaid.it.web;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One headless Chromium for a test class, with the few moves the page tests need: open a page,
 * click and wait for the next page or for PrimeFaces' AJAX to settle (never a fixed sleep), sign
 * in, change the password, sign out. Register it as
 * {@code @RegisterExtension static final Browser browser = new Browser();}: it starts Chromium on
 * first use, keeps a screenshot and the page source of every failed test under
 * {@code target/screenshots/}, and quits after the class, failed or not.
 */
final class Browser implements AfterTestExecutionCallback, AfterAllCallback {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** True when no PrimeFaces AJAX request is queued or running (pages without PrimeFaces count as idle). */
    private static final String AJAX_IDLE = "return document.readyState === 'complete'"
            + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
            + " && (!window.jQuery || jQuery.active == 0);";

    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path profile;
    private String base;

    /**
     * Points the browser at the application and forgets all cookies, so that each test starts
     * signed out and in the default language.
     */
    void reset(URL baseUrl) {
        base = baseUrl.toString().endsWith("/") ? baseUrl.toString() : baseUrl + "/";
        driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    ChromeDriver driver() {
        if (driver == null) {
            try {
                profile = Files.createTempDirectory("legalaid-chromium-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1366,900", "--lang=zh-CN",
                    "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            // Poll often: the default half second, paid at every step, would double the suite's time.
            wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(40));
            // While a page is replaced, what was just found may be gone: look again.
            wait.ignoring(StaleElementReferenceException.class);
        }
        return driver;
    }

    // ----- pages -----

    /**
     * What the server answers for {@code path} in the signed-in user's session (e.g. a PDF the
     * browser would open in a tab): the status and the bytes.
     */
    record Download(int status, String contentType, byte[] body) {
    }

    Download download(String path) {
        String cookies = driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).header("Cookie", cookies).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens a page of the application, e.g. {@code open("login.xhtml")}. */
    void open(String path) {
        driver().get(base + path);
        settle();
    }

    /** The path of the current page within the application, without query string. */
    String path() {
        String url = driver().getCurrentUrl();
        String path = url.startsWith(base) ? url.substring(base.length()) : url;
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    String title() {
        return driver().getTitle();
    }

    String source() {
        return driver().getPageSource();
    }

    boolean isPresent(By by) {
        return !driver().findElements(by).isEmpty();
    }

    WebElement find(By by) {
        return driver().findElement(by);
    }

    WebElement waitVisible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitInvisible(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /** Waits until an element's visible text contains the given text. */
    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Waits up to {@code limit} until an element's visible text contains the given text: for work the
     * server does in the background (a batch job the page polls), which a loaded machine may slow.
     */
    void waitForText(By by, String text, Duration limit) {
        new WebDriverWait(driver(), limit, Duration.ofMillis(200))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    String text(By by) {
        return find(by).getText().strip();
    }

    /** Everything the visible message areas say, one message a line. */
    String messages() {
        return driver().findElements(By.cssSelector(".ui-messages")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    /** Waits until some visible message area says something, and returns all of it. */
    String awaitMessages() {
        wait.until(d -> !messages().isEmpty());
        return messages();
    }

    // ----- input -----

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks something that loads a new page (a non-AJAX button or link) and waits for it. */
    void clickAndWaitForPage(By by) {
        WebElement html = find(By.tagName("html"));
        find(by).click();
        wait.until(d -> isGone(html));
        settle();
    }

    /**
     * Whether the page an element belonged to has been replaced. While the new document loads,
     * Chromium may answer a probe of the old element with "node does not belong to the document"
     * instead of a stale-element error: both mean the old page is gone.
     */
    private static boolean isGone(WebElement oldElement) {
        try {
            oldElement.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    /** Clicks a PrimeFaces AJAX button and waits until its request (and any it started) is done. */
    void clickAndWaitForAjax(By by) {
        find(by).click();
        settle();
    }

    /**
     * Clicks a button of an act that cannot be undone, which asks once (p:confirm), checks that it
     * asked, answers 是 and waits until the act's AJAX request is done (issue 18).
     */
    void clickConfirmAndWaitForAjax(By by) {
        find(by).click();
        WebElement yes = waitVisible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        standStill(yes);
        yes.click();
        settle();
    }

    /** Waits until the page is loaded and no AJAX request is queued or running. */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(AJAX_IDLE)));
    }

    Object script(String js, Object... args) {
        return driver().executeScript(js, args);
    }

    /** Types into a PrimeFaces number field (its visible {@code _input}), replacing what it shows. */
    void typeNumber(String id, String value) {
        WebElement field = find(By.id(id + "_input"));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    /**
     * Opens a PrimeFaces select menu, narrows it with its filter box when it has one (as a clerk
     * would in a long list), waits until the panel has finished opening, and picks the item.
     */
    void choose(String menuId, String label) {
        find(By.id(menuId)).click();
        if (isPresent(By.id(menuId + "_filter"))) {
            WebElement filter = waitVisible(By.id(menuId + "_filter"));
            filter.clear();   // the menu keeps the text of an earlier choice
            filter.sendKeys(label);
        }
        WebElement item = waitVisible(
                By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectonemenu-item[data-label='" + label + "']"));
        standStill(item);
        item.click();
        waitForText(By.id(menuId + "_label"), label);
        settle();
    }

    /** Picks one button of a PrimeFaces button row (selectOneButton) and waits until it shows as chosen. */
    void press(String groupId, String label) {
        By button = By.xpath("//*[@id='" + groupId + "']//*[contains(@class,'ui-button')][normalize-space()='" + label + "']");
        find(button).click();
        wait.until(d -> find(button).getAttribute("class").contains("ui-state-active"));
        settle();
    }

    /** Ticks the box of a PrimeFaces checkbox list whose label is exactly {@code label}. */
    void tick(String groupId, String label) {
        WebElement box = find(By.xpath("//*[@id='" + groupId + "']//label[normalize-space()='" + label + "']"));
        box.click();
    }

    /** Opens a dialog with a button of the page and waits until the dialog stands still. */
    void openDialog(By button, String dialogId) {
        find(button).click();
        WebElement dialog = waitVisible(By.id(dialogId));
        standStill(dialog);
    }

    /** Waits until an element that slides or fades in has stopped moving (CSS transitions). */
    void standStill(WebElement element) {
        Rectangle[] last = {null};
        new WebDriverWait(driver(), TIMEOUT).pollingEvery(Duration.ofMillis(100)).until(d -> {
            Rectangle now = element.getRect();
            boolean still = now.equals(last[0]);
            last[0] = now;
            return still;
        });
    }

    /**
     * Keeps a picture of the whole page (the window is stretched to the page's height for it)
     * under {@code target/screenshots/}, for people to look at.
     */
    void screenshot(String name) {
        Dimension window = driver().manage().window().getSize();
        Number height = (Number) script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        try {
            driver().manage().window().setSize(new Dimension(window.getWidth(), Math.min(height.intValue() + 120, 5000)));
            Path dir = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
            Files.createDirectories(dir);
            File png = driver().getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver().manage().window().setSize(window);
        }
    }

    // ----- the application's own moves -----

    /** Signs in on the login page; the browser ends on whatever page the application leads to. */
    void signIn(String username, String password) {
        open("login.xhtml");
        type(By.id("loginForm:username"), username);
        type(By.id("loginForm:password"), password);
        clickAndWaitForPage(By.id("loginForm:submit"));
    }

    /**
     * On the change-password page: replaces the password and waits for what the application says
     * about it (on the same page, or on the page it leads to), which it returns.
     */
    String changePassword(String current, String next) {
        type(By.id("passwordForm:current"), current);
        type(By.id("passwordForm:newPassword"), next);
        type(By.id("passwordForm:confirmation"), next);
        clickAndWaitForAjax(By.id("passwordForm:submit"));
        String said = awaitMessages();
        settle();
        return said;
    }

    void signOut() {
        clickAndWaitForPage(By.id("headerForm:logout"));
    }

    /** The browser's session cookie, if it has one. */
    String sessionId() {
        Cookie cookie = driver().manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    // ----- lifecycle -----

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver == null || context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        try {
            Path dir = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
            Files.createDirectories(dir);
            File png = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (IOException | WebDriverException e) {
            System.err.println("[Browser] no screenshot for " + name + ": " + e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteProfile();
        }
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("[Browser] could not delete " + profile + ": " + e);
        }
        profile = null;
    }
}
