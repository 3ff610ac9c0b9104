package org.legalaid.cases.control;

import org.legalaid.cases.CaseKey;
import org.legalaid.cases.CaseListFilter;
import org.legalaid.cases.CaseSeek;
import org.legalaid.cases.CaseSort;
import org.legalaid.cases.CaseSortField;
import org.legalaid.cases.CaseStatus;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The SQL of the central case list, built from allow-lists only: every filter is a
 * {@link Criterion} and every order a {@link CaseSortField}, each mapped here to a fixed fragment;
 * values (names, dates, ids) are always bound parameters. The only text generated from input is
 * the number of {@code ?} in an IN list.
 *
 * <p>Paging seeks on (sort key, id): the next page starts after the last row's key, the previous
 * one before the first row's key (read backwards, then turned), and a jump to a deep page first
 * finds the page's first key by an offset over the narrow (key, id) projection — on PostgreSQL an
 * index-only scan of the sort index, whose INCLUDE columns carry the common filters (V21) — then
 * reads the page from that key.
 */
public final class CaseListSql {

    /** Columns of a list row, in {@link CaseListQueries#row} order. */
    static final String COLUMNS = "c.id, c.case_number, c.unit_id, c.matter_type, c.client_name, c.title, c.lawyer_name,"
            + " c.firm_name, c.status, c.applied_on, c.assigned_on, c.ended_on, c.archived_on";

    /** The clock subjects of the overdue filter (intake's clock engine). */
    static final String CASE_SUBJECT = "LegalCase";
    static final String ASSIGNMENT_SUBJECT = "Assignment";

    /** Every restriction the list knows, each a fixed fragment. */
    enum Criterion {
        UNITS("c.unit_id in (%s)"),
        STATUSES("c.status in (%s)"),
        MATTER_TYPE("c.matter_type = ?"),
        LAWYER_ID("c.lawyer_id = ?"),
        LAWYER_NAME_PREFIX("c.lawyer_name like ? escape '!'"),
        CLIENT_NAME_PREFIX("c.client_name like ? escape '!'"),
        CASE_NUMBER_PREFIX("c.case_number like ? escape '!'"),
        ASSIGNED_FROM("c.assigned_on >= ?"),
        ASSIGNED_TO("c.assigned_on <= ?"),
        ENDED_FROM("c.ended_on >= ?"),
        ENDED_TO("c.ended_on <= ?"),
        ARCHIVED_FROM("c.archived_on >= ?"),
        ARCHIVED_TO("c.archived_on <= ?"),
        /**
         * An open clock of the case's own steps past due, or the open 委托协议 clock of its assignment:
         * read through {@code case_open_clock}, the cases context's view of intake's open clocks (V24,
         * declared in {@code db/tables/cases.txt}), which PostgreSQL inlines onto the partial index of
         * open clocks.
         */
        OVERDUE("(c.id in (select k.subject_id from case_open_clock k where k.subject_type = '" + CASE_SUBJECT + "'"
                + " and k.due_at < ?)"
                + " or c.assignment_id in (select k.subject_id from case_open_clock k where k.subject_type = '"
                + ASSIGNMENT_SUBJECT + "' and k.step = 'SIGN_AGREEMENT' and k.due_at < ?))");

        final String sql;

        Criterion(String sql) {
            this.sql = sql;
        }
    }

    /** The column of each sort field. */
    private static final Map<CaseSortField, String> SORT_COLUMNS = new EnumMap<>(Map.of(
            CaseSortField.ASSIGNED_ON, "c.assigned_on",
            CaseSortField.APPLIED_ON, "c.applied_on",
            CaseSortField.CASE_NUMBER, "c.case_number",
            CaseSortField.CLIENT_NAME, "c.client_name"));

    /** A statement and its parameters, in order. */
    public record Statement(String sql, List<Object> params) {
        public Statement {
            params = Collections.unmodifiableList(new ArrayList<>(params));
        }
    }

    private CaseListSql() {
    }

    /** The sort column of an allow-listed field (never anything else). */
    static String sortColumn(CaseSortField field) {
        return Objects.requireNonNull(SORT_COLUMNS.get(Objects.requireNonNull(field, "field")), "unmapped sort field");
    }

