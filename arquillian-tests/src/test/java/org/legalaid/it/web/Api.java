package org.legalaid.it.web;

import org.legalaid.it.TestPasswords;
import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Test data for the browser tests, made through the application's own REST API as the
 * bootstrap administrator ({@code admin}, password from {@code LEGALAID_BOOTSTRAP_ADMIN_PASSWORD},
 * set by scripts/test.sh). Only creates and reads: it never changes that administrator, whom other
 * suites use too. JSON is read and written with Selenium's JSON codec, which is already on the
 * test class path (jakarta.json has no implementation there).
 */
final class Api {

    private static final Json JSON = new Json();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final String authorization;

    /** A unit made for one test. */
    record Unit(long id, String code, String name) {
    }

    /** An account made for one test, with the temporary password it was given. */
    record Staff(long id, String username, String fullName, Unit unit, String password) {
    }

    /**
     * A small tree of one's own under the bureau: a centre (where a test's administrator sits)
     * and a district centre below it. Unique codes and names, so filters find exactly these.
     */
    record Tree(String suffix, Unit centre, Unit district) {
        String user(String local) {
            return (local + "_" + suffix).toLowerCase(Locale.ROOT);
        }
    }

    Api(URL baseUrl) {
        this.base = URI.create(baseUrl.toString().endsWith("/") ? baseUrl.toString() : baseUrl + "/");
        String password = System.getenv("LEGALAID_BOOTSTRAP_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("LEGALAID_BOOTSTRAP_ADMIN_PASSWORD is not set: run the tests through scripts/test.sh");
        }
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    Tree tree() {
        String s = TestPasswords.uniqueSuffix();
        long bureau = bureauId();
        Unit centre = createUnit("WC-" + s, "网测中心" + s, "CENTRE", bureau);
        Unit district = createUnit("WD-" + s, "网测甲区中心" + s, "DISTRICT_CENTRE", centre.id());
        return new Tree(s, centre, district);
    }

    /** The city's justice bureau (the root unit), where the bureau's supervisors sit. */
    Unit bureau() {
        return new Unit(bureauId(), "BUREAU", "市司法局");
    }

    long bureauId() {
        List<Map<String, Object>> units = JSON.toType(send(get("api/v1/units"), 200), Json.LIST_OF_MAPS_TYPE);
        return units.stream().filter(u -> "BUREAU".equals(u.get("code")))
                .map(u -> ((Number) u.get("id")).longValue())
                .findFirst().orElseThrow(() -> new IllegalStateException("no unit BUREAU in " + units));
    }

    Unit createUnit(String code, String name, String type, long parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code.toUpperCase(Locale.ROOT));
        body.put("name", name);
        body.put("type", type);
        body.put("parentId", parentId);
        Map<String, Object> unit = JSON.toType(send(post("api/v1/units", body), 201), Json.MAP_TYPE);
        return new Unit(((Number) unit.get("id")).longValue(), (String) unit.get("code"), (String) unit.get("name"));
    }

    /** An account with a fresh temporary password: its first sign-in leads to the password page. */
    Staff createAccount(String username, String fullName, Unit unit, String... roles) {
        String password = TestPasswords.fresh();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("fullName", fullName);
        body.put("unitId", unit.id());
        body.put("roles", List.of(roles));
        body.put("initialPassword", password);
        Map<String, Object> account = JSON.toType(send(post("api/v1/accounts", body), 201), Json.MAP_TYPE);
        return new Staff(((Number) account.get("id")).longValue(), username, fullName, unit, password);
    }

    /** The account with exactly this user name, as the API shows it, if it exists (active or not). */
    Optional<Map<String, Object>> findAccount(String username) {
        return accounts("text=" + URLEncoder.encode(username, StandardCharsets.UTF_8)).stream()
                .filter(a -> username.equals(a.get("username"))).findFirst();
    }

    /** All accounts (active or not) of one unit. */
    List<Map<String, Object>> accountsOf(Unit unit) {
        return accounts("unitId=" + unit.id());
    }

    private List<Map<String, Object>> accounts(String filter) {
        Map<String, Object> page = JSON.toType(send(get("api/v1/accounts?max=100&" + filter), 200), Json.MAP_TYPE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        return items;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, Object body) {
        return request(path).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(body), StandardCharsets.UTF_8)).build();
    }

    private static String send(HttpRequest request, int expectedStatus) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
