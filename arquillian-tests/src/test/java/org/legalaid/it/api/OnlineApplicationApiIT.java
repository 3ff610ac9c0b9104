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
import java.net.URL;
import java.time.LocalDateTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("REST API of online applications: the platform's account posts, its centre receives, the 7-day clock starts")
class OnlineApplicationApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL base;

    private long centre;
    private ApiClient portal;
    private ApiClient clerk;

    @BeforeEach
    void aCentreWithThePlatformsAccount() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        String suffix = TestPasswords.uniqueSuffix();
        centre = admin.createUnit("OC-" + suffix.toUpperCase(), "网上申请接收中心" + suffix, "DISTRICT_CENTRE",
                admin.createUnit("OP-" + suffix.toUpperCase(), "网上申请市中心" + suffix, "CENTRE", admin.rootUnitId()));
        String pw = TestPasswords.fresh();
        admin.createAccount("portal_" + suffix, "12348网上平台（接口）", centre, pw, "ONLINE_PORTAL");
        admin.createAccount("oclerk_" + suffix, "某受理员", centre, pw, "INTAKE_CLERK");
        portal = ApiClient.as(base, "portal_" + suffix, pw);
        clerk = ApiClient.as(base, "oclerk_" + suffix, pw);
    }

    private static JsonObjectBuilder body(String idNumber, String facts) {
        return Json.createObjectBuilder()
                .add("applicant", Json.createObjectBuilder()
                        .add("idNumber", idNumber)
                        .add("fullName", "李四")
                        .add("phone", "13800000000")
                        .add("householdSize", 2)
                        .add("householdMonthlyIncome", 1500.00)
                        .add("localResident", true))
                .add("application", Json.createObjectBuilder()
                        .add("matterType", "CIVIL")
                        .add("matterCategory", "LABOUR_REMUNERATION")
                        .add("facts", facts)
                        .add("regionCode", "370202")
                        .add("documents", Json.createArrayBuilder().add("IDENTITY").add("MATTER_MATERIALS")));
    }

    @Test
    @DisplayName("LAL art. 43: an online application is received by the account's centre, channel ONLINE, 7 days to decide")
    void onlineApplicationReceived() throws Exception {
        ApiClient.Answer a = portal.post("/applications", body("11010519491231002X", "公司拖欠工资两个月。").build().toString());
        assertEquals(201, a.status(), a.body());
        JsonObject json = a.json();
        long id = json.getJsonNumber("id").longValue();
        assertTrue(a.location().endsWith("/api/v1/applications/" + id), a.location());
        assertEquals(centre, json.getJsonNumber("unitId").longValue());
        assertEquals("SUBMITTED", json.getString("status"));
        assertEquals("ONLINE", json.getString("channel"));
        LocalDateTime received = LocalDateTime.parse(json.getString("receivedAt"));
        assertEquals(received.toLocalDate().plusDays(8).atStartOfDay(), LocalDateTime.parse(json.getString("decideBy")));

        ApiClient.Answer read = clerk.get("/applications/" + id);
        assertEquals(200, read.status(), read.body());
        assertEquals("SUBMITTED", read.json().getString("status"));
    }

    @Test
    @DisplayName("Bad input: a wrong check character is 422, 10,000 characters of facts or none are 400 — in Chinese, no stack trace")
    void badInputRefused() throws Exception {
        ApiClient.Answer wrongId = portal.post("/applications", body("110105194912310021", "事实").build().toString());
        assertEquals(422, wrongId.status(), wrongId.body());
        assertTrue(wrongId.contentType().startsWith(PROBLEM));
        assertFalse(wrongId.body().contains("Exception"), wrongId.body());

        ApiClient.Answer tooLong = portal.post("/applications", body("11010519491231002X", "事".repeat(10_000)).build().toString());
        assertEquals(400, tooLong.status(), tooLong.body());
        ApiClient.Answer empty = portal.post("/applications", "{}");
        assertEquals(400, empty.status(), empty.body());
        assertTrue(empty.contentType().startsWith(PROBLEM));
    }

    @Test
    @DisplayName("Only the platform's account posts: a clerk gets 403, nobody at all 401")
    void onlyThePlatformPosts() throws Exception {
        assertEquals(403, clerk.post("/applications", body("11010519491231002X", "事实").build().toString()).status());
        assertEquals(401, ApiClient.anonymous(base).post("/applications", body("11010519491231002X", "事实").build().toString()).status());
    }
}
