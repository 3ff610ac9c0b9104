package org.legalaid.cases;

import org.legalaid.intake.MatterType;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of a legacy case file, read into what a {@link LegalCase#importLegacy legacy case} needs —
 * or the reasons it cannot be (issue 5: "legacy cases imported from CSV … that break [the date
 * logic] are imported but flagged in a data-quality list, with the exact violation").
 *
 * <p>Two kinds of trouble are kept apart: a row that cannot be read (a required column empty, a
 * date that is no date, an unknown matter type or status, text too long) is refused with its
 * {@link Problem}s and nothing of it is saved; a row that reads but whose dates break the order is
 * imported and carries its {@link DateViolation}s for the data-quality list.
 *
 * <p>Dates are read as users in China write them: {@code 2024-03-01}, {@code 2024/3/1},
 * {@code 2024.3.1}, {@code 2024年3月1日}. Matter types and statuses by their Chinese name or the
 * system's code.
 */
public final class LegacyCaseRecord {

    /** Why a row cannot be imported: a message key and its arguments (column header, value). */
    public record Problem(String key, List<String> args) implements Serializable {
        public Problem {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?");
    private static final Map<String, MatterType> MATTER_NAMES = Map.of(
            "刑事", MatterType.CRIMINAL, "民事", MatterType.CIVIL, "行政", MatterType.ADMINISTRATIVE,
            "国家赔偿", MatterType.STATE_COMPENSATION, "申诉", MatterType.APPEAL, "劳动仲裁", MatterType.LABOUR_ARBITRATION,
            "非诉讼事项", MatterType.NON_LITIGATION, "非诉讼", MatterType.NON_LITIGATION);
    private static final Map<String, CaseStatus> STATUS_NAMES = Map.of(
            "办理中", CaseStatus.HANDLING, "承办中", CaseStatus.HANDLING, "已终止", CaseStatus.TERMINATED,
            "终止", CaseStatus.TERMINATED, "结案待审", CaseStatus.SUBMITTED, "退回补正", CaseStatus.RETURNED,
            "审查通过", CaseStatus.REVIEWED, "已归档", CaseStatus.ARCHIVED, "归档", CaseStatus.ARCHIVED);
    private static final Map<LegacyColumn, CaseMilestone> DATE_COLUMNS = new EnumMap<>(Map.of(
            LegacyColumn.APPLIED_ON, CaseMilestone.APPLIED, LegacyColumn.ACCEPTED_ON, CaseMilestone.ACCEPTED,
            LegacyColumn.DECIDED_ON, CaseMilestone.DECIDED, LegacyColumn.ASSIGNED_ON, CaseMilestone.ASSIGNED,
            LegacyColumn.FIRST_HANDLING_ON, CaseMilestone.FIRST_HANDLING, LegacyColumn.LAST_HANDLING_ON, CaseMilestone.LAST_HANDLING,
            LegacyColumn.ENDED_ON, CaseMilestone.ENDED, LegacyColumn.SUBMITTED_ON, CaseMilestone.SUBMITTED,
            LegacyColumn.REVIEWED_ON, CaseMilestone.REVIEWED, LegacyColumn.ARCHIVED_ON, CaseMilestone.ARCHIVED));

    private final String caseNumber;
    private final String clientName;
    private final MatterType matterType;
    private final String lawyerName;
    private final String firmName;
    private final CaseStatus status;
    private final CaseDates dates;
    private final List<Problem> problems;

    private LegacyCaseRecord(Map<LegacyColumn, String> row) {
        List<Problem> found = new ArrayList<>();
        caseNumber = text(row, LegacyColumn.CASE_NUMBER, 60, found);
        clientName = text(row, LegacyColumn.CLIENT_NAME, LegalCase.NAME_MAX, found);
        lawyerName = text(row, LegacyColumn.LAWYER_NAME, LegalCase.NAME_MAX, found);
        firmName = text(row, LegacyColumn.FIRM_NAME, LegalCase.FIRM_MAX, found);
        String matter = text(row, LegacyColumn.MATTER_TYPE, 40, found);
        matterType = matter == null ? null : matter(matter, found);
        String state = text(row, LegacyColumn.STATUS, 40, found);
        status = state == null ? null : status(state, found);
        CaseDates d = CaseDates.none();
        for (Map.Entry<LegacyColumn, CaseMilestone> e : DATE_COLUMNS.entrySet()) {
            String value = text(row, e.getKey(), 40, found);
            if (value != null) {
                LocalDate date = date(value);
                if (date == null) {
                    found.add(new Problem("cases.import.badDate", List.of(e.getKey().chinese(), value)));
                } else {
                    d = d.with(e.getValue(), date);
                }
            }
        }
        dates = d;
        if (status == CaseStatus.ARCHIVED && (d.get(CaseMilestone.ARCHIVED).isEmpty()
                || d.get(CaseMilestone.REVIEWED).isEmpty() || d.get(CaseMilestone.ENDED).isEmpty())) {
            found.add(new Problem("cases.import.archivedIncomplete", List.of()));
        }
        problems = List.copyOf(found);
    }

    /** Reads one row, given as the value of each column present (absent columns are empty). */
    public static LegacyCaseRecord read(Map<LegacyColumn, String> row) {
        return new LegacyCaseRecord(row);
    }

    /** Whether the row can be imported (its dates may still break the order: see {@link #violations}). */
    public boolean isReadable() {
        return problems.isEmpty();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Every break of the date order of a readable row — the data-quality findings to flag. */
    public List<DateViolation> violations(LocalDate today) {
        return dates.violations(today);
    }

    /** The legacy case of a readable row, in {@code unitId}. */
    public LegalCase toCase(long unitId, java.time.OffsetDateTime importedAt) {
        if (!isReadable()) {
            throw new IllegalStateException("row not readable: " + problems);
        }
        return LegalCase.importLegacy(caseNumber, unitId, matterType, null, clientName, null, lawyerName, firmName,
                status, dates, importedAt);
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String clientName() {
        return clientName;
    }

    public CaseDates dates() {
        return dates;
    }

    /** Reads a date as written in China; null when it is no date. */
    static LocalDate date(String value) {
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static String text(Map<LegacyColumn, String> row, LegacyColumn column, int max, List<Problem> found) {
        String v = row.get(column);
        v = v == null ? null : v.strip();
        if (v == null || v.isEmpty()) {
            if (column.isRequired()) {
                found.add(new Problem("cases.import.missing", List.of(column.chinese())));
            }
            return null;
        }
        if (v.length() > max) {
            found.add(new Problem("cases.import.tooLong", List.of(column.chinese(), String.valueOf(max))));
            return null;
        }
        if (v.indexOf('<') >= 0 || v.indexOf('>') >= 0 || v.chars().anyMatch(ch -> ch < 0x20)) {
            found.add(new Problem("cases.import.badCharacters", List.of(column.chinese())));
            return null;
        }
        return v;
    }

    private static MatterType matter(String value, List<Problem> found) {
        MatterType t = MATTER_NAMES.get(value);
        if (t == null) {
            try {
                t = MatterType.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                found.add(new Problem("cases.import.badMatterType", List.of(value)));
            }
        }
        return t;
    }

    private static CaseStatus status(String value, List<Problem> found) {
        CaseStatus s = STATUS_NAMES.get(value);
        if (s == null) {
            try {
                s = CaseStatus.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                found.add(new Problem("cases.import.badStatus", List.of(value)));
            }
        }
        return s;
    }
}
