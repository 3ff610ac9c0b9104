package org.legalaid.it.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.Deployments;
import org.openqa.selenium.json.Json;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public online complaint's API (issue 15, MoJ order 149 art. 9): no sign-in, strict validation
 * with reasons as problem documents, the per-address limit (429 beyond it, nothing lost that was
 * validly filed), the status look-up by receipt number and phone digits, the paths in the OpenAPI
 * document. Each test is its own client address (X-Forwarded-For through the test server's trusted
 * loopback proxy), so the limits of one test do not meet another's.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("The public complaint API (issue 15): no sign-in, validation, per-address limit, status by receipt number")
class PublicComplaintApiIT {

    private static final Json JSON = new Json();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    private Api.Tree tree;
    private String address;

    record Answer(int status, String contentType, String body, String location) {
        Map<String, Object> json() {
            return JSON.toType(body, Json.MAP_TYPE);
        }
    }

    @BeforeEach
    void setUp() {
        tree = new Api(baseUrl).tree();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        address = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    private URI uri(String path) {
        String root = baseUrl.toString();
        return URI.create((root.endsWith("/") ? root : root + "/") + path);
    }

    private Answer send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = HTTP.send(b.header("X-Forwarded-For", address).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                r.headers().firstValue("Location").orElse(null));
    }

