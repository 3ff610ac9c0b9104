package org.legalaid.it.audit;

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
import org.legalaid.it.api.ApiClient;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail against the real database: the application's role cannot change it, and a row
 * changed behind the application's back (by a superuser who disables the trigger) is found by the
 * verification the administrator runs.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Audit trail: append-only in PostgreSQL, tampering detected")
class AuditTrailIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL base;

    private static Connection connect(String userVar, String passwordVar) throws SQLException {
        String user = System.getenv(userVar);
        if (user == null) {
            throw new IllegalStateException(userVar + " is not set: run the suite through scripts/test.sh");
        }
        return DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), user, System.getenv(passwordVar));
    }

    private static Connection asApplication() throws SQLException {
        return connect("LEGALAID_DB_USER", "LEGALAID_DB_PASSWORD");
    }

    private static Connection asSuperuser() throws SQLException {
        return connect("LEGALAID_DB_ADMIN_USER", "LEGALAID_DB_ADMIN_PASSWORD");
    }

    private JsonObject verify() throws Exception {
        ApiClient.Answer a = ApiClient.asBootstrapAdmin(base).post("/audit/verifications", "");
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    /** Makes sure there is audited activity: creates a unit through the API. */
    private long someActivity() throws Exception {
        ApiClient admin = ApiClient.asBootstrapAdmin(base);
        return admin.createUnit("AU-" + TestPasswords.uniqueSuffix().toUpperCase(), "审计测试中心", "CENTRE", admin.rootUnitId());
    }

    @Test
    void theApplicationsDatabaseRoleCannotUpdateOrDeleteAuditRows() throws Exception {
        someActivity();
        try (Connection c = asApplication(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("update audit_entry set summary = 'changed' where seq = 1"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_entry where seq = 1"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("truncate audit_entry"));
        }
    }

    @Test
    void everyChangeIsAuditedWithWhoAndWhat() throws Exception {
        long unitId = someActivity();
        try (Connection c = asApplication();
             PreparedStatement ps = c.prepareStatement(
                     "select e.actor, e.action, e.summary, e.unit_id = a.unit_id as actors_unit from audit_entry e"
                             + " join staff_account a on a.username = e.actor where e.entity_type = 'OrgUnit' and e.entity_id = ?")) {
            ps.setString(1, Long.toString(unitId));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the new unit has an audit row");
                assertEquals("admin", rs.getString("actor"));
                assertTrue(rs.getBoolean("actors_unit"), "the row names the unit of the acting account");
                assertEquals("CREATE", rs.getString("action"));
                assertTrue(rs.getString("summary").contains("审计测试中心"));
            }
        }
    }

    @Test
    void aTamperedRowIsReportedAsTheFirstBrokenRow() throws Exception {
        someActivity();
        assertTrue(verify().getBoolean("intact"), "the chain is intact before tampering");
        long seq;
        String original;
        try (Connection c = asSuperuser(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select seq, summary from audit_entry order by seq desc limit 1 offset 1")) {
                assertTrue(rs.next());
                seq = rs.getLong(1);
                original = rs.getString(2);
            }
            s.execute("set session_replication_role = replica");
            try (PreparedStatement ps = c.prepareStatement("update audit_entry set summary = ? where seq = ?")) {
                ps.setString(1, original + " (edited)");
                ps.setLong(2, seq);
                assertEquals(1, ps.executeUpdate());
            }
        }
        try {
            JsonObject result = verify();
            assertFalse(result.getBoolean("intact"));
            assertEquals(seq, result.getJsonNumber("firstBrokenSeq").longValue());
            assertEquals("CONTENT_CHANGED", result.getString("problem"));
        } finally {
            try (Connection c = asSuperuser(); Statement s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
                try (PreparedStatement ps = c.prepareStatement("update audit_entry set summary = ? where seq = ?")) {
                    ps.setString(1, original);
                    ps.setLong(2, seq);
                    ps.executeUpdate();
                }
            }
        }
        assertTrue(verify().getBoolean("intact"), "restoring the row restores the chain");
    }
}
