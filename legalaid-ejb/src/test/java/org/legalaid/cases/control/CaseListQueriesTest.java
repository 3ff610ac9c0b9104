package org.legalaid.cases.control;

import org.flywaydb.core.Flyway;
import org.legalaid.cases.CaseCount;
import org.legalaid.cases.CaseListFilter;
import org.legalaid.cases.CaseListRow;
import org.legalaid.cases.CaseSeek;
import org.legalaid.cases.CaseSort;
import org.legalaid.cases.CaseSortField;
import org.legalaid.cases.CaseStatus;
import org.legalaid.shared.control.MigrationLocations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keyset paging of the case list on the run command's H2, against the migrated schema: walking
 * forward and back page by page gives exactly the rows of plain offset paging, with ties on the
 * sort key broken by id.
 */
@DisplayName("Case list paging by key: no duplicates, no gaps, same rows as offset paging")
class CaseListQueriesTest {

    private static final String URL = "jdbc:h2:mem:caselist;DB_CLOSE_DELAY=-1";
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);
    private static final int CASES = 97;
    private static final List<Long> UNITS = List.of(2L);
    private static Connection c;

    @BeforeAll
    static void fill() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations(MigrationLocations.forProduct("H2")).load().migrate();
        c = DriverManager.getConnection(URL, "sa", "");
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into org_unit (id, code, name, unit_type, path) values (1, 'SJJ', '市司法局', 'BUREAU', '/1/')");
            s.executeUpdate("insert into org_unit (id, code, name, unit_type, parent_id, path) values (2, 'FYZX', '法律援助中心', 'CENTRE', 1, '/1/2/')");
            s.executeUpdate("insert into org_unit (id, code, name, unit_type, parent_id, path) values (3, 'QT', '其他', 'CENTRE', 1, '/1/3/')");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into legal_case (id, case_number, unit_id, legacy, matter_type,"
                + " client_name, title, status, applied_on, assigned_on, created_at) values (?, ?, ?, true, 'CIVIL', ?, ?, ?, ?, ?,"
                + " CURRENT_TIMESTAMP)")) {
            for (int i = 1; i <= CASES + 5; i++) {
                ps.setLong(1, i);
                ps.setString(2, "青法援〔2026〕" + (1000 + i) + "号");
                ps.setLong(3, i > CASES ? 3 : 2);
                // names and dates repeat, so that ties on the sort key are common
                ps.setString(4, "张" + (char) ('甲' + i % 7));
                ps.setString(5, "案" + i);
                ps.setString(6, i % 3 == 0 ? "TERMINATED" : "HANDLING");
                ps.setObject(7, LocalDate.of(2026, 1, 1).plusDays(i % 11));
                ps.setObject(8, LocalDate.of(2026, 2, 1).plusDays(i % 13));
                ps.executeUpdate();
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    @ParameterizedTest
    @EnumSource(CaseSortField.class)
    @DisplayName("next pages by key equal offset pages, both directions, for every sort field")
    void nextPagesByKeyEqualOffsetPages(CaseSortField field) throws SQLException {
        for (boolean desc : new boolean[]{true, false}) {
            CaseSort sort = new CaseSort(field, desc);
            List<CaseListRow> all = CaseListQueries.offsetPage(c, CaseListFilter.all(), UNITS, NOW, sort, 0, 1000);
            assertEquals(CASES, all.size());
            List<CaseListRow> walked = new ArrayList<>();
            List<CaseListRow> page = CaseListQueries.page(c, CaseListFilter.all(), UNITS, NOW, sort, CaseSeek.FIRST, null, 10);
            int n = 0;
            while (!page.isEmpty()) {
                assertEquals(all.subList(n, Math.min(n + 10, CASES)), page, "page at " + n);
                walked.addAll(page);
                n += page.size();
                CaseListRow last = page.get(page.size() - 1);
                page = CaseListQueries.page(c, CaseListFilter.all(), UNITS, NOW, sort, CaseSeek.AFTER,
                        new org.legalaid.cases.CaseKey(last.sortKey(field), last.id()), 10);
            }
            assertEquals(all, walked);
            assertEquals(CASES, new HashSet<>(walked.stream().map(CaseListRow::id).toList()).size(), "no duplicates");
        }
    }

    @Test
    @DisplayName("the previous page by key is the offset page before; the last page is partial; past the end is empty")
    void previousAndLastPages() throws SQLException {
        CaseSort sort = CaseSort.DEFAULT;
        List<CaseListRow> all = CaseListQueries.offsetPage(c, CaseListFilter.all(), UNITS, NOW, sort, 0, 1000);
        CaseListRow firstOfThird = all.get(20);
        List<CaseListRow> second = CaseListQueries.page(c, CaseListFilter.all(), UNITS, NOW, sort, CaseSeek.BEFORE,
                new org.legalaid.cases.CaseKey(firstOfThird.sortKey(sort.field()), firstOfThird.id()), 10);
        assertEquals(all.subList(10, 20), second);
        List<CaseListRow> last = CaseListQueries.pageAt(c, CaseListFilter.all(), UNITS, NOW, sort, 90, 10);
        assertEquals(all.subList(90, 97), last);
        assertTrue(CaseListQueries.pageAt(c, CaseListFilter.all(), UNITS, NOW, sort, 97, 10).isEmpty());
        CaseListRow lastRow = all.get(96);
        assertTrue(CaseListQueries.page(c, CaseListFilter.all(), UNITS, NOW, sort, CaseSeek.AFTER,
                new org.legalaid.cases.CaseKey(lastRow.sortKey(sort.field()), lastRow.id()), 10).isEmpty());
    }

    @Test
    @DisplayName("filters narrow and the scope holds: another unit's cases never appear")
    void filtersAndScope() throws SQLException {
        CaseListFilter archived = CaseListFilter.all().withStatuses(Set.of(CaseStatus.TERMINATED));
        List<CaseListRow> rows = CaseListQueries.offsetPage(c, archived, UNITS, NOW, CaseSort.DEFAULT, 0, 1000);
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.status() == CaseStatus.TERMINATED && r.unitId() == 2));
        assertEquals(new CaseCount(rows.size(), false), CaseListQueries.count(c, archived, UNITS, NOW, 5));
        assertEquals(5, CaseListQueries.count(c, CaseListFilter.all(), List.of(3L), NOW, 100).value());
        assertEquals(0, CaseListQueries.count(c, CaseListFilter.all().withClientName("张%"), UNITS, NOW, 100).value(),
                "% in a name is a character, not a wildcard");
    }
}
