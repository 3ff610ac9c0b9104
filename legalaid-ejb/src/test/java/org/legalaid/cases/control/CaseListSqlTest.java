package org.legalaid.cases.control;

import org.legalaid.cases.CaseKey;
import org.legalaid.cases.CaseListFilter;
import org.legalaid.cases.CaseSeek;
import org.legalaid.cases.CaseSort;
import org.legalaid.cases.CaseSortField;
import org.legalaid.cases.CaseStatus;
import org.legalaid.intake.MatterType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The case list's SQL comes from allow-lists; values are always parameters")
class CaseListSqlTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);
    private static final String HOSTILE = "x'); delete from legal_case; --";

    @Test
    @DisplayName("a sort field not on the allow-list is refused, whatever the request says")
    void unknownSortFieldIsRefused() {
        assertTrue(CaseSortField.fromParam("id; drop table legal_case").isEmpty());
        assertTrue(CaseSortField.fromParam("c.unit_id").isEmpty());
        assertTrue(CaseSortField.fromParam("ASSIGNED_ON").isEmpty(), "only the published names, not the enum's");
        assertTrue(CaseSortField.fromParam(null).isEmpty());
        assertEquals(CaseSortField.CLIENT_NAME, CaseSortField.fromParam("clientName").orElseThrow());
    }

    @Test
    @DisplayName("every sort field maps to one fixed column")
    void everySortFieldHasAColumn() {
        for (CaseSortField f : CaseSortField.values()) {
            assertTrue(CaseListSql.sortColumn(f).matches("c\\.[a-z_]+"), f.name());
        }
    }

    @Test
    @DisplayName("names, numbers, states and dates travel as parameters, never inside the SQL")
    void valuesAreParameters() {
        CaseListFilter f = CaseListFilter.all().withClientName(HOSTILE).withLawyer(7L, HOSTILE).withCaseNumber(HOSTILE)
                .withStatuses(Set.of(CaseStatus.HANDLING, CaseStatus.ARCHIVED)).withMatterType(MatterType.CIVIL)
                .withAssigned(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)).withOverdue(true);
        CaseListSql.Statement s = CaseListSql.page(f, List.of(1L, 2L), NOW, CaseSort.DEFAULT, CaseSeek.AFTER,
                new CaseKey(LocalDate.of(2026, 3, 1), 99L), 20);
        assertFalse(s.sql().contains("delete"), s.sql());
        assertFalse(s.sql().contains("HANDLING"), s.sql());
        assertFalse(s.sql().contains("CIVIL"), s.sql());
        assertFalse(s.sql().contains("2026"), s.sql());
        assertEquals(s.sql().chars().filter(ch -> ch == '?').count(), s.params().size());
        assertTrue(s.params().contains("x'); delete from legal\\_case; --%".replace("\\", "!")), s.params().toString());
        assertTrue(s.params().containsAll(List.of("ARCHIVED", "HANDLING", "CIVIL", 7L, 1L, 2L, NOW, 99L, 20)));
    }

    @Test
    @DisplayName("a prefix filter takes % and _ literally")
    void prefixEscapesWildcards() {
        assertEquals("50!%!_!!x%", CaseListSql.prefix("50%_!x"));
    }

    @Test
    @DisplayName("no unit in scope matches nothing rather than everything")
    void emptyScopeMatchesNothing() {
        assertTrue(CaseListSql.where(CaseListFilter.all(), List.of(), NOW).sql().contains("1 = 0"));
    }

    @Test
    @DisplayName("seeking: next page of a newest-first list goes to smaller keys, the previous page to larger ones")
    void seekDirections() {
        CaseKey k = new CaseKey(LocalDate.of(2026, 3, 1), 5L);
        assertTrue(CaseListSql.page(CaseListFilter.all(), List.of(1L), NOW, CaseSort.DEFAULT, CaseSeek.AFTER, k, 20).sql()
                .contains("(c.assigned_on, c.id) < (?, ?) order by c.assigned_on desc, c.id desc"));
        assertTrue(CaseListSql.page(CaseListFilter.all(), List.of(1L), NOW, CaseSort.DEFAULT, CaseSeek.BEFORE, k, 20).sql()
                .contains("(c.assigned_on, c.id) > (?, ?) order by c.assigned_on asc, c.id asc"));
        CaseSort byName = new CaseSort(CaseSortField.CLIENT_NAME, false);
        assertTrue(CaseListSql.page(CaseListFilter.all(), List.of(1L), NOW, byName, CaseSeek.FROM, k, 20).sql()
                .contains("(c.client_name, c.id) >= (?, ?) order by c.client_name asc, c.id asc"));
    }
}
