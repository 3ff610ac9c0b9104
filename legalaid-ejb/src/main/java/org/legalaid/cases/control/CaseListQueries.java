package org.legalaid.cases.control;

import org.legalaid.cases.CaseCount;
import org.legalaid.cases.CaseKey;
import org.legalaid.cases.CaseListFilter;
import org.legalaid.cases.CaseListRow;
import org.legalaid.cases.CaseSeek;
import org.legalaid.cases.CaseSort;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.control.CaseListSql.Statement;
import org.legalaid.intake.MatterType;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the case list's statements ({@link CaseListSql}) on a JDBC connection: plain JDBC, because
 * the list needs what JPQL does not give — row-value seeks, the planner's estimate, a cursor with a
 * fetch size. On H2 (the run command's database) the deep jump and the estimate fall back to plain
 * queries, which are fast at demo sizes.
 */
public final class CaseListQueries {

    /** Rows fetched per round trip while exporting: the cursor keeps memory flat. */
    public static final int EXPORT_FETCH_SIZE = 500;

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

    private CaseListQueries() {
    }

    public static boolean isPostgreSql(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    /** A page after, before or from a key (or the first page); rows in list order. */
    public static List<CaseListRow> page(Connection c, CaseListFilter f, Collection<Long> units, LocalDateTime now,
                                         CaseSort sort, CaseSeek seek, CaseKey key, int size) throws SQLException {
        List<CaseListRow> rows = rows(c, CaseListSql.page(f, units, now, sort, seek, key, size));
        if (seek == CaseSeek.BEFORE) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /**
     * The page starting at {@code offset}: on PostgreSQL its first key by the narrow offset scan,
     * then the rows from that key; elsewhere by plain offset.
     */
    public static List<CaseListRow> pageAt(Connection c, CaseListFilter f, Collection<Long> units, LocalDateTime now,
                                           CaseSort sort, long offset, int size) throws SQLException {
        if (offset == 0) {
            return page(c, f, units, now, sort, CaseSeek.FIRST, null, size);
        }
        if (!isPostgreSql(c)) {
            return rows(c, CaseListSql.offsetPage(f, units, now, sort, offset, size));
        }
        Optional<CaseKey> first = keyAt(c, f, units, now, sort, offset);
        return first.isEmpty() ? List.of() : page(c, f, units, now, sort, CaseSeek.FROM, first.get(), size);
    }

    /** The key of the row at {@code offset}, if there is one. */
    public static Optional<CaseKey> keyAt(Connection c, CaseListFilter f, Collection<Long> units, LocalDateTime now,
                                          CaseSort sort, long offset) throws SQLException {
        Statement s = CaseListSql.keyAt(f, units, now, sort, offset);
        try (PreparedStatement ps = prepare(c, s); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Object v = rs.getObject(1);
            Serializable key = v instanceof Date d ? d.toLocalDate() : (Serializable) v;
            return Optional.of(new CaseKey(key, rs.getLong(2)));
        }
    }

    /** A page by plain offset (the comparison for the benchmark). */
    public static List<CaseListRow> offsetPage(Connection c, CaseListFilter f, Collection<Long> units, LocalDateTime now,
                                               CaseSort sort, long offset, int size) throws SQLException {
        return rows(c, CaseListSql.offsetPage(f, units, now, sort, offset, size));
    }

    /**
     * How many rows the filter matches: exact up to {@code exactUpTo} (a count that stops there);
     * above it, on PostgreSQL, the planner's estimate flagged as such (never below the capped
     * count). H2 always counts.
     */
    public static CaseCount count(Connection c, CaseListFilter f, Collection<Long> units, LocalDateTime now,
                                  long exactUpTo) throws SQLException {
        if (!isPostgreSql(c)) {
            return new CaseCount(single(c, CaseListSql.count(f, units, now)), false);
        }
        long capped = single(c, CaseListSql.cappedCount(f, units, now, exactUpTo + 1));
        if (capped <= exactUpTo) {
            return new CaseCount(capped, false);
        }
        Statement s = CaseListSql.estimate(f, units, now);
        try (PreparedStatement ps = prepare(c, s); ResultSet rs = ps.executeQuery()) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(1));
            }
            Matcher m = PLAN_ROWS.matcher(plan);
            long estimate = m.find() ? (long) Double.parseDouble(m.group(1)) : capped;
            return new CaseCount(Math.max(estimate, capped), true);
        }
    }

    /**
     * Every row of the filter in order, handed to {@code sink} one by one from a server-side
     * cursor (PostgreSQL streams with a fetch size only inside a transaction, which the caller holds).
     *
     * @return how many rows were handed over
     */
    public static long forEach(Connection c, CaseListFilter f, Collection<Long> units, LocalDateTime now, CaseSort sort,
                               Consumer<CaseListRow> sink) throws SQLException {
        Statement s = CaseListSql.all(f, units, now, sort);
        long n = 0;
        try (PreparedStatement ps = prepare(c, s)) {
            ps.setFetchSize(EXPORT_FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(row(rs));
                    n++;
                }
            }
        }
        return n;
    }

    private static long single(Connection c, Statement s) throws SQLException {
        try (PreparedStatement ps = prepare(c, s); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<CaseListRow> rows(Connection c, Statement s) throws SQLException {
        try (PreparedStatement ps = prepare(c, s); ResultSet rs = ps.executeQuery()) {
            List<CaseListRow> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row(rs));
            }
            return out;
        }
    }

    static PreparedStatement prepare(Connection c, Statement s) throws SQLException {
        PreparedStatement ps = c.prepareStatement(s.sql());
        int i = 1;
        for (Object p : s.params()) {
            if (p instanceof LocalDate d) {
                ps.setDate(i++, Date.valueOf(d));
            } else if (p instanceof LocalDateTime t) {
                ps.setTimestamp(i++, java.sql.Timestamp.valueOf(t));
            } else if (p instanceof String str) {
                ps.setString(i++, str);
            } else if (p instanceof Long l) {
                ps.setLong(i++, l);
            } else if (p instanceof Integer n) {
                ps.setInt(i++, n);
            } else {
                throw new IllegalArgumentException("unexpected parameter type " + p.getClass().getName());
            }
        }
        return ps;
    }

    static CaseListRow row(ResultSet rs) throws SQLException {
        return new CaseListRow(rs.getLong(1), rs.getString(2), rs.getLong(3), MatterType.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), CaseStatus.valueOf(rs.getString(9)),
                date(rs, 10), date(rs, 11), date(rs, 12), date(rs, 13));
    }

    private static LocalDate date(ResultSet rs, int i) throws SQLException {
        Date d = rs.getDate(i);
        return d == null ? null : d.toLocalDate();
    }
}
