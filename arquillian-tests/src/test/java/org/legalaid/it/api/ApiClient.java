package org.legalaid.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small client of the REST API for client-side tests, signed in with HTTP Basic. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URL deployment;
    private final String base;
    private final String authorization;

    private ApiClient(URL deployment, String username, String password) {
        this.deployment = deployment;
        String root = deployment.toString();
        this.base = (root.endsWith("/") ? root : root + "/") + "api/v1";
        this.authorization = username == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The first administrator of the test database (scripts/test.sh sets the password). */
    public static ApiClient asBootstrapAdmin(URL deployment) {
        return new ApiClient(deployment, "admin", System.getenv("LEGALAID_BOOTSTRAP_ADMIN_PASSWORD"));
    }

    public static ApiClient as(URL deployment, String username, String password) {
        return new ApiClient(deployment, username, password);
    }

    public static ApiClient anonymous(URL deployment) {
        return new ApiClient(deployment, null, null);
    }

    /**
     * An answer.
     *
     * @param status      HTTP status
     * @param contentType Content-Type header
     * @param body        the body text
     * @param location    the Location header, or null
     */
    public record Answer(int status, String contentType, String body, String location) {
        public JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                JsonStructure s = r.read();
                return s.asJsonObject();
            }
        }
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public Answer post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Answer send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                r.headers().firstValue("Location").orElse(null));
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    /** The id of the root unit of the test database. */
    public long rootUnitId() throws IOException, InterruptedException {
        return get("/units").body().isEmpty() ? -1 : Json.createReader(new StringReader(get("/units").body()))
                .readArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** Creates a unit and returns its id. */
    public long createUnit(String code, String name, String type, long parentId) throws IOException, InterruptedException {
        Answer a = post("/units", Json.createObjectBuilder().add("code", code).add("name", name).add("type", type)
                .add("parentId", parentId).build().toString());
        if (a.status() != 201) {
            throw new IllegalStateException("unit not created: " + a);
        }
        return a.json().getJsonNumber("id").longValue();
    }

    /**
     * Creates an account and returns its id. A staff account keeps {@code password} as its temporary
     * password (changed at the login form). An API account (notifying organ, online platform) must
     * set its own password before any other call (issue 19): it is created with a temporary one and
     * sets {@code password} itself over {@code PUT /password}, as a real client does.
     */
    public long createAccount(String username, String fullName, long unitId, String password, String... roles)
            throws IOException, InterruptedException {
        var roleArray = Json.createArrayBuilder();
        for (String r : roles) {
            roleArray.add(r);
        }
        boolean apiAccount = roles.length > 0 && java.util.Arrays.stream(roles).allMatch(r -> r.equals("NOTIFYING_ORGAN") || r.equals("ONLINE_PORTAL"));
        String initial = apiAccount ? "Tmp-" + password : password;
        Answer a = post("/accounts", Json.createObjectBuilder().add("username", username).add("fullName", fullName)
                .add("unitId", unitId).add("roles", roleArray).add("initialPassword", initial).build().toString());
        if (a.status() != 201) {
            throw new IllegalStateException("account not created: " + a);
        }
        if (apiAccount) {
            Answer set = as(deployment, username, initial).put("/password", Json.createObjectBuilder()
                    .add("currentPassword", initial).add("newPassword", password).build().toString());
            if (set.status() != 204) {
                throw new IllegalStateException("own password not set: " + set);
            }
        }
        return a.json().getJsonNumber("id").longValue();
    }

    public Answer put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }
}
