package org.legalaid.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.Deployments;
import org.legalaid.it.TestPasswords;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, strict input at the API's door: wrong JSON types, a second document, {@code [null]}
 * in lists, control characters in query parameters, unreadable headers, oversized bodies, and the
 * status codes without words of their own — each a 4xx problem document in the caller's language,
 * naming the field. And the malformed-input corpus: every write endpoint the OpenAPI document lists
 * (so new ones are covered as they land) fed hundreds of malformed bodies, none answered with
 * anything but a 4xx problem document, none writing a row.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Strict input at the API's door and the malformed-input corpus (issue 19)")
class StrictInputIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL base;

    private String unit(Object name, Object parentId) throws Exception {
        return "{\"code\":\"SI-" + TestPasswords.uniqueSuffix().toUpperCase() + "\",\"name\":" + name
                + ",\"type\":\"CENTRE\",\"parentId\":" + parentId + "}";
    }

    @Test
    @DisplayName("123, true, 1.5 or [\"x\"] for a text, 1.5 or 2^64+984 for an id: 400 naming the field, nothing created")
    void wrongJsonTypesAreRefusedNamingTheField() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        long root = admin.rootUnitId();
        int before = admin.get("/units").body().length();
        for (String name : List.of("123", "true", "1.5", "[\"x\"]", "{\"a\":1}")) {
            ApiClient.Answer a = admin.post("/units", unit(name, root));
            assertEquals(400, a.status(), name + ": " + a.body());
            assertTrue(a.contentType().startsWith(PROBLEM));
            assertTrue(a.json().getJsonArray("errors").toString().contains("“name”"), a.body());
        }
        for (String parent : List.of("1.5", "18446744073709552600", "\"1\"", "true")) {
            ApiClient.Answer a = admin.post("/units", unit("\"单位\"", parent));
            assertEquals(400, a.status(), parent + ": " + a.body());
            assertTrue(a.json().getJsonArray("errors").toString().contains("parentId"), a.body());
        }
        ApiClient en = admin;
        ApiClient.Answer english = en.send(en.request("/units").header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(unit("123", root))));
        assertTrue(english.json().getJsonArray("errors").toString().contains("The field \\\"name\\\" must be text"), english.body());
        assertEquals(before, admin.get("/units").body().length(), "no unit created");
    }

    @Test
    @DisplayName("a second JSON document or trailing garbage after the first is refused, not ignored")
    void trailingContentIsRefused() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        long root = admin.rootUnitId();
        for (String tail : List.of(" {}", " x", "]", " \"more\"")) {
            ApiClient.Answer a = admin.post("/units", unit("\"单位\"", root) + tail);
            assertEquals(400, a.status(), tail + ": " + a.body());
            assertTrue(a.contentType().startsWith(PROBLEM));
            assertTrue(a.body().contains("第一个 JSON 文档之后") || a.body().contains("不是有效的 JSON"), a.body());
        }
    }

    @Test
    @DisplayName("[null] inside roles is 400 naming roles[0], not 500")
    void nullInsideAListIsRefused() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        ApiClient.Answer a = admin.post("/accounts", "{\"username\":\"si_" + TestPasswords.uniqueSuffix()
                + "\",\"fullName\":\"某人\",\"unitId\":" + admin.rootUnitId() + ",\"roles\":[null],\"initialPassword\":\"" + TestPasswords.fresh() + "\"}");
        assertEquals(400, a.status(), a.body());
        assertTrue(a.json().getJsonArray("errors").toString().contains("roles[0]"), a.body());
    }

    @Test
    @DisplayName("text=%00 on /firms, /lawyers and /accounts is 400 naming the parameter")
    void aNulByteInAQueryParameterIs400() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        for (String path : List.of("/firms?text=%00", "/lawyers?text=a%00b", "/accounts?text=%00")) {
            ApiClient.Answer a = admin.get(path);
            assertEquals(400, a.status(), path + ": " + a.body());
            assertTrue(a.contentType().startsWith(PROBLEM), a.contentType());
            assertTrue(a.json().getString("detail").contains("text"), a.body());
        }
    }

    @Test
    @DisplayName("an unreadable Content-Type is 400, a 5 MB body 413, and 405/406/415 say why in words — all problem+json")
    void headerAndSizeProblemsAreProblemDocuments() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        ApiClient.Answer badType = admin.send(admin.request("/units").header("Content-Type", "application/json;;;=")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(400, badType.status(), badType.body());
        assertTrue(badType.contentType().startsWith(PROBLEM), badType.contentType());

        // 5 MB announced, above the API's 1 MB: the answer comes before the body is read (the client
        // stops sending then). Above the server's own max-post-size (21 MB, for uploads) Undertow
        // refuses the request itself, with an empty 400, before the application sees it.
        String tooLarge = rawPost("/units", 5L * 1024 * 1024);
        assertTrue(tooLarge.startsWith("HTTP/1.1 413"), tooLarge);
        assertTrue(tooLarge.toLowerCase().contains("content-type: application/problem+json"), tooLarge);
        assertTrue(tooLarge.contains("请求内容过大"), tooLarge);

        ApiClient.Answer notAllowed = admin.send(admin.request("/units").DELETE());
        ApiClient.Answer notAcceptable = admin.send(admin.request("/units").setHeader("Accept", "text/csv").GET());
        ApiClient.Answer unsupported = admin.send(admin.request("/units").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name")));
        for (ApiClient.Answer a : List.of(notAllowed, notAcceptable, unsupported)) {
            assertTrue(a.contentType().startsWith(PROBLEM), a.status() + " " + a.contentType());
            assertFalse(a.body().contains("api.status"), a.body());
        }
        assertEquals(405, notAllowed.status());
        assertEquals(406, notAcceptable.status());
        assertEquals(415, unsupported.status());
        assertEquals("不支持的内容类型", unsupported.json().getString("title"));
    }

    /**
     * The corpus: each write endpoint of the OpenAPI document (POST, PUT, PATCH) with malformed
     * bodies — broken and trailing JSON, and every property of its schema (nested objects too) set
     * in turn to values of the wrong type, {@code [null]}, control and bidi characters, numbers out
     * of range — as the bootstrap administrator and, for the doors of the notifying organs and the
     * online platform, as accounts of those roles. Every answer must be a 4xx problem document
     * without a stack trace, and no table but the audit trail (sign-ins) may gain a row.
     */
    @Test
    @DisplayName("corpus: 500+ malformed inputs against every write endpoint of the OpenAPI document: 4xx problem+json, no stack trace, no row")
    void malformedInputCorpus() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        String s = TestPasswords.uniqueSuffix();
        long root = admin.rootUnitId();
        long centre = admin.createUnit("CP-" + s.toUpperCase(), "语料中心" + s, "CENTRE", root);
        String pw = TestPasswords.fresh();
        admin.createAccount("cp_org_" + s, "语料法院", centre, pw, "NOTIFYING_ORGAN");
        admin.createAccount("cp_net_" + s, "语料平台", centre, pw, "ONLINE_PORTAL");
        List<ApiClient> callers = List.of(admin, ApiClient.as(base, "cp_org_" + s, pw), ApiClient.as(base, "cp_net_" + s, pw));

        String server = base.getProtocol() + "://" + base.getAuthority();
        JsonObject openapi = Json.createReader(new StringReader(
                ApiClient.anonymous(base).send(HttpRequest.newBuilder(URI.create(server + "/openapi?format=JSON"))).body())).readObject();
        JsonObject schemas = openapi.getJsonObject("components").getJsonObject("schemas");
        Map<String, List<String>> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
            int api = path.getKey().indexOf("/api/v1/");
            if (api < 0) {
                continue;
            }
            for (String method : List.of("post", "put", "patch")) {
                JsonObject op = path.getValue().asJsonObject().getJsonObject(method);
                if (op == null) {
                    continue;
                }
                if (op.getJsonObject("requestBody") == null) {
                    continue; // no body to read (e.g. the verifications): nothing malformed to send
                }
                String url = method.toUpperCase() + " " + path.getKey().substring(api + "/api/v1".length()).replaceAll("\\{[^}]+}", "999999999");
                inputs.put(url, corpus(bodySchema(op, schemas), schemas));
            }
        }
        assertTrue(inputs.size() >= 4, "write endpoints found: " + inputs.keySet());
        int total = inputs.values().stream().mapToInt(List::size).sum();
        assertTrue(total >= 500, "inputs: " + total);

        System.out.println("malformed-input corpus: " + total + " inputs against " + inputs.size() + " write endpoints " + inputs.keySet());
        long started = System.nanoTime();
        Map<String, Long> rowsBefore = rowCounts();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String>> endpoint : inputs.entrySet()) {
            String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
            String path = endpoint.getKey().substring(endpoint.getKey().indexOf(' ') + 1);
            int i = 0;
            for (String body : endpoint.getValue()) {
                ApiClient caller = callers.get(i++ % callers.size());
                ApiClient.Answer a = caller.send(caller.request(path).header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
                boolean ok = a.status() >= 400 && a.status() < 500 && a.contentType().startsWith(PROBLEM)
                        && !a.body().contains("Exception") && !a.body().contains("at org.") && !a.body().contains("at java.");
                if (!ok && failures.size() < 20) {
                    failures.add(endpoint.getKey() + " " + body.substring(0, Math.min(120, body.length())) + " -> " + a.status() + " "
                            + a.contentType() + " " + a.body().substring(0, Math.min(200, a.body().length())));
                }
            }
        }
        System.out.println("malformed-input corpus: " + total + " inputs answered in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertTrue(failures.isEmpty(), total + " inputs, failures:\n" + String.join("\n", failures));
        assertEquals(rowsBefore, rowCounts(), "no row written by a refused input");
    }

    /** A POST announcing {@code length} bytes of JSON, of which only the first 64 KB are sent; the whole answer as text. */
    private String rawPost(String path, long length) throws Exception {
        String auth = java.util.Base64.getEncoder().encodeToString(("admin:" + System.getenv("LEGALAID_BOOTSTRAP_ADMIN_PASSWORD"))
                .getBytes(StandardCharsets.UTF_8));
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(("POST " + base.getPath() + "api/v1" + path + " HTTP/1.1\r\nHost: " + base.getAuthority()
                    + "\r\nAuthorization: Basic " + auth + "\r\nContent-Type: application/json\r\nAccept: application/json"
                    + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            chunk[0] = '{';
            out.write(chunk);
            out.flush();
            var in = socket.getInputStream();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                    String text = answer.toString(StandardCharsets.UTF_8);
                    if (text.contains("\r\n\r\n") && text.trim().endsWith("}")) {
                        break;
                    }
                }
            } catch (java.io.IOException closed) {
                // the server may close the connection after answering: what was read is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static JsonObject bodySchema(JsonObject op, JsonObject schemas) {
        JsonObject body = op.getJsonObject("requestBody");
        if (body == null || body.getJsonObject("content") == null) {
            return null;
        }
        for (JsonValue media : body.getJsonObject("content").values()) {
            JsonObject schema = media.asJsonObject().getJsonObject("schema");
            if (schema != null) {
                return resolve(schema, schemas);
            }
        }
        return null;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (schema.containsKey("allOf")) {
            return resolve(schema.getJsonArray("allOf").getJsonObject(0), schemas);
        }
        return schema;
    }

    private static final List<String> WRONG = List.of("123", "true", "1.5", "[\"x\"]", "{\"a\":1}", "[null]", "\"\\u0000\"",
            "\"\\u202Eevil\"", "18446744073709552600", "-1.5e400", "\"\u3000\"", "\"" + "长".repeat(5000) + "\"", "[]", "\"\"", "\"2026-13-45\"");
    private static final List<String> BROKEN = List.of("", "{", "}", "[]", "null", "\"text\"", "123", "{}{}", "{} trailing",
            "{\"a\":1,}", "<xml/>", "{'single':1}", "{\"a\":\u0000}", "\u0000");

    /** Malformed bodies for one schema: broken documents, and each property (nested ones too) set to each wrong value. */
    private static List<String> corpus(JsonObject schema, JsonObject schemas) {
        List<String> out = new ArrayList<>(BROKEN);
        if (schema == null || !schema.containsKey("properties")) {
            return out;
        }
        for (Map.Entry<String, JsonValue> p : schema.getJsonObject("properties").entrySet()) {
            JsonObject ps = resolve(p.getValue().asJsonObject(), schemas);
            for (String wrong : WRONG) {
                out.add("{\"" + p.getKey() + "\":" + wrong + "}");
            }
            if (ps != null && ps.containsKey("properties")) {
                for (String nested : ps.getJsonObject("properties").keySet()) {
                    for (String wrong : WRONG.subList(0, 9)) {
                        out.add("{\"" + p.getKey() + "\":{\"" + nested + "\":" + wrong + "}}");
                    }
                }
            }
        }
        return out;
    }

    /** Rows of every table of the schema except the audit trail (each Basic sign-in appends a row there). */
    private static Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                System.getenv("LEGALAID_DB_PASSWORD"));
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select table_name from information_schema.tables where table_schema = current_schema()"
                    + " and table_type = 'BASE TABLE' and table_name not like 'audit%' and table_name <> 'flyway_schema_history' order by 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("select count(*) from \"" + t + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
