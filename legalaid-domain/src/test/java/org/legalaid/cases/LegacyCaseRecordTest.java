package org.legalaid.cases;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.legalaid.intake.MatterType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a row of a legacy case file (issue 5: legacy cases imported from CSV, flagged when their dates break the order). */
class LegacyCaseRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Map<LegacyColumn, String> row() {
        Map<LegacyColumn, String> r = new EnumMap<>(LegacyColumn.class);
        r.put(LegacyColumn.CASE_NUMBER, "青法援〔2019〕15号");
        r.put(LegacyColumn.CLIENT_NAME, "张秀英");
        r.put(LegacyColumn.MATTER_TYPE, "民事");
        r.put(LegacyColumn.STATUS, "已归档");
        r.put(LegacyColumn.APPLIED_ON, "2019-03-01");
        r.put(LegacyColumn.ACCEPTED_ON, "2019/3/2");
        r.put(LegacyColumn.DECIDED_ON, "2019年3月6日");
        r.put(LegacyColumn.ASSIGNED_ON, "2019.3.8");
        r.put(LegacyColumn.ENDED_ON, "2019-06-20");
        r.put(LegacyColumn.REVIEWED_ON, "2019-07-15");
        r.put(LegacyColumn.ARCHIVED_ON, "2019-07-16");
        return r;
    }

    @Test
    @DisplayName("a row in order reads; dates written the Chinese ways are understood")
    void rowInOrder() {
        LegacyCaseRecord r = LegacyCaseRecord.read(row());
        assertTrue(r.isReadable(), r.problems().toString());
        assertEquals(List.of(), r.violations(TODAY));
        assertEquals(LocalDate.of(2019, 3, 6), r.dates().get(CaseMilestone.DECIDED).orElseThrow());
        LegalCase c = r.toCase(3, OffsetDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
        assertTrue(c.isLegacy());
        assertEquals(MatterType.CIVIL, c.getMatterType());
        assertEquals(CaseStatus.ARCHIVED, c.getStatus());
    }

    @Test
    @DisplayName("seed 004: assignment and closing before the approval read, but carry the exact violations")
    void seed004RowIsFlagged() {
        Map<LegacyColumn, String> m = row();
        m.put(LegacyColumn.DECIDED_ON, "2019-08-01");
        LegacyCaseRecord r = LegacyCaseRecord.read(m);
        assertTrue(r.isReadable());
        List<DateViolation> v = r.violations(TODAY);
        assertEquals("ASSIGNED 2019-03-08 < DECIDED 2019-08-01", v.get(0).describe());
        assertEquals(List.of(CaseMilestone.ASSIGNED, CaseMilestone.ENDED, CaseMilestone.REVIEWED, CaseMilestone.ARCHIVED),
                v.stream().map(DateViolation::step).toList());
    }

    @Test
    @DisplayName("a required column empty, an impossible date, an unknown type or status, a script tag: refused with each reason")
    void unreadableRow() {
        Map<LegacyColumn, String> m = row();
        m.put(LegacyColumn.CLIENT_NAME, " ");
        m.put(LegacyColumn.ASSIGNED_ON, "2019-02-30");
        m.put(LegacyColumn.MATTER_TYPE, "婚姻");
        m.put(LegacyColumn.STATUS, "进行中");
        m.put(LegacyColumn.LAWYER_NAME, "<script>alert(1)</script>");
        LegacyCaseRecord r = LegacyCaseRecord.read(m);
        assertFalse(r.isReadable());
        assertEquals(List.of("cases.import.missing", "cases.import.badCharacters", "cases.import.badMatterType",
                        "cases.import.badStatus", "cases.import.badDate"),
                r.problems().stream().map(LegacyCaseRecord.Problem::key).toList());
        assertEquals(List.of("指派日期", "2019-02-30"), r.problems().get(4).args());
    }

    @Test
    @DisplayName("an archived case without its review date is refused (only a reviewed file is archived)")
    void archivedWithoutReview() {
        Map<LegacyColumn, String> m = row();
        m.remove(LegacyColumn.REVIEWED_ON);
        assertEquals(List.of("cases.import.archivedIncomplete"),
                LegacyCaseRecord.read(m).problems().stream().map(LegacyCaseRecord.Problem::key).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-3-1", "2019/03/01", "2019.3.1", "2019年3月1日", " 2019 年 3 月 1 日 "})
    @DisplayName("dates as users in China write them")
    void dateForms(String value) {
        assertEquals(LocalDate.of(2019, 3, 1), LegacyCaseRecord.date(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-13-01", "19-3-1", "三月一日", "2019-3", "2019-02-29"})
    @DisplayName("what is no date")
    void noDates(String value) {
        assertNull(LegacyCaseRecord.date(value));
    }

    @Test
    @DisplayName("headers in Chinese or English, with a BOM or spaces")
    void headers() {
        assertEquals(LegacyColumn.CASE_NUMBER, LegacyColumn.ofHeader("\uFEFF案号 ").orElseThrow());
        assertEquals(LegacyColumn.ASSIGNED_ON, LegacyColumn.ofHeader("Assigned_On").orElseThrow());
        assertTrue(LegacyColumn.ofHeader("备注").isEmpty());
    }
}
