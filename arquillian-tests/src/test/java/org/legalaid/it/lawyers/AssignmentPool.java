package org.legalaid.it.lawyers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Law firms and lawyers made by SQL, for the assignment tests (the registry's own service is
 * another part of issue 4). Ids come from a range the sequences never reach, so rows made here never
 * collide with ids EclipseLink hands out. Works in the server ({@code Fixtures::sql}) and from a
 * client over JDBC alike.
 */
public final class AssignmentPool {

    /** Runs one SQL statement with positional parameters. */
    @FunctionalInterface
    public interface Sql {
        int run(String statement, Object... parameters);
    }

    /** A lawyer to insert; build with {@link #lawyer}. */
    public static final class LawyerSpec {
        String name;
        String status = "ACTIVE";
        LocalDate licence = LocalDate.now().minusYears(12);
        LocalDate criminalSince;
        boolean juvenile;
        int maxOpen = 5;
        int open;
        Set<String> specialties = Set.of();
        Set<String> languages = Set.of("zh");
        Set<String> regions = Set.of();
        String kind = "LAWYER";

        /** A basic legal service worker (基层法律服务工作者), not a lawyer. */
        public LawyerSpec worker() { kind = "LEGAL_SERVICE_WORKER"; return this; }
        public LawyerSpec status(String s) { status = s; return this; }
        public LawyerSpec criminalSince(LocalDate d) { criminalSince = d; if (d != null && d.isBefore(licence)) { licence = d; } return this; }
        public LawyerSpec juvenile() { juvenile = true; return this; }
        public LawyerSpec max(int m) { maxOpen = m; return this; }
        public LawyerSpec open(int o) { open = o; return this; }
        public LawyerSpec specialties(String... s) { specialties = Set.of(s); return this; }
        public LawyerSpec languages(String... l) { languages = Set.of(l); return this; }
        public LawyerSpec regions(String... r) { regions = Set.of(r); return this; }
    }

    private final Sql sql;

    public AssignmentPool(Sql sql) {
        this.sql = sql;
    }

    public static LawyerSpec lawyer(String name) {
        LawyerSpec s = new LawyerSpec();
        s.name = name;
        return s;
    }

    private static long freshId() {
        return 900_000_000_000L + ThreadLocalRandom.current().nextLong(99_000_000_000L);
    }

    private static String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(ThreadLocalRandom.current().nextInt(10));
        }
        return b.toString();
    }

    /** A random district code that no other test uses (9xxxxx). */
    public static String region() {
        return "9" + digits(5);
    }

    /** A law firm kept by {@code unitId} in {@code region}; returns its id. */
    public long firm(long unitId, String name, String region) {
        return firm(unitId, name, region, "LAW_FIRM");
    }

    /** A basic legal service office (基层法律服务所) kept by {@code unitId} in {@code region}; returns its id. */
    public long office(long unitId, String name, String region) {
        return firm(unitId, name, region, "LEGAL_SERVICE_OFFICE");
    }

    private long firm(long unitId, String name, String region, String kind) {
        long id = freshId();
        sql.run("insert into law_firm (id, unit_id, kind, name, credit_code, region_code, address, contact_person, contact_phone,"
                        + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, '张主任', '0532-80000000', 'test', ?)",
                id, unitId, kind, name, "91" + digits(16), region, "青岛市市北区辽宁路" + digits(3) + "号", OffsetDateTime.now());
        return id;
    }

    /** A lawyer of {@code firmId}; returns its id. */
    public long lawyer(long firmId, LawyerSpec s) {
        long id = freshId();
        // a null date is written as NULL: a bound null has no type PostgreSQL could take for a date
        sql.run("insert into lawyer (id, firm_id, kind, name, id_number, sex, birth_date, phone, licence_number, licence_date,"
                        + " criminal_practice_since, juvenile_experience, max_open_cases, open_cases, status, status_since,"
                        + " created_by, created_at) values (?, ?, ?, ?, ?, 'MALE', ?, '13800000000', ?, ?, "
                        + (s.criminalSince == null ? "NULL" : "'" + s.criminalSince + "'")
                        + ", ?, ?, ?, ?, ?, 'test', ?)",
                id, firmId, s.kind, s.name, "3702" + digits(14), LocalDate.of(1980, 1, 1), "1" + digits(16), s.licence,
                s.juvenile, s.maxOpen, s.open, s.status, LocalDate.now().minusYears(1), OffsetDateTime.now());
        for (String sp : s.specialties) {
            sql.run("insert into lawyer_specialty (lawyer_id, specialty) values (?, ?)", id, sp);
        }
        for (String l : s.languages) {
            sql.run("insert into lawyer_language (lawyer_id, language_code) values (?, ?)", id, l);
        }
        for (String r : s.regions) {
            sql.run("insert into lawyer_region (lawyer_id, region_code) values (?, ?)", id, r);
        }
        return id;
    }
}
