package org.legalaid.it.api;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.Deployments;
import org.legalaid.it.TestPasswords;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 over HTTP, as an outsider and a careless client meet the server: sign-in that slows
 * down instead of locking (form and API), login CSRF, a NUL byte in a Basic user name, a log that
 * refused input cannot flood, and the browser-side headers on every kind of response.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Hardening (issue 19): throttled sign-in, login CSRF, a log that cannot be flooded, browser headers")
class HardeningIT {

    private static final String PROBLEM = "application/problem+json";
    private static final Pattern WAIT_SECONDS = Pattern.compile("(\\d+)\\s*秒后再试");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** An administrator of a fresh centre: may list units (GET /units answers 200). */
    private String[] freshAdministrator() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        String s = TestPasswords.uniqueSuffix();
        long centre = admin.createUnit("HD-" + s.toUpperCase(), "加固测试中心" + s, "CENTRE", admin.rootUnitId());
        String pw = TestPasswords.fresh();
        admin.createAccount("hd_" + s, "加固管理员", centre, pw, "SYSTEM_ADMIN");
        return new String[] {"hd_" + s, pw};
    }

    @Test
    @DisplayName("API: five wrong passwords slow the account down (429, Retry-After), and the right password passes after the delay")
    void fiveWrongPasswordsDoNotKeepTheRightOneOutOfTheApi() throws Exception {
        String[] account = freshAdministrator();
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, ApiClient.as(base, account[0], "wrong-" + i).get("/units").status());
        }
        HttpResponse<String> slowed = http.send(basic(account[0], account[1], "/units").GET().build(), HttpResponse.BodyHandlers.ofString());
        // the delay after the fifth failure is one second: on a loaded machine it may have run out already
        if (slowed.statusCode() == 429) {
            assertTrue(slowed.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
            long retryAfter = Long.parseLong(slowed.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
            assertTrue(slowed.body().contains("秒后再试"), slowed.body());
            Thread.sleep(retryAfter * 1000 + 200);
        }
        assertEquals(200, ApiClient.as(base, account[0], account[1]).get("/units").status(), "the right password after the delay");
    }

    @Test
    @DisplayName("form: five wrong passwords, then the right one after the delay signs in; the session cookie is SameSite=Strict")
    void fiveWrongPasswordsDoNotKeepTheRightOneOutOfTheForm() throws Exception {
        String[] account = freshAdministrator();
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> r = formLogin(account[0], "wrong-" + i, origin());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("用户名或密码错误"), "attempt " + i);
        }
        HttpResponse<String> in = formLogin(account[0], account[1], origin());
        if (in.statusCode() == 200) { // still within the delay (it may have run out on a loaded machine)
            assertTrue(in.body().contains("秒后再试"), "slowed, and told so");
            Thread.sleep(2_200);
            in = formLogin(account[0], account[1], origin());
        }
        assertEquals(302, in.statusCode(), "signed in after the delay");
        String cookie = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase().contains("samesite=strict"), cookie);
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
    }

    @Test
    @DisplayName("login CSRF: a login POST from another site's page is refused before the credentials are read")
    void aLoginPostFromAnotherSiteIsRefused() throws Exception {
        String[] account = freshAdministrator();
        assertEquals(403, formLogin(account[0], account[1], "https://evil.example").statusCode());
        HttpResponse<String> fromReferer = send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Referer", "https://evil.example/page.html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("loginForm=loginForm")));
        assertEquals(403, fromReferer.statusCode());
        assertEquals(302, signIn(http, account[0], account[1]).statusCode(), "from the application's own page it signs in");
    }

    @Test
    @DisplayName("a NUL byte in a Basic user name is 401, not 500; refused input grows the server log by at most a line each")
    void refusedInputCannotFloodTheLog() throws Exception {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long before = lines(log);
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        long root = admin.rootUnitId();
        before = lines(log);
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> nul = send(HttpRequest.newBuilder(URI.create(api("/units")))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("ad\u0000min" + i + ":x").getBytes(StandardCharsets.UTF_8)))
                    .GET());
            assertEquals(401, nul.statusCode(), nul.body());
            assertFalse(nul.body().contains("Exception"), nul.body());
        }
        for (int i = 0; i < 15; i++) {
            ApiClient.Answer bad = admin.post("/units", "{\"code\": [not json " + i);
            assertEquals(400, bad.status());
        }
        for (int i = 0; i < 15; i++) {
            ApiClient.Answer invalid = admin.post("/units", "{\"code\":\"\",\"name\":\"<b>" + i + "\",\"type\":\"CENTRE\",\"parentId\":" + root + "}");
            assertEquals(400, invalid.status(), invalid.body());
            assertTrue(invalid.contentType().startsWith(PROBLEM));
        }
        long grown = lines(log) - before;
        assertTrue(grown < 25, "50 refused requests wrote " + grown + " log lines");
    }

    @Test
    @DisplayName("every response carries CSP with frame-ancestors 'none', X-Frame-Options, nosniff and Referrer-Policy: pages, API, errors, /openapi")
    void browserHeadersOnEveryKindOfResponse() throws Exception {
        String server = base.getProtocol() + "://" + base.getAuthority();
        for (String url : List.of(base + "login.xhtml", base + "no-such-page.xhtml", api("/units"), server + "/openapi",
                base + "jakarta.faces.resource/css/legalaid.css.xhtml")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).GET());
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), url + ": " + csp);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), url);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), url);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), url);
        }
    }

    @Test
    @DisplayName("/openapi allows no other origin with credentials; / leads to the application, not WildFly's welcome page")
    void openApiWithoutWildcardCorsAndNoWelcomePage() throws Exception {
        String server = base.getProtocol() + "://" + base.getAuthority();
        HttpResponse<String> openapi = send(HttpRequest.newBuilder(URI.create(server + "/openapi"))
                .header("Origin", "https://evil.example").GET());
        assertEquals(200, openapi.statusCode());
        assertNotEquals("*", openapi.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertFalse(openapi.headers().firstValue("Access-Control-Allow-Credentials").orElse("").equalsIgnoreCase("true"));
        HttpResponse<String> root = send(HttpRequest.newBuilder(URI.create(server + "/")).GET());
        assertTrue(root.statusCode() == 302 || root.statusCode() == 301, "status " + root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/legalaid/"), root.headers().toString());
        assertFalse(root.body().contains("WildFly"));
    }

    @Test
    @DisplayName("a form posted after its view expired gets the friendly page with status 200, not 500")
    void anExpiredViewIsAFriendlyPageNotA500() throws Exception {
        String[] account = freshAdministrator();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        assertEquals(302, signIn(browser, account[0], account[1]).statusCode());
        HttpResponse<String> expired = browser.send(HttpRequest.newBuilder(URI.create(base + "account/password.xhtml"))
                .header("Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("passwordForm=passwordForm&jakarta.faces.ViewState=" + enc("-4711:-815")))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, expired.statusCode(), expired.body());
        assertTrue(expired.body().contains("页面已过期"), expired.body());
    }

    @Test
    @DisplayName("the units page's tree posted with the selection 'default' is no selection, not the 500 page")
    void aTamperedTreeSelectionIsNotA500() throws Exception {
        String[] account = freshAdministrator();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        assertEquals(302, signIn(browser, account[0], account[1]).statusCode());
        // the temporary password first
        String next = TestPasswords.fresh();
        HttpResponse<String> passwordPage = get(browser, "account/password.xhtml");
        HttpResponse<String> changed = post(browser, "account/password.xhtml", "passwordForm=passwordForm&passwordForm%3Acurrent=" + enc(account[1])
                + "&passwordForm%3AnewPassword=" + enc(next) + "&passwordForm%3Aconfirmation=" + enc(next)
                + "&passwordForm%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState(passwordPage.body())), false);
        assertTrue(changed.statusCode() < 400, changed.body());
        HttpResponse<String> units = get(browser, "admin/units.xhtml");
        assertEquals(200, units.statusCode(), units.body());
        HttpResponse<String> select = post(browser, "admin/units.xhtml", "jakarta.faces.partial.ajax=true&jakarta.faces.source=unitsForm%3Atree"
                + "&jakarta.faces.partial.execute=unitsForm%3Atree&jakarta.faces.partial.render=unitsForm%3Adetail"
                + "&jakarta.faces.behavior.event=select&jakarta.faces.partial.event=select&unitsForm%3Atree_instantSelection=default"
                + "&unitsForm%3Atree_selection=default&unitsForm=unitsForm&jakarta.faces.ViewState=" + enc(viewState(units.body())), true);
        assertEquals(200, select.statusCode());
        assertTrue(select.body().contains("<partial-response"), select.body());
        assertFalse(select.body().contains("error-title"), "no error page: " + select.body());
    }

    @Test
    @DisplayName("API tokens: credentials once for a 15-minute token, Bearer calls write nothing, issue audited; a token cannot renew itself; revoked or after a password change it is refused")
    void apiClientsExchangeTheirCredentialsOnceForAToken() throws Exception {
        String[] account = freshAdministrator();
        String own = TestPasswords.fresh();
        assertEquals(204, setOwnPassword(account[0], account[1], account[1], own).statusCode());
        // with a temporary password a token was refused; the staff member just set their own
        HttpResponse<String> issued = send(basic(account[0], own, "/tokens").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(201, issued.statusCode(), issued.body());
        assertEquals("no-store", issued.headers().firstValue("Cache-Control").orElse(""));
        JsonObject body = json(issued.body());
        assertEquals("Bearer", body.getString("tokenType"));
        assertEquals(900, body.getInt("expiresIn"));
        String token = body.getString("accessToken");
        assertEquals(3, token.split("\\.").length, "a compact JWT");

        long loginsBefore = auditRows(account[0], "LOGIN");
        for (int i = 0; i < 10; i++) {
            assertEquals(200, send(bearer(token, "/units").GET()).statusCode(), "Bearer call " + i);
            assertEquals(200, send(basic(account[0], own, "/units").GET()).statusCode(), "Basic call " + i);
        }
        assertEquals(loginsBefore, auditRows(account[0], "LOGIN"), "API calls, Basic or Bearer, append no LOGIN row");
        assertEquals(1, auditRows(account[0], "ISSUE_TOKEN"), "the token's issue is audited");

        HttpResponse<String> renewal = send(bearer(token, "/tokens").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, renewal.statusCode());
        assertTrue(renewal.body().contains("只能用用户名和密码"), renewal.body());

        char last = token.charAt(token.length() - 2);
        String forged = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        HttpResponse<String> refused = send(bearer(forged, "/units").GET());
        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
        assertTrue(refused.body().contains("令牌无效"), refused.body());
        assertTrue(refused.headers().allValues("WWW-Authenticate").stream().anyMatch(h -> h.startsWith("Bearer")));

        assertEquals(204, send(bearer(token, "/tokens").DELETE()).statusCode(), "the holder revokes every token");
        assertEquals(401, send(bearer(token, "/units").GET()).statusCode(), "a revoked token is refused at the next call");
        assertEquals(1, auditRows(account[0], "REVOKE_TOKENS"));

        String second = json(send(basic(account[0], own, "/tokens").POST(HttpRequest.BodyPublishers.noBody())).body()).getString("accessToken");
        assertEquals(200, send(bearer(second, "/units").GET()).statusCode());
        assertEquals(204, setOwnPassword(account[0], own, own, TestPasswords.fresh()).statusCode());
        assertEquals(401, send(bearer(second, "/units").GET()).statusCode(), "a password change ends the tokens issued before");
    }

    @Test
    @DisplayName("an API account with a temporary password must set its own before any other call (403 naming the rule)")
    void anApiAccountMustSetItsOwnPasswordFirst() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        String s = TestPasswords.uniqueSuffix();
        long centre = admin.createUnit("HT-" + s.toUpperCase(), "令牌测试中心" + s, "CENTRE", admin.rootUnitId());
        String temporary = TestPasswords.fresh();
        ApiClient.Answer created = admin.post("/accounts", Json.createObjectBuilder().add("username", "ht_org_" + s)
                .add("fullName", "令牌测试法院").add("unitId", centre).add("roles", Json.createArrayBuilder().add("NOTIFYING_ORGAN"))
                .add("initialPassword", temporary).build().toString());
        assertEquals(201, created.status(), created.body());
        String organ = "ht_org_" + s;

        for (HttpRequest.Builder call : List.of(basic(organ, temporary, "/criminal-notices").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")),
                basic(organ, temporary, "/tokens").POST(HttpRequest.BodyPublishers.noBody()))) {
            HttpResponse<String> r = send(call);
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
            assertTrue(r.body().contains("临时密码") && r.body().contains("PUT /api/v1/password"), r.body());
        }
        HttpResponse<String> english = send(basic(organ, temporary, "/tokens").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertTrue(english.body().contains("temporary password"), english.body());

        assertEquals(422, setOwnPassword(organ, temporary, "not-the-current-1A", TestPasswords.fresh()).statusCode(), "the current one must be known");
        String own = TestPasswords.fresh();
        assertEquals(204, setOwnPassword(organ, temporary, temporary, own).statusCode());
        assertEquals(401, send(basic(organ, temporary, "/tokens").POST(HttpRequest.BodyPublishers.noBody())).statusCode(), "the temporary one is gone");
        assertEquals(201, send(basic(organ, own, "/tokens").POST(HttpRequest.BodyPublishers.noBody())).statusCode(), "and with its own it works");
    }

    @Test
    @DisplayName("a wrong enum constant or a malformed date in a JSON body is a 400 naming the field and the form expected, in the caller's language")
    void wrongEnumsAndDatesNameTheField() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        HttpResponse<String> unit = send(basic("admin", System.getenv("LEGALAID_BOOTSTRAP_ADMIN_PASSWORD"), "/units")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"X1\",\"name\":\"某中心\",\"type\":\"HEADQUARTERS\",\"parentId\":"
                        + admin.rootUnitId() + "}")));
        assertEquals(400, unit.statusCode(), unit.body());
        assertTrue(unit.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
        String unitErrors = String.join("\n", json(unit.body()).getJsonArray("errors").getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(unitErrors.contains("字段“type”") && unitErrors.contains("CENTRE"), unit.body());

        String s = TestPasswords.uniqueSuffix();
        long centre = admin.createUnit("HJ-" + s.toUpperCase(), "日期测试中心" + s, "CENTRE", admin.rootUnitId());
        String pw = TestPasswords.fresh();
        admin.createAccount("hj_org_" + s, "日期测试法院", centre, pw, "NOTIFYING_ORGAN");
        for (String lang : List.of("zh-CN", "en")) {
            HttpResponse<String> notice = send(basic("hj_org_" + s, pw, "/criminal-notices").header("Content-Type", "application/json")
                    .header("Accept-Language", lang)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"organType\":\"court\",\"defendantBirthDate\":\"1990-02-30\","
                            + "\"receivedAt\":\"2026/12/08 09:30\"}")));
            assertEquals(400, notice.statusCode(), notice.body());
            String b = String.join("\n", json(notice.body()).getJsonArray("errors").getValuesAs(jakarta.json.JsonString::getString));
            if (lang.equals("en")) {
                assertTrue(b.contains("\"organType\"") && b.contains("COURT"), b);
                assertTrue(b.contains("\"defendantBirthDate\" must be a date") && b.contains("2026-12-08"), b);
                assertTrue(b.contains("\"receivedAt\" must be a date and time"), b);
            } else {
                assertTrue(b.contains("字段“organType”") && b.contains("COURT"), b);
                assertTrue(b.contains("字段“defendantBirthDate”应为日期"), b);
                assertTrue(b.contains("字段“receivedAt”应为日期和时间"), b);
            }
        }
    }

    private HttpResponse<String> setOwnPassword(String user, String password, String current, String next) throws Exception {
        return send(basic(user, password, "/password").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("currentPassword", current)
                        .add("newPassword", next).build().toString())));
    }

    private HttpRequest.Builder bearer(String token, String path) {
        return HttpRequest.newBuilder(URI.create(api(path))).header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static JsonObject json(String body) {
        try (var r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    /** Rows of the audit trail with this actor and action. */
    private static long auditRows(String actor, String action) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                System.getenv("LEGALAID_DB_PASSWORD"));
             PreparedStatement st = c.prepareStatement("select count(*) from audit_entry where actor = ? and action = ?")) {
            st.setString(1, actor);
            st.setString(2, action);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private HttpResponse<String> get(HttpClient client, String page) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + page)).header("Accept-Language", "zh-CN").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(HttpClient client, String page, String form, boolean ajax) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + page)).header("Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "zh-CN");
        if (ajax) {
            b.header("Faces-Request", "partial/ajax");
        }
        return client.send(b.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        assertTrue(m.find(), "a view state in the page");
        return m.group(1);
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getAuthority();
    }

    private String api(String path) {
        return base + "api/v1" + path;
    }

    private HttpRequest.Builder basic(String user, String password, String path) {
        return HttpRequest.newBuilder(URI.create(api(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
    }

    /** Signs in through the login form as a browser would: GET the (stateless) page, POST it with an Origin. */
    /**
     * Signs a fresh name in from the application's own page, waiting out the address's delay as a
     * user would: the other tests of this class fail sign-ins from the same address on purpose, and
     * on a fast machine the delay they started may not have run out yet (a name that never signed
     * in from this address is slowed with the address).
     */
    private HttpResponse<String> signIn(HttpClient client, String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = formLogin(client, user, password, origin());
        for (int waited = 0; r.statusCode() == 200 && waited < 120; ) {
            Matcher wait = WAIT_SECONDS.matcher(r.body());
            assertTrue(wait.find(), "only a delay may keep the right password out: " + r.body());
            int seconds = Integer.parseInt(wait.group(1)) + 1;
            Thread.sleep(seconds * 1000L);
            waited += seconds;
            r = formLogin(client, user, password, origin());
        }
        return r;
    }

    private HttpResponse<String> formLogin(String user, String password, String origin) throws IOException, InterruptedException {
        return formLogin(http, user, password, origin);
    }

    private HttpResponse<String> formLogin(HttpClient client, String user, String password, String origin)
            throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher m = VIEW_STATE.matcher(page.body());
        assertTrue(m.find(), "the login form's view state");
        String form = "loginForm=loginForm&loginForm%3Ausername=" + enc(user) + "&loginForm%3Apassword=" + enc(password)
                + "&loginForm%3Anext=&loginForm%3Asubmit=&jakarta.faces.ViewState=" + enc(m.group(1));
        return client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long lines(Path log) throws IOException {
        try (var l = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return l.count();
        }
    }
}