    private Answer post(Map<String, Object> body) throws Exception {
        return send(HttpRequest.newBuilder(uri("api/v1/public/complaints")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(body), StandardCharsets.UTF_8)));
    }

    private Answer state(String receipt, String lastFour) throws Exception {
        return send(HttpRequest.newBuilder(uri("api/v1/public/complaints/" + receipt + "?phoneLast4=" + lastFour)).GET());
    }

    private Map<String, Object> complaint(String facts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", tree.district().id());
        m.put("complainantName", "王桂兰");
        m.put("complainantPhone", "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(90_000_000)));
        m.put("respondentType", "LAWYER");
        m.put("respondentName", "李某某律师");
        m.put("ground", "NO_PROGRESS_REPORTS");
        m.put("facts", facts);
        m.put("knewOn", LocalDate.now().minusDays(30).toString());
        return m;
    }

    private static String lastFour(Map<String, Object> c) {
        String p = (String) c.get("complainantPhone");
        return p.substring(p.length() - 4);
    }

    private static void assertProblem(Answer a, int status) {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.contentType().startsWith("application/problem+json"), a.contentType());
    }

    @Test
    @DisplayName("filed without sign-in: 201 with a receipt number, the state RECEIVED by number and phone digits, 404 alike for wrong digits, a mistyped or unknown number")
    void filesWithoutSignInAndAsksTheState() throws Exception {
        Map<String, Object> c = complaint("承办律师三个月未告知案件进展，电话不接。");
        Answer filed = post(c);
        assertEquals(201, filed.status(), filed.body());
        String receipt = (String) filed.json().get("receipt");
        assertTrue(receipt.matches("TS-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]"), receipt);
        assertEquals(tree.district().name(), filed.json().get("centre"), "the centre the complainant chose");
        assertNotNull(filed.location());
        assertTrue(filed.location().endsWith("/public/complaints/" + receipt), filed.location());

        Answer s = state(receipt, lastFour(c));
        assertEquals(200, s.status(), s.body());
        assertEquals("RECEIVED", s.json().get("state"));
        assertEquals("已收到，待受理", s.json().get("stateText"));
        assertEquals(tree.district().name(), s.json().get("centre"));
        assertFalse(s.body().contains("王桂兰") || s.body().contains("李某某"), "no names in the public state: " + s.body());

        assertProblem(state(receipt, "0000".equals(lastFour(c)) ? "1111" : "0000"), 404);
        char last = receipt.charAt(receipt.length() - 1);
        String mistyped = receipt.substring(0, receipt.length() - 1) + (last == '2' ? '3' : '2');
        Answer wrongCheck = state(mistyped, lastFour(c));
        assertProblem(wrongCheck, 404);
        assertTrue(((String) wrongCheck.json().get("detail")).contains("没有找到"), wrongCheck.body());

        Map<String, Object> toNowhere = complaint("事实");
        toNowhere.put("unitId", 987_654_321L);
        assertProblem(post(toNowhere), 422);
    }

    @Test
    @DisplayName("bad input, each refused 400 with the field's reason and nothing stored: no respondent, 100 KB of facts, markup in a name, no body; script tags in the facts are the citizen's text and kept")
    void refusesBadInputWithReasons() throws Exception {
        Map<String, Object> noRespondent = complaint("事实");
        noRespondent.remove("respondentName");
        Answer a = post(noRespondent);
        assertProblem(a, 400);
        assertTrue(a.body().contains("请选择被投诉人"), a.body());

        Answer huge = post(complaint("事".repeat(100 * 1024)));
        assertProblem(huge, 400);
        assertTrue(huge.body().contains("5000"), huge.body());

        Map<String, Object> markup = complaint("事实");
        markup.put("complainantName", "<script>alert(1)</script>");
        Answer m = post(markup);
        assertProblem(m, 400);
        assertTrue(m.body().contains("尖括号"), m.body());

        Answer empty = send(HttpRequest.newBuilder(uri("api/v1/public/complaints")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("", StandardCharsets.UTF_8)));
        assertProblem(empty, 400);

        Map<String, Object> script = complaint("<script>alert('投诉')</script> 律师收取了<b>两千元</b>。");
        Answer kept = post(script);
        assertEquals(201, kept.status(), kept.body());
        assertEquals("RECEIVED", state((String) kept.json().get("receipt"), lastFour(script)).json().get("state"));
    }

    @Test
    @DisplayName("50 submissions from one address in a minute: the first 5 are filed and each can be found, the rest answered 429 with a clear Chinese message; another address is not held back")
    void limitsSubmissionsPerAddressAndLosesNoneFiledBefore() throws Exception {
        List<String> filed = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        Map<String, Object> c = complaint("同一地址连续提交的投诉。");
        for (int i = 0; i < 50; i++) {
            Answer a = post(c);
            statuses.add(a.status());
            if (a.status() == 201) {
                filed.add((String) a.json().get("receipt"));
            } else {
                assertProblem(a, 429);
                assertTrue(((String) a.json().get("detail")).contains("过于频繁"), a.body());
            }
        }
        assertEquals(5, filed.size(), "5 per address in 10 minutes: " + statuses);
        assertTrue(statuses.subList(0, 5).stream().allMatch(s -> s == 201), "the first five pass: " + statuses);
        assertEquals(5, filed.stream().distinct().count(), "each its own receipt number");
        for (String receipt : filed) {
            assertEquals("RECEIVED", state(receipt, lastFour(c)).json().get("state"), "stored: " + receipt);
        }
        address = "172.16." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
        assertEquals(201, post(c).status(), "another address files");
    }

    @Test
    @DisplayName("the OpenAPI document lists both public paths without security; the public pages open without sign-in and without a session")
    void openApiAndPublicPages() throws Exception {
        Answer doc = send(HttpRequest.newBuilder(URI.create(baseUrl.getProtocol() + "://" + baseUrl.getHost() + ":"
                + baseUrl.getPort() + "/openapi")).GET());
        assertEquals(200, doc.status());
        String paths = doc.body().lines().filter(l -> l.contains("/public/")).toList().toString();
        assertTrue(doc.body().contains("/api/v1/public/complaints/{receipt}"), "GET by receipt in the document: " + paths);
        assertTrue(doc.body().contains("File a complaint (no sign-in)"), "POST in the document");
        assertTrue(doc.body().contains("Where a complaint stands (no sign-in)"), "GET in the document");

        for (String page : List.of("public/complaint.xhtml", "public/complaint-status.xhtml")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(page)).header("X-Forwarded-For", address).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), page);
            assertTrue(r.body().contains("<label"), page);
            assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(h -> h.startsWith("JSESSIONID")),
                    "a stateless view: no session for " + page + ": " + r.headers().allValues("Set-Cookie"));
        }
    }
}
