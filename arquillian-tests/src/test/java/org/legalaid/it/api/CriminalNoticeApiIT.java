package org.legalaid.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("REST API of notified criminal cases (LAL art. 36): 201 once, 200 on retry, problem+json on bad input")
class CriminalNoticeApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL base;

    private String suffix;
    private long centre;
    private ApiClient court;
    private ApiClient otherCourt;
    private ApiClient reviewer;
    private ApiClient clerk;

    @BeforeEach
    void aCentreWithACourtsAccount() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        suffix = TestPasswords.uniqueSuffix();
        centre = admin.createUnit("NC-" + suffix.toUpperCase(), "通知辩护接口中心" + suffix, "DISTRICT_CENTRE",
                admin.createUnit("NP-" + suffix.toUpperCase(), "通知辩护市中心" + suffix, "CENTRE", admin.rootUnitId()));
        String pw = TestPasswords.fresh();
        admin.createAccount("court_" + suffix, "市南区人民法院（接口）", centre, pw, "NOTIFYING_ORGAN");
        admin.createAccount("court2_" + suffix, "市北区人民法院（接口）", centre, pw, "NOTIFYING_ORGAN");
        admin.createAccount("nrev_" + suffix, "某审查员", centre, pw, "REVIEWER");
        admin.createAccount("nclerk_" + suffix, "某受理员", centre, pw, "INTAKE_CLERK");
        court = ApiClient.as(base, "court_" + suffix, pw);
        otherCourt = ApiClient.as(base, "court2_" + suffix, pw);
        reviewer = ApiClient.as(base, "nrev_" + suffix, pw);
        clerk = ApiClient.as(base, "nclerk_" + suffix, pw);
    }

    private JsonObjectBuilder notice(String number) {
        return Json.createObjectBuilder()
                .add("organType", "COURT")
                .add("organName", "青岛市市南区人民法院")
                .add("organDocumentNumber", "（2026）鲁0203刑初" + suffix + number + "号")
                .add("defendantName", "李四")
                .add("defendantIdNumber", "11010519491231002X")
                .add("charge", "故意杀人罪")
                .add("stage", "FIRST_INSTANCE")
                .add("grounds", Json.createArrayBuilder().add("LIFE_OR_DEATH"))
                .add("detentionPlace", "青岛市看守所");
    }

    @Test
    @DisplayName("the first post is 201 with a Location; a retry is 200 with the same notice; GET reads it")
    void firstPostCreatesARetryReturnsTheSame() throws Exception {
        ApiClient.Answer first = court.post("/criminal-notices", notice("1").build().toString());
        assertEquals(201, first.status(), first.body());
        JsonObject created = first.json();
        long id = created.getJsonNumber("id").longValue();
        assertNotNull(first.location());
        assertTrue(first.location().endsWith("/api/v1/criminal-notices/" + id), first.location());
        assertEquals("RECEIVED", created.getString("status"));
        assertEquals(centre, created.getJsonNumber("unitId").longValue(), "the account's centre receives it");
        assertTrue(created.getBoolean("needsSeniorCriminalLawyer"), "LAL art. 26");
        assertEquals("110105********002X", created.getString("defendantIdNumberMasked"));
        assertFalse(first.body().contains("11010519491231002X"), "the full ID number is not echoed");
        assertTrue(created.getString("receivedAt").endsWith("+08:00"), created.getString("receivedAt"));

        ApiClient.Answer retry = court.post("/criminal-notices", notice("1")
                .add("organDocumentNumber", "(2026)鲁0203刑初" + suffix + "1号").build().toString());
        assertEquals(200, retry.status(), retry.body());
        assertEquals(id, retry.json().getJsonNumber("id").longValue());
        assertEquals(created.getString("receivedAt"), retry.json().getString("receivedAt"), "nothing changed");

        ApiClient.Answer read = court.get("/criminal-notices/" + id);
        assertEquals(200, read.status());
        assertEquals("青岛市市南区人民法院", read.json().getString("organName"));
        assertEquals(200, clerk.get("/criminal-notices/" + id).status(), "the centre's clerk reads it too");
        assertEquals(404, otherCourt.get("/criminal-notices/" + id).status(), "another organ's account does not");
    }

    @Test
    void withoutCredentialsTheAnswerIs401() throws Exception {
        ApiClient.Answer a = ApiClient.anonymous(base).post("/criminal-notices", notice("2").build().toString());
        assertEquals(401, a.status());
        assertTrue(a.contentType().startsWith(PROBLEM), a.contentType());
        assertEquals("请使用 HTTP Basic 认证提供用户名和密码。", a.json().getString("detail"));
    }

    @Test
    @DisplayName("a staff account without a notice role is refused with 403, like the rest of the API")
    void aReviewerIsRefused() throws Exception {
        ApiClient.Answer post = reviewer.post("/criminal-notices", notice("3").build().toString());
        assertEquals(403, post.status());
        assertTrue(post.contentType().startsWith(PROBLEM));
        assertEquals("您没有执行此操作的权限。", post.json().getString("detail"));
        long id = court.post("/criminal-notices", notice("3").build().toString()).json().getJsonNumber("id").longValue();
        assertEquals(403, reviewer.get("/criminal-notices/" + id).status());
    }

    @Test
    void malformedJsonIs400WithoutAStackTrace() throws Exception {
        ApiClient.Answer a = court.post("/criminal-notices", "{\"organType\": [not json");
        assertEquals(400, a.status());
        assertTrue(a.contentType().startsWith(PROBLEM));
        assertFalse(a.body().contains("Exception"), a.body());
        assertFalse(a.body().contains("at org."), a.body());
        ApiClient.Answer unknownOrgan = court.post("/criminal-notices", notice("4").add("organType", "ARMY").build().toString());
        assertEquals(400, unknownOrgan.status());
        // the unknown constant is named with the field and the constants allowed (issue 19 review)
        assertEquals("请求内容中有字段类型或格式不正确。", unknownOrgan.json().getString("detail"));
        String errors = unknownOrgan.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("字段“organType”的值不在允许范围内") && errors.contains("COURT"), unknownOrgan.body());
    }

    @Test
    @DisplayName("a missing field and 10,000 characters of notes are 400 with each field's reason in Chinese; nothing is saved")
    void missingAndTooLongFieldsAre400() throws Exception {
        ApiClient.Answer missing = court.post("/criminal-notices", notice("5").remove("organName").build().toString());
        assertEquals(400, missing.status());
        assertTrue(missing.contentType().startsWith(PROBLEM));
        assertEquals("请求参数不符合要求。", missing.json().getString("detail"));
        assertTrue(missing.json().getJsonArray("errors").toString().contains("organName: 不能为空"), missing.body());

        ApiClient.Answer tooLong = court.post("/criminal-notices", notice("6").add("notes", "很".repeat(10_000)).build().toString());
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.json().getJsonArray("errors").toString().contains("notes: 长度不能超过2000个字符"), tooLong.body());
        assertFalse(tooLong.body().contains("很很很"), "the input is not echoed");

        assertEquals(201, court.post("/criminal-notices", notice("6").build().toString()).status(), "nothing was saved before");
        assertEquals(400, court.post("/criminal-notices", "").status(), "an empty body");
    }

    @Test
    @DisplayName("a broken rule is 422 with the reason, in Chinese or English: wrong ID check character, police at trial")
    void aBrokenRuleIs422() throws Exception {
        ApiClient.Answer wrongId = court.post("/criminal-notices", notice("7").add("defendantIdNumber", "110105194912310021").build().toString());
        assertEquals(422, wrongId.status());
        assertEquals("身份证号码校验位不正确，请核对是否输错。", wrongId.json().getString("detail"));

        String police = notice("8").add("organType", "PUBLIC_SECURITY").add("organName", "青岛市公安局市南分局").build().toString();
        ApiClient.Answer zh = court.post("/criminal-notices", police);
        assertEquals(422, zh.status());
        assertTrue(zh.json().getString("detail").startsWith("“公安机关”不在“一审”阶段通知辩护"), zh.body());
        ApiClient.Answer en = court.send(court.request("/criminal-notices").header("Accept-Language", "en")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(police)));
        assertEquals(422, en.status());
        assertTrue(en.json().getString("detail").startsWith("Police does not notify at the first instance stage"), en.body());
    }

    @Test
    void theOrganWithdrawsANoticeNotYetAssigned() throws Exception {
        long id = court.post("/criminal-notices", notice("9").build().toString()).json().getJsonNumber("id").longValue();
        ApiClient.Answer noReason = court.post("/criminal-notices/" + id + "/withdrawal", "{}");
        assertEquals(400, noReason.status());
        ApiClient.Answer done = court.post("/criminal-notices/" + id + "/withdrawal", "{\"reason\":\"被告人已自行委托辩护人\"}");
        assertEquals(200, done.status(), done.body());
        assertEquals("WITHDRAWN", done.json().getString("status"));
        ApiClient.Answer again = court.post("/criminal-notices/" + id + "/withdrawal", "{\"reason\":\"再次撤回\"}");
        assertEquals(422, again.status());
    }

    @Test
    void theOpenApiDocumentDescribesTheNoticeEndpoints() throws Exception {
        URI openapi = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(openapi).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/api/v1/criminal-notices"), r.body());
        assertTrue(r.body().contains("/api/v1/criminal-notices/{id}/withdrawal"));
        assertTrue(r.body().contains("Receive a notice (idempotent)"));
    }
}
