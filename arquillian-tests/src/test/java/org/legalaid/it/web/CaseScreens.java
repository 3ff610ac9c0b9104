package org.legalaid.it.web;

import jakarta.json.Json;
import org.legalaid.it.TestPasswords;
import org.legalaid.it.api.ApiClient;
import org.legalaid.it.lawyers.AssignmentPool;
import org.openqa.selenium.By;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the case screens' browser tests share: a criminal case waiting for a lawyer — a court's
 * notice posted through the API by an organ account of the district, with one criminal lawyer of a
 * new firm in a new region, so that the officer's top candidate is that lawyer — and the case the
 * assignment opened, read over JDBC.
 */
final class CaseScreens {

    private CaseScreens() {
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                System.getenv("LEGALAID_DB_PASSWORD"));
    }

    /** Runs SQL over JDBC against the test database (for the lawyer pool's rows). */
    static int sql(String statement, Object... parameters) {
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A court's notice of {@code defendant} (LAL art. 25 para. 2), with {@code lawyer} the only
     * criminal lawyer of {@code firm} in a fresh region: returns the notice's id.
     */
    static long notifiedCase(URL baseUrl, Api.Tree tree, String firm, String lawyer, String defendant) throws Exception {
        return notifiedCase(baseUrl, tree, "court", firm, lawyer, defendant);
    }

    /** As above, notified by the organ account {@code court} (one per notice of a tree). */
    static long notifiedCase(URL baseUrl, Api.Tree tree, String court, String firm, String lawyer, String defendant) throws Exception {
        String organPassword = TestPasswords.fresh();
        ApiClient.asBootstrapAdmin(baseUrl).createAccount(tree.user(court), "市中级人民法院（接口）", tree.district().id(),
                organPassword, "NOTIFYING_ORGAN");
        String region = AssignmentPool.region();
        AssignmentPool pool = new AssignmentPool(CaseScreens::sql);
        long firmId = pool.firm(tree.district().id(), firm + tree.suffix(), region);
        pool.lawyer(firmId, AssignmentPool.lawyer(lawyer).specialties("CRIMINAL")
                .criminalSince(LocalDate.now().minusYears(8)).regions(region));
        ApiClient.Answer posted = ApiClient.as(baseUrl, tree.user(court), organPassword).post("/criminal-notices",
                Json.createObjectBuilder()
                        .add("organType", "COURT").add("organName", "青岛市中级人民法院")
                        .add("organDocumentNumber", "（2026）鲁02刑初" + tree.suffix() + (court.equals("court") ? "" : String.valueOf(court.length())) + "号")
                        .add("defendantName", defendant).add("charge", "盗窃罪").add("stage", "FIRST_INSTANCE")
                        .add("grounds", Json.createArrayBuilder().add("COURT_DISCRETION"))
                        .add("detentionPlace", "青岛市看守所").build().toString());
        assertEquals(201, posted.status(), posted.body());
        return posted.json().getJsonNumber("id").longValue();
    }

    /** A case as the tests find it: its id and its number (案号). */
    record CaseRef(long id, String number) {
    }

    /** The case the assignment of a notice opened. */
    static CaseRef caseOfNotice(long noticeId) throws SQLException {
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement(
                "select id, case_number from legal_case where subject_type = 'NOTICE' and subject_id = ?")) {
            ps.setLong(1, noticeId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the assignment opened a case");
                return new CaseRef(rs.getLong(1), rs.getString(2));
            }
        }
    }

    /**
     * Judges every item of the closing review as {@code verdict} (each starts undecided, issue 18),
     * as the reviewer does item by item on the case page.
     */
    static void judgeEveryItem(Browser browser, String verdict) {
        int rows = browser.driver().findElements(By.cssSelector("[id='closingForm:reviewTable_data'] > tr")).size();
        for (int i = 0; i < rows; i++) {
            String menu = "closingForm:reviewTable:" + i + ":verdict";
            if (browser.isPresent(By.id(menu))) {   // an item not handed in has no verdict to give
                browser.choose(menu, verdict);
            }
        }
    }
}
