package org.legalaid.it.api;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.Deployments;
import org.legalaid.it.TestPasswords;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("REST API: authentication, problem+json errors, OpenAPI, health")
class RestApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL base;

    @Test
    void withoutCredentialsTheApiAnswers401WithAReason() throws Exception {
        ApiClient.Answer a = ApiClient.anonymous(base).get("/units");
        assertEquals(401, a.status());
        assertTrue(a.contentType().startsWith(PROBLEM), a.contentType());
        assertEquals("请使用 HTTP Basic 认证提供用户名和密码。", a.json().getString("detail"));
    }

    @Test
    void aWrongPasswordIs401AndTheReasonCanBeEnglish() throws Exception {
        ApiClient client = ApiClient.as(base, "admin", "wrong-" + TestPasswords.fresh());
        ApiClient.Answer a = client.send(client.request("/units").header("Accept-Language", "en").GET());
        assertEquals(401, a.status());
        assertEquals("Wrong user name or password, or the account is locked.", a.json().getString("detail"));
    }

    @Test
    void aClerkIsRefusedTheAccountListWith403() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        String s = TestPasswords.uniqueSuffix();
        long centre = admin.createUnit("RC-" + s.toUpperCase(), "接口测试中心", "CENTRE", admin.rootUnitId());
        String pw = TestPasswords.fresh();
        admin.createAccount("rc_" + s, "接口受理员", centre, pw, "INTAKE_CLERK");
        ApiClient.Answer a = ApiClient.as(base, "rc_" + s, pw).get("/accounts");
        assertEquals(403, a.status());
        assertTrue(a.contentType().startsWith(PROBLEM));
        assertEquals("您没有执行此操作的权限。", a.json().getString("detail"));
    }

    @Test
    void invalidInputIs400WithEachFieldsReasonAndNothingIsSaved() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        String code = "RX-" + TestPasswords.uniqueSuffix().toUpperCase();
        ApiClient.Answer a = admin.post("/units", "{\"code\":\"" + code + "\",\"name\":\"<script>x</script>\",\"type\":\"CENTRE\",\"parentId\":"
                + admin.rootUnitId() + "}");
        assertEquals(400, a.status());
        assertTrue(a.contentType().startsWith(PROBLEM));
        JsonObject p = a.json();
        assertEquals("请求参数不符合要求。", p.getString("detail"));
        assertTrue(p.getJsonArray("errors").toString().contains("不能包含尖括号"), p.toString());
        assertFalse(admin.get("/units").body().contains(code), "nothing saved");
    }

    @Test
    void malformedJsonIs400NotAStackTrace() throws Exception {
        ApiClient.Answer a = ApiClient.asBootstrapAdmin(base).post("/units", "{\"code\": [not json");
        assertEquals(400, a.status());
        assertTrue(a.contentType().startsWith(PROBLEM));
        assertFalse(a.body().contains("Exception"), a.body());
        assertFalse(a.body().contains("at org."), a.body());
    }

    @Test
    void aBrokenRuleIs422WithTheRuleInWords() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        ApiClient.Answer a = admin.post("/units", "{\"code\":\"RW-" + TestPasswords.uniqueSuffix().toUpperCase()
                + "\",\"name\":\"错层工作站\",\"type\":\"WORKSTATION\",\"parentId\":" + admin.rootUnitId() + "}");
        assertEquals(422, a.status());
        assertEquals("“工作站”不能设在“司法局”之下。", a.json().getString("detail"));
    }

    @Test
    void anUnknownUnitIs404() throws Exception {
        ApiClient.Answer a = ApiClient.asBootstrapAdmin(base).get("/units/987654321");
        assertEquals(404, a.status());
        assertTrue(a.contentType().startsWith(PROBLEM));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        URI openapi = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(openapi).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/api/v1/units"), r.body());
        assertTrue(r.body().contains("/api/v1/accounts"));
        assertTrue(r.body().contains("basic"));
    }

    @Test
    void healthIsForAdministratorsOnly() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        ApiClient.Answer up = admin.get("/health");
        assertEquals(200, up.status());
        assertEquals("UP", up.json().getString("status"));
        assertEquals("PostgreSQL", up.json().getString("databaseName"));

        String s = TestPasswords.uniqueSuffix();
        long centre = admin.createUnit("RH-" + s.toUpperCase(), "健康检查中心", "CENTRE", admin.rootUnitId());
        String pw = TestPasswords.fresh();
        admin.createAccount("rh_" + s, "某审查员", centre, pw, "REVIEWER");
        assertEquals(403, ApiClient.as(base, "rh_" + s, pw).get("/health").status());
    }
}
