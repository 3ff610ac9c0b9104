package org.legalaid.it.cases;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.cases.CaseCount;
import org.legalaid.cases.CaseKey;
import org.legalaid.cases.CaseListFilter;
import org.legalaid.cases.CaseListRow;
import org.legalaid.cases.CaseSeek;
import org.legalaid.cases.CaseSort;
import org.legalaid.cases.CaseSortField;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.boundary.CaseListService;
import org.legalaid.cases.boundary.CaseListService.ExportFormat;
import org.legalaid.cases.boundary.CaseListService.ExportLabels;
import org.legalaid.intake.MatterType;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.Role;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The central case list on PostgreSQL (issue 5, "Case list at scale"). Cases of every state are
 * put in by SQL as imported legacy cases (only an assignment opens a case through the services,
 * and only in the state "handling"); their dates keep the statutory order.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("The case list: filters, unit scope, sorting, keyset paging, counts, export (issue 5)")
class CaseListServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CaseListServiceIT.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private CaseListService list;

    private Fixtures.Tree tree;
    private As supervisorA;
    private As supervisorB;
    private As bureau;
    private As clerkA;
    private String mark;
    private final LocalDate today = LocalDate.now(ChinaTime.ZONE);

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        String password = TestPasswords.fresh();
        fixtures.account(tree.user("supa"), tree.districtA(), password, Role.CASE_SUPERVISOR);
        fixtures.account(tree.user("supb"), tree.districtB(), password, Role.CASE_SUPERVISOR);
        fixtures.account(tree.user("bureau"), tree.bureau(), password, Role.BUREAU_SUPERVISOR);
        fixtures.account(tree.user("clerka"), tree.districtA(), password, Role.INTAKE_CLERK);
        supervisorA = As.user(tree.user("supa"), Role.CASE_SUPERVISOR);
        supervisorB = As.user(tree.user("supb"), Role.CASE_SUPERVISOR);
        bureau = As.user(tree.user("bureau"), Role.BUREAU_SUPERVISOR);
        clerkA = As.user(tree.user("clerka"), Role.INTAKE_CLERK);
        mark = tree.suffix();
        // district A: 12 cases; its workstation: 2; district B: 3
        for (int i = 1; i <= 12; i++) {
            CaseStatus s = i <= 5 ? CaseStatus.HANDLING : i <= 8 ? CaseStatus.SUBMITTED : CaseStatus.ARCHIVED;
            put(tree.districtA(), i, i % 3 == 0 ? MatterType.CRIMINAL : MatterType.CIVIL, (i % 2 == 0 ? "王" : "李") + "测" + i,
                    i % 4 == 0 ? "赵律师" : "钱律师", s, today.minusDays(400 - i * 10L));
        }
        put(tree.stationA(), 13, MatterType.CIVIL, "孙站" + 13, "钱律师", CaseStatus.HANDLING, today.minusDays(30));
        put(tree.stationA(), 14, MatterType.CIVIL, "孙站" + 14, "钱律师", CaseStatus.HANDLING, today.minusDays(30));
        for (int i = 15; i <= 17; i++) {
            put(tree.districtB(), i, MatterType.CIVIL, "周乙" + i, "吴律师", CaseStatus.HANDLING, today.minusDays(50));
        }
    }

    /** A legacy case: number {@code 测〔suffix〕i号}, dates in order from {@code assigned}. */
    private void put(OrgUnit unit, int i, MatterType matter, String client, String lawyer, CaseStatus status, LocalDate assigned) {
        boolean ended = status != CaseStatus.HANDLING;
        boolean archived = status == CaseStatus.ARCHIVED;
        fixtures.sql("insert into legal_case (id, case_number, unit_id, legacy, matter_type, client_name, title, lawyer_name,"
                        + " status, applied_on, assigned_on, ended_on, submitted_on, reviewed_on, archived_on, created_at)"
                        // EclipseLink binds a null as text: the optional dates are cast
                        + " values (nextval('legal_case_seq'), ?, ?, true, ?, ?, ?, ?, ?, ?, ?, cast(? as date), cast(? as date),"
                        + " cast(? as date), cast(? as date), now())",
                "测〔" + mark + "〕" + String.format("%03d", i) + "号", unit.id(), matter.name(), client, client + "纠纷", lawyer,
                status.name(), assigned.minusDays(10), assigned, ended ? assigned.plusDays(60) : null,
                ended ? assigned.plusDays(70) : null, archived ? assigned.plusDays(80) : null,
                archived ? assigned.plusDays(90) : null);
    }

    private List<CaseListRow> all(As who, CaseListFilter f, CaseSort sort) throws Exception {
        return who.call(() -> list.findPage(f, sort, 0, CaseListService.MAX_PAGE_SIZE));
    }

    private List<CaseListRow> all(As who, CaseListFilter f) throws Exception {
        return all(who, f, CaseSort.DEFAULT);
    }

    private static Set<String> clients(List<CaseListRow> rows) {
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.add(r.clientName()));
        return out;
    }

    @Test
    @DisplayName("each filter narrows to exactly the cases it names")
    void eachFilterNarrows() throws Exception {
        CaseListFilter a = CaseListFilter.all().withUnit(tree.districtA().id());
        assertEquals(14, all(supervisorA, a).size(), "district A with its workstation");
        assertEquals(2, all(supervisorA, a.withUnit(tree.stationA().id())).size());
        assertEquals(5 + 2, all(supervisorA, a.withStatuses(Set.of(CaseStatus.HANDLING))).size());
        assertEquals(3 + 4, all(supervisorA, a.withStatuses(Set.of(CaseStatus.SUBMITTED, CaseStatus.ARCHIVED))).size());
        assertTrue(all(supervisorA, a.withMatterType(MatterType.CRIMINAL)).stream().allMatch(r -> r.matterType() == MatterType.CRIMINAL));
        assertEquals(4, all(supervisorA, a.withMatterType(MatterType.CRIMINAL)).size());
        assertEquals(3, all(supervisorA, a.withLawyer(null, "赵")).size(), "lawyer name prefix");
        assertEquals(Set.of("王测2", "王测4", "王测6", "王测8", "王测10", "王测12"), clients(all(supervisorA, a.withClientName("王"))));
        assertEquals(List.of("李测1"), all(supervisorA, a.withCaseNumber("测〔" + mark + "〕001")).stream()
                .map(CaseListRow::clientName).toList(), "case number prefix");
        LocalDate third = today.minusDays(400 - 30);
        assertEquals(Set.of("王测4", "李测5", "王测6"), clients(all(supervisorA, a.withAssigned(third.plusDays(1), third.plusDays(30)))));
        assertEquals(Set.of("李测9", "王测10", "李测11", "王测12"), clients(all(supervisorA, a.withArchived(today.minusDays(400), today))));
        assertEquals(7, all(supervisorA, a.withEnded(today.minusDays(1000), today)).size());
        assertEquals(0, all(supervisorA, a.withClientName("王%")).size(), "a % is a character, not a wildcard");
    }

    @Test
    @DisplayName("overdue: a case with an open clock past due is listed, one with a clock not yet due is not")
    void overdueFilter() throws Exception {
        List<CaseListRow> a = all(supervisorA, CaseListFilter.all().withUnit(tree.districtA().id()));
        long late = a.get(0).id();
        long notYet = a.get(1).id();
        LocalDateTime now = LocalDateTime.now(ChinaTime.ZONE);
        clock(late, "CLOSING_REVIEW", now.minusDays(40), now.minusDays(10));
        clock(notYet, "CLOSING_REVIEW", now.minusDays(5), now.plusDays(25));
        List<CaseListRow> overdue = all(supervisorA, CaseListFilter.all().withOverdue(true));
        assertEquals(List.of(late), overdue.stream().map(CaseListRow::id).toList());
    }

    private void clock(long caseId, String step, LocalDateTime started, LocalDateTime due) {
        fixtures.sql("insert into clock_item (id, unit_id, subject_type, subject_id, subject_label, step, started_at, limit_amount,"
                        + " limit_unit, limit_moves_off_rest_day, due_at, open_flag) values (nextval('clock_item_seq'), ?, 'LegalCase', ?,"
                        + " 'x', ?, ?, 30, 'CALENDAR_DAYS', false, ?, true)",
                tree.districtA().id(), caseId, step, started, due);
    }

    @Test
    @DisplayName("scope: a district user never sees another district's cases, even when asking for that unit")
    void aDistrictSeesOnlyItsOwn() throws Exception {
        assertEquals(14, all(supervisorA, CaseListFilter.all()).size());
        assertEquals(3, all(supervisorB, CaseListFilter.all()).size());
        assertTrue(all(supervisorB, CaseListFilter.all()).stream().allMatch(r -> r.unitId() == tree.districtB().id()));
        assertEquals(List.of(), all(supervisorB, CaseListFilter.all().withUnit(tree.districtA().id())));
        assertEquals(new CaseCount(0, false), supervisorB.call(() -> list.count(CaseListFilter.all().withUnit(tree.districtA().id()))));
        assertEquals(17, all(bureau, CaseListFilter.all().withUnit(tree.centre().id())).size(), "the bureau sees the centre's tree");
    }

    @Test
    @DisplayName("sorting by every allow-listed field, both directions: ties broken by id, descending is ascending reversed")
    void sortsBothDirections() throws Exception {
        CaseListFilter f = CaseListFilter.all().withUnit(tree.districtA().id());
        for (CaseSortField field : CaseSortField.values()) {
            List<CaseListRow> asc = all(supervisorA, f, new CaseSort(field, false));
            List<CaseListRow> desc = all(supervisorA, f, new CaseSort(field, true));
            List<CaseListRow> reversed = new ArrayList<>(desc);
            java.util.Collections.reverse(reversed);
            assertEquals(asc, reversed, field.name());
        }
        List<CaseListRow> byAssigned = all(supervisorA, f, new CaseSort(CaseSortField.ASSIGNED_ON, false));
        List<CaseListRow> expected = new ArrayList<>(byAssigned);
        expected.sort(Comparator.comparing(CaseListRow::assignedOn).thenComparing(CaseListRow::id));
        assertEquals(expected, byAssigned);
    }

    @Test
    @DisplayName("keyset paging: next and previous pages equal the offset pages — no duplicates, no gaps")
    void keysetEqualsOffset() throws Exception {
        CaseListFilter f = CaseListFilter.all().withUnit(tree.districtA().id());
        for (CaseSortField field : CaseSortField.values()) {
            CaseSort sort = new CaseSort(field, field.ordinal() % 2 == 0);
            List<CaseListRow> whole = all(supervisorA, f, sort);
            List<CaseListRow> walked = new ArrayList<>();
            List<CaseListRow> page = supervisorA.call(() -> list.findPage(f, sort, CaseSeek.FIRST, null, 4));
            while (!page.isEmpty()) {
                int at = walked.size();
                List<CaseListRow> byOffset = supervisorA.call(() -> list.findPage(f, sort, at, 4));
                assertEquals(byOffset, page, field + " page at " + at);
                walked.addAll(page);
                CaseListRow last = page.get(page.size() - 1);
                CaseKey key = new CaseKey(last.sortKey(field), last.id());
                page = supervisorA.call(() -> list.findPage(f, sort, CaseSeek.AFTER, key, 4));
            }
            assertEquals(whole, walked, field.name());
            CaseListRow first = whole.get(8);
            List<CaseListRow> before = supervisorA.call(() -> list.findPage(f, sort, CaseSeek.BEFORE,
                    new CaseKey(first.sortKey(field), first.id()), 4));
            assertEquals(whole.subList(4, 8), before, field + " previous page");
        }
    }

    @Test
    @DisplayName("a page key of the wrong kind for the sort (tampered) is refused with a message")
    void tamperedKeyRefused() {
        CaseSort byName = new CaseSort(CaseSortField.CLIENT_NAME, false);
        Exception e = assertThrows(Exception.class, () -> supervisorA.call(() -> list.findPage(CaseListFilter.all(), byName,
                CaseSeek.AFTER, new CaseKey(LocalDate.now(), 1L), 20)));
        assertInstanceOf(BusinessException.class, e);
        assertEquals("caseList.key.invalid", ((BusinessException) e).messageKey());
    }

    @Test
    @DisplayName("the count is exact up to the threshold and flagged as an estimate above it")
    void estimatedAboveThreshold() throws Exception {
        CaseListFilter f = CaseListFilter.all().withUnit(tree.districtA().id());
        assertEquals(new CaseCount(14, false), supervisorA.call(() -> list.count(f)));
        CaseCount estimated = supervisorA.call(() -> list.count(f, 5));
        assertTrue(estimated.estimated());
        assertTrue(estimated.value() >= 6, "never below what was counted: " + estimated);
        assertEquals(new CaseCount(14, false), supervisorA.call(() -> list.count(f, 14)));
    }

    @Test
    @DisplayName("CSV export: a byte-order mark, a heading, exactly the filtered rows in Chinese; audited; a clerk may not export")
    void exportsCsv() throws Exception {
        CaseListFilter f = CaseListFilter.all().withUnit(tree.districtA().id()).withStatuses(Set.of(CaseStatus.HANDLING));
        ExportLabels labels = new ExportLabels(List.of("案号", "承办机构", "案件类型", "受援人", "案由", "承办律师", "律师事务所", "状态",
                "申请日期", "指派日期", "办结日期", "归档日期"), Map.of("caseStatus.HANDLING", "办理中", "matterType.CIVIL", "民事",
                "matterType.CRIMINAL", "刑事"), "案件");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = supervisorA.call(() -> list.export(f, CaseSort.DEFAULT, ExportFormat.CSV, labels, out));
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(7, n);
        assertEquals(1 + 7, lines.length);
        assertTrue(lines[0].startsWith("案号,承办机构,案件类型,受援人"), lines[0]);
        assertTrue(Arrays.stream(lines).skip(1).allMatch(l -> l.contains(",办理中,") && l.contains("甲区")), lines[1]);
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.contains("孙站13")), "the workstation's cases are in the district's subtree");
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'CaseListExport' and e.actor = '"
                + tree.user("supa") + "' and e.summary like 'exported 7 cases as CSV%'"));

        Exception e = assertThrows(Exception.class, () -> clerkA.call(() -> list.export(f, CaseSort.DEFAULT, ExportFormat.CSV,
                labels, new ByteArrayOutputStream())));
        assertInstanceOf(EJBAccessException.class, e);
        // the list's export buttons follow the boundary's answer: offered where the export is accepted, not where refused
        assertTrue(supervisorA.call(() -> list.mayExport()));
        assertTrue(bureau.call(() -> list.mayExport()));
        assertFalse(clerkA.call(() -> list.mayExport()));
    }

    @Test
    @DisplayName("Excel export: a streamed workbook with the filtered rows")
    void exportsXlsx() throws Exception {
        CaseListFilter f = CaseListFilter.all().withUnit(tree.districtA().id());
        List<String> headers = List.of("案号", "承办机构", "案件类型", "受援人", "案由", "承办律师", "律师事务所", "状态", "申请日期",
                "指派日期", "办结日期", "归档日期");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = bureau.call(() -> list.export(f, CaseSort.DEFAULT, ExportFormat.XLSX, new ExportLabels(headers, Map.of(), "案件"), out));
        assertEquals(14, n);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheet("案件");
            assertEquals(14, sheet.getLastRowNum());
            assertEquals("案号", sheet.getRow(0).getCell(0).getStringCellValue());
            assertFalse(sheet.getRow(1).getCell(0).getStringCellValue().isBlank());
        }
    }
}
