package org.legalaid.it.bench;

import org.legalaid.cases.CaseListFilter;
import org.legalaid.cases.CaseListRow;
import org.legalaid.cases.CaseSeek;
import org.legalaid.cases.CaseSort;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.control.CaseListQueries;
import org.legalaid.organisation.PasswordHasher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The bare SQL side of the case list benchmark (issue 5, "Speed"): the very statements
 * {@code CaseListService} runs for the first page and for a jump to a deep page (the same filter,
 * sort and units as the load test's user), timed over JDBC, p50/p95 over {@code runs} runs, plus
 * the plain-offset page for comparison, and the count. Also prepares the load test's account.
 *
 * <pre>java … CaseListSqlTiming account USER PASSWORD [N]  (bureau supervisors USER_1…USER_N at the root unit, ready to sign in)
 * java … CaseListSqlTiming count                         (the number of generated cases)
 * java … CaseListSqlTiming time RUNS DEEP_PAGE ROWS        (LEGALAID_DB_URL, LEGALAID_DB_USER, LEGALAID_DB_PASSWORD)</pre>
 */
public final class CaseListSqlTiming {

    /** The load test's filter: cases in hand or waiting for the review, newest assignment first. */
    static final CaseListFilter FILTER = CaseListFilter.all().withStatuses(Set.of(CaseStatus.HANDLING, CaseStatus.SUBMITTED));
    static final CaseSort SORT = CaseSort.DEFAULT;

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                System.getenv("LEGALAID_DB_PASSWORD"))) {
            if ("account".equals(args[0])) {
                int n = args.length > 3 ? Integer.parseInt(args[3]) : 1;
                String hash = PasswordHasher.hash(args[2]);
                for (int i = 1; i <= n; i++) {
                    account(c, args[1] + "_" + i, hash);
                }
            } else if ("count".equals(args[0])) {
                System.out.println(CaseGenerator.generated(c));
            } else {
                time(c, Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            }
        }
    }

    /** Creates or resets the bench account: bureau supervisor at the root unit, password set, no change required. */
    static void account(Connection c, String user, String hash) throws SQLException {
        c.setAutoCommit(false);
        long root;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id from org_unit where parent_id is null order by id")) {
            rs.next();
            root = rs.getLong(1);
        }
        try (PreparedStatement u = c.prepareStatement("update staff_account set password_hash = ?, must_change_password = false,"
                + " active = true, failed_attempts = 0, locked_until = null where username = ?")) {
            u.setString(1, hash);
            u.setString(2, user);
            if (u.executeUpdate() == 0) {
                long id = CaseGenerator.reserve(c, "staff_account_seq", 1);
                try (PreparedStatement i = c.prepareStatement("insert into staff_account (id, username, full_name, unit_id,"
                        + " password_hash, must_change_password, password_changed_at) values (?, ?, '压测监督员', ?, ?, false, now())")) {
                    i.setLong(1, id);
                    i.setString(2, user);
                    i.setLong(3, root);
                    i.setString(4, hash);
                    i.executeUpdate();
                }
                try (PreparedStatement r = c.prepareStatement("insert into staff_role (account_id, role) values (?, 'BUREAU_SUPERVISOR')")) {
                    r.setLong(1, id);
                    r.executeUpdate();
                }
            }
        }
        c.commit();
    }

    static void time(Connection c, int runs, int deepPage, int rows) throws SQLException {
        c.setAutoCommit(false);
        List<Long> units = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select id from org_unit where path like (select path from org_unit where parent_id is null order by id fetch first 1 rows only) || '%'")) {
            while (rs.next()) {
                units.add(rs.getLong(1));
            }
        }
        LocalDateTime now = LocalDateTime.now();
        long offset = (long) (deepPage - 1) * rows;
        int warm = Math.max(5, runs / 10);
        double[] first = measure(warm, runs, () -> size(sql(() -> CaseListQueries.page(c, FILTER, units, now, SORT, CaseSeek.FIRST, null, rows))));
        double[] deep = measure(warm, runs, () -> size(sql(() -> CaseListQueries.pageAt(c, FILTER, units, now, SORT, offset, rows))));
        double[] plain = measure(warm, Math.max(5, runs / 4), () -> size(sql(() -> CaseListQueries.offsetPage(c, FILTER, units, now, SORT, offset, rows))));
        double[] count = measure(warm, Math.max(5, runs / 4), () -> sql(() -> CaseListQueries.count(c, FILTER, units, now, 10_000)).value());
        var n = sql(() -> CaseListQueries.count(c, FILTER, units, now, 10_000));
        c.commit();
        System.out.printf("sql first page (keyset):            p50 %7.2f ms  p95 %7.2f ms  (%d runs)%n", first[0], first[1], runs);
        System.out.printf("sql deep page %d (offset scan + seek): p50 %7.2f ms  p95 %7.2f ms  (%d runs)%n", deepPage, deep[0], deep[1], runs);
        System.out.printf("sql deep page %d (plain OFFSET):       p50 %7.2f ms  p95 %7.2f ms  (comparison)%n", deepPage, plain[0], plain[1]);
        System.out.printf("sql count (capped, then estimate):  p50 %7.2f ms  p95 %7.2f ms  → %s%,d%n", count[0], count[1],
                n.estimated() ? "约 " : "", n.value());
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(List<CaseListRow> rows) {
        if (rows.isEmpty()) {
            throw new IllegalStateException("empty page: too few generated cases for the deep page");
        }
        return rows.size();
    }

    /** {p50, p95} in ms over {@code runs} timed calls after {@code warm} untimed ones. */
    private static double[] measure(int warm, int runs, LongSupplier call) {
        for (int i = 0; i < warm; i++) {
            call.getAsLong();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.getAsLong();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[]{ms[(int) Math.ceil(runs * 0.5) - 1], ms[(int) Math.ceil(runs * 0.95) - 1]};
    }
}
