package org.legalaid.it.lawyers;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.LawyerStatus;
import org.legalaid.lawyers.NewLawyer;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.Role;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read-only REST API of the registry, called over HTTP from inside the server (the data is
 * made through the service, which has no write API).
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Registry REST API: firms and lawyers as JSON without ID numbers or bank accounts, in the OpenAPI document")
class RegistryApiIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(RegistryApiIT.class, RegistryForms.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private LawyerRegistryService registry;

    private final HttpClient http = HttpClient.newHttpClient();
    private String server;
    private String authorization;
    private LawFirm firm;
    private Lawyer lawyer;
    private NewLawyer admission;

    @BeforeEach
    void aFirmWithAnActiveLawyer() throws Exception {
        server = "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
        Fixtures.Tree tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("officer"), tree.centre(), pw, Role.ASSIGNMENT_OFFICER);
        fixtures.account(tree.user("director"), tree.centre(), pw, Role.APPROVER);
        As officer = As.user(tree.user("officer"), Role.ASSIGNMENT_OFFICER);
        As director = As.user(tree.user("director"), Role.APPROVER);
        authorization = "Basic " + Base64.getEncoder().encodeToString((tree.user("officer") + ":" + pw).getBytes(StandardCharsets.UTF_8));
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        firm = officer.call(() -> registry.registerFirm(RegistryForms.firm("山东接口律师事务所" + tree.suffix(), RegistryForms.creditCode())));
        admission = RegistryForms.lawyer(firm.getId(), "接口律师", today.minusYears(5).minusDays(1), today.minusYears(3).minusDays(1));
        lawyer = officer.call(() -> registry.admitLawyer(admission));
        long req = officer.call(() -> registry.requestStatusChange(lawyer.getId(), LawyerStatus.ACTIVE, today, "准入")).getId();
        director.call(() -> registry.approveStatusChange(req, null));
        long acc = officer.call(() -> registry.requestAccountChange(firm.getId(), RegistryForms.account("6222020000123456789"))).getId();
        director.call(() -> registry.approveAccountChange(acc, null));
    }

    private HttpResponse<String> get(String path, boolean signedIn) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server + path)).header("Accept", "application/json");
        if (signedIn) {
            b.header("Authorization", authorization);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    @Test
    @DisplayName("a lawyer: licence, name, firm, specialties, languages, regions, status and derived years — no ID number")
    void lawyerJsonHasTheRegistryFieldsAndNoIdNumber() throws Exception {
        HttpResponse<String> r = get("/legalaid/api/v1/lawyers/" + lawyer.getId(), true);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject j = json(r);
        assertEquals(admission.getLicenceNumber(), j.getString("licenceNumber"));
        assertEquals("接口律师", j.getString("name"));
        assertEquals(firm.getName(), j.getString("firmName"));
        assertEquals("CRIMINAL", j.getJsonArray("specialties").getString(0));
        assertEquals("csl", j.getJsonArray("languages").getString(0));
        assertEquals(2, j.getJsonArray("regions").size());
        assertEquals("ACTIVE", j.getString("status"));
        assertEquals(5, j.getInt("practiceYears"));
        assertEquals(3, j.getInt("criminalPracticeYears"));
        assertFalse(r.body().contains(admission.getIdNumber()), "no ID number: " + r.body());
        assertFalse(j.containsKey("idNumber") || j.containsKey("birthDate") || j.containsKey("phone"), r.body());
    }

    @Test
    @DisplayName("lists filter by status, region and specialty; a firm shows no bank account")
    void listsFilterAndFirmsShowNoAccount() throws Exception {
        JsonObject page = json(get("/legalaid/api/v1/lawyers?status=ACTIVE&region=370203&specialty=criminal&size=1000", true));
        assertEquals(100, page.getInt("size"), "the page size is capped");
        assertTrue(page.getJsonArray("items").stream().anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == lawyer.getId()));
        assertEquals(0, json(get("/legalaid/api/v1/lawyers?status=SUSPENDED&firmId=" + firm.getId(), true)).getInt("total"));
        assertEquals(400, get("/legalaid/api/v1/lawyers?status=RETIRED", true).statusCode());

        HttpResponse<String> f = get("/legalaid/api/v1/firms/" + firm.getId(), true);
        assertEquals(200, f.statusCode(), f.body());
        assertEquals(firm.getCreditCode(), json(f).getString("creditCode"));
        assertFalse(f.body().contains("6222020000123456789") || f.body().contains("bank"), "no bank account: " + f.body());
        JsonObject firms = json(get("/legalaid/api/v1/firms?text=" + firm.getCreditCode(), true));
        assertEquals(1, firms.getInt("total"));
    }

    @Test
    @DisplayName("an unknown id is 404 and no credentials is 401, both as problem+json")
    void unknownIsNotFoundAndAnonymousIsUnauthorised() throws Exception {
        HttpResponse<String> missing = get("/legalaid/api/v1/lawyers/999999999", true);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(404, get("/legalaid/api/v1/firms/999999999", true).statusCode());
        assertEquals(401, get("/legalaid/api/v1/lawyers", false).statusCode());
        assertEquals(401, get("/legalaid/api/v1/firms/" + firm.getId(), false).statusCode());
    }

    @Test
    @DisplayName("the endpoints are in the OpenAPI document")
    void endpointsAreInTheOpenApiDocument() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server + "/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        for (String path : new String[]{"/api/v1/firms", "/api/v1/firms/{id}", "/api/v1/lawyers", "/api/v1/lawyers/{id}"}) {
            assertTrue(r.body().contains(path + ":"), path + " in " + r.body());
        }
    }
}