    /**
     * The where clause for a filter within {@code units} (the caller's scope, already narrowed to
     * the chosen unit's subtree). An empty unit list matches nothing.
     */
    static Statement where(CaseListFilter f, Collection<Long> units, LocalDateTime now) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (units.isEmpty()) {
            parts.add("1 = 0");
        } else {
            parts.add(Criterion.UNITS.sql.formatted(placeholders(units.size())));
            params.addAll(units);
        }
        if (!f.statuses().isEmpty()) {
            parts.add(Criterion.STATUSES.sql.formatted(placeholders(f.statuses().size())));
            f.statuses().stream().map(CaseStatus::name).sorted().forEach(params::add);
        }
        add(parts, params, Criterion.MATTER_TYPE, f.matterType() == null ? null : f.matterType().name());
        add(parts, params, Criterion.LAWYER_ID, f.lawyerId());
        add(parts, params, Criterion.LAWYER_NAME_PREFIX, prefix(f.lawyerName()));
        add(parts, params, Criterion.CLIENT_NAME_PREFIX, prefix(f.clientName()));
        add(parts, params, Criterion.CASE_NUMBER_PREFIX, prefix(f.caseNumber()));
        add(parts, params, Criterion.ASSIGNED_FROM, f.assignedFrom());
        add(parts, params, Criterion.ASSIGNED_TO, f.assignedTo());
        add(parts, params, Criterion.ENDED_FROM, f.endedFrom());
        add(parts, params, Criterion.ENDED_TO, f.endedTo());
        add(parts, params, Criterion.ARCHIVED_FROM, f.archivedFrom());
        add(parts, params, Criterion.ARCHIVED_TO, f.archivedTo());
        if (f.overdue()) {
            parts.add(Criterion.OVERDUE.sql);
            params.add(Objects.requireNonNull(now, "now"));
            params.add(now);
        }
        return new Statement(" where " + String.join(" and ", parts), params);
    }

    /**
     * One page of rows in {@code sort} order (for {@link CaseSeek#BEFORE} in reverse order: the
     * caller turns it around).
     */
    public static Statement page(CaseListFilter f, Collection<Long> units, LocalDateTime now, CaseSort sort,
                                 CaseSeek seek, CaseKey key, int limit) {
        Statement where = where(f, units, now);
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(" from legal_case c").append(where.sql());
        List<Object> params = new ArrayList<>(where.params());
        String column = sortColumn(sort.field());
        boolean backwards = seek == CaseSeek.BEFORE;
        if (seek != CaseSeek.FIRST) {
            Objects.requireNonNull(key, "key");
            // descending lists go to smaller keys; BEFORE looks the other way; FROM includes the key
            boolean smaller = sort.descending() != backwards;
            String op = smaller ? (seek == CaseSeek.FROM ? "<=" : "<") : (seek == CaseSeek.FROM ? ">=" : ">");
            sql.append(" and (").append(column).append(", c.id) ").append(op).append(" (?, ?)");
            params.add(key.sortValue());
            params.add(key.id());
        }
        String dir = sort.descending() != backwards ? " desc" : " asc";
        sql.append(" order by ").append(column).append(dir).append(", c.id").append(dir);
        sql.append(" fetch first ? rows only");
        params.add(limit);
        return new Statement(sql.toString(), params);
    }

    /**
     * The (key, id) of the row at {@code offset} (0-based) in {@code sort} order: the narrow offset
     * scan a jump to a deep page starts with.
     */
    public static Statement keyAt(CaseListFilter f, Collection<Long> units, LocalDateTime now, CaseSort sort, long offset) {
        Statement where = where(f, units, now);
        String column = sortColumn(sort.field());
        String dir = sort.descending() ? " desc" : " asc";
        List<Object> params = new ArrayList<>(where.params());
        params.add(offset);
        return new Statement("select " + column + ", c.id from legal_case c" + where.sql()
                + " order by " + column + dir + ", c.id" + dir + " offset ? rows fetch first 1 rows only", params);
    }

    /** A page by plain offset (the database without the narrow index, and the benchmark's comparison). */
    public static Statement offsetPage(CaseListFilter f, Collection<Long> units, LocalDateTime now, CaseSort sort,
                                       long offset, int limit) {
        Statement where = where(f, units, now);
        String column = sortColumn(sort.field());
        String dir = sort.descending() ? " desc" : " asc";
        List<Object> params = new ArrayList<>(where.params());
        params.add(offset);
        params.add(limit);
        return new Statement("select " + COLUMNS + " from legal_case c" + where.sql() + " order by " + column + dir
                + ", c.id" + dir + " offset ? rows fetch first ? rows only", params);
    }

    /** Every row of the filter in order (export). */
    public static Statement all(CaseListFilter f, Collection<Long> units, LocalDateTime now, CaseSort sort) {
        Statement where = where(f, units, now);
        String column = sortColumn(sort.field());
        String dir = sort.descending() ? " desc" : " asc";
        return new Statement("select " + COLUMNS + " from legal_case c" + where.sql() + " order by " + column + dir
                + ", c.id" + dir, where.params());
    }

    /** The count of the filter's rows, but at most {@code cap} (so that it costs at most cap rows). */
    public static Statement cappedCount(CaseListFilter f, Collection<Long> units, LocalDateTime now, long cap) {
        Statement where = where(f, units, now);
        List<Object> params = new ArrayList<>(where.params());
        params.add(cap);
        return new Statement("select count(*) from (select 1 as one from legal_case c" + where.sql()
                + " fetch first ? rows only) capped", params);
    }

    /** The plain count (H2). */
    public static Statement count(CaseListFilter f, Collection<Long> units, LocalDateTime now) {
        Statement where = where(f, units, now);
        return new Statement("select count(*) from legal_case c" + where.sql(), where.params());
    }

    /** PostgreSQL's plan of the filter, whose row estimate stands in for a count too slow to make. */
    public static Statement estimate(CaseListFilter f, Collection<Long> units, LocalDateTime now) {
        Statement where = where(f, units, now);
        return new Statement("explain (format json) select 1 from legal_case c" + where.sql(), where.params());
    }

    /** A LIKE pattern matching values that start with {@code text} ({@code %} and {@code _} taken literally). */
    static String prefix(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static void add(List<String> parts, List<Object> params, Criterion c, Object value) {
        if (value != null) {
            parts.add(c.sql);
            params.add(value);
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
