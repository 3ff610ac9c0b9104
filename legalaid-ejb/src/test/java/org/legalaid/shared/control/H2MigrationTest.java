package org.legalaid.shared.control;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Smoke test of the run command's embedded default: the same migrations that run on PostgreSQL
 * run on the H2 version WildFly ships, and the tables they make take the rows the application
 * writes (the full PostgreSQL path is covered by the Arquillian suite).
 */
@DisplayName("The schema migrates on the embedded H2 of the run command")
class H2MigrationTest {

    private static final String URL = "jdbc:h2:mem:smoke;DB_CLOSE_DELAY=-1";

    @Test
    void migrationsRunOnH2AndTheTablesTakeRows() throws Exception {
        MigrateResult result = Flyway.configure().dataSource(URL, "sa", "")
                .locations(MigrationLocations.forProduct("H2")).load().migrate();
        assertTrue(result.success);
        assertEquals("26", result.targetSchemaVersion);
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("insert into org_unit (id, code, name, unit_type, path) values (1, 'SJJ', '市司法局', 'BUREAU', '/1/')");
            s.executeUpdate("insert into org_unit (id, code, name, unit_type, parent_id, path) values (2, 'FYZX', '法律援助中心', 'CENTRE', 1, '/1/2/')");
            try (ResultSet rs = s.executeQuery("select name from org_unit where path like '/1/%' order by path")) {
                assertTrue(rs.next());
                assertEquals("市司法局", rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("select next value for audit_entry_seq")) {
                assertTrue(rs.next());
                assertTrue(rs.getLong(1) >= 50, "sequence starts above its allocation size");
            }
            assertThrows(java.sql.SQLException.class, () -> s.executeUpdate(
                    "insert into org_unit (id, code, name, unit_type, path) values (3, 'X', 'x', 'WORKSTATION', '/3/')"),
                    "a workstation without parent breaks the root check constraint");
            s.executeUpdate("insert into document_number_series (id, unit_id, kind, series_year, prefix, last_number)"
                    + " values (next value for document_number_series_seq, 2, 'GRANT_DECISION', 2026, '青法援决', 0)");
            assertThrows(java.sql.SQLException.class, () -> s.executeUpdate(
                    "insert into document_number_series (id, unit_id, kind, series_year, prefix, last_number)"
                            + " values (next value for document_number_series_seq, 2, 'GRANT_DECISION', 2026, '青法援决', 0)"),
                    "one series per unit, kind and year");
        }
    }

    @Test
    @DisplayName("statutory clocks: one open item per subject and step, any number of closed ones; defaults and 2026 holidays seeded")
    void oneOpenClockPerSubjectAndStep() throws Exception {
        String url = "jdbc:h2:mem:clocks;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations(MigrationLocations.forProduct("H2")).load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("insert into org_unit (id, code, name, unit_type, path) values (1, 'SJJ', '市司法局', 'BUREAU', '/1/')");
            String columns = "insert into clock_item (id, unit_id, subject_type, subject_id, subject_label, step, started_at,"
                    + " limit_amount, limit_unit, limit_moves_off_rest_day, due_at, completed_at, late, open_flag) values ";
            s.executeUpdate(columns + "(1, 1, 'Application', 9, 'A', 'DECIDE_APPLICATION', TIMESTAMP '2026-03-02 09:00:00',"
                    + " 7, 'CALENDAR_DAYS', FALSE, TIMESTAMP '2026-03-10 00:00:00', TIMESTAMP '2026-03-03 09:00:00', FALSE, NULL)");
            s.executeUpdate(columns + "(2, 1, 'Application', 9, 'A', 'DECIDE_APPLICATION', TIMESTAMP '2026-03-04 09:00:00',"
                    + " 7, 'CALENDAR_DAYS', FALSE, TIMESTAMP '2026-03-12 00:00:00', TIMESTAMP '2026-03-05 09:00:00', FALSE, NULL)");
            s.executeUpdate(columns + "(3, 1, 'Application', 9, 'A', 'DECIDE_APPLICATION', TIMESTAMP '2026-03-06 09:00:00',"
                    + " 7, 'CALENDAR_DAYS', FALSE, TIMESTAMP '2026-03-14 00:00:00', NULL, NULL, TRUE)");
            assertThrows(java.sql.SQLException.class, () -> s.executeUpdate(columns
                    + "(4, 1, 'Application', 9, 'A', 'DECIDE_APPLICATION', TIMESTAMP '2026-03-07 09:00:00',"
                    + " 7, 'CALENDAR_DAYS', FALSE, TIMESTAMP '2026-03-15 00:00:00', NULL, NULL, TRUE)"), "a second open clock");
            try (ResultSet rs = s.executeQuery("select amount, limit_unit from time_limit_setting where step = 'FORWARD_CUSTODY_APPLICATION'")) {
                assertTrue(rs.next());
                assertEquals(24, rs.getInt(1));
                assertEquals("HOURS", rs.getString(2));
            }
            try (ResultSet rs = s.executeQuery("select count(*) from calendar_day where calendar_date between DATE '2026-02-14' and DATE '2026-02-28'")) {
                assertTrue(rs.next());
                assertEquals(11, rs.getInt(1), "春节: 15-23 February off, Saturdays 14 and 28 February worked");
            }
        }
    }

    @Test
    void postgresqlAndH2GetTheirOwnVendorScripts() {
        assertArrayEquals(new String[]{"classpath:db/migration/common", "classpath:db/migration/postgresql"},
                MigrationLocations.forProduct("PostgreSQL"));
        assertThrows(IllegalStateException.class, () -> MigrationLocations.forProduct("Oracle"));
    }
}
