package org.legalaid.it.lawyers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Rows of the lawyer pool written straight into the tables, for tests of what reads them (the
 * quota ledger): firms, lawyers, assignments, duty days, service and reductions as the services
 * would have left them. Unique numbers are random so that tests never collide.
 */
@ApplicationScoped
@Transactional
public class PoolFixtures {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public long firm(long unitId, String name) {
        long id = next("law_firm_seq");
        sql("INSERT INTO law_firm (id, unit_id, kind, name, credit_code, region_code, address, contact_person, contact_phone,"
                + " created_by, created_at) VALUES (?1, ?2, 'LAW_FIRM', ?3, ?4, '370202', '测试路1号', '王主任', '0532-1234567', 'test', ?5)",
                id, unitId, name, "T" + digits(17), OffsetDateTime.now());
        return id;
    }

    public long lawyer(long firmId, String name, String status, LocalDate statusSince) {
        long id = next("lawyer_seq");
        sql("INSERT INTO lawyer (id, firm_id, kind, name, id_number, sex, birth_date, licence_number, licence_date,"
                + " max_open_cases, status, status_since, created_by, created_at)"
                + " VALUES (?1, ?2, 'LAWYER', ?3, ?4, 'MALE', DATE '1980-01-01', ?5, DATE '2010-01-01', 10, ?6, ?7, 'test', ?8)",
                id, firmId, name, digits(18), "L" + digits(16), status, statusSince, OffsetDateTime.now());
        return id;
    }

    public long assignment(long unitId, long lawyerId, long firmId, LocalDate on, LocalDate closedOn, String endReason) {
        long id = next("assignment_seq");
        long subject = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        OffsetDateTime at = on.atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8));
        sql("INSERT INTO assignment (id, unit_id, subject_type, subject_id, lawyer_id, firm_id, assigned_at, assigned_on,"
                + " assigned_by, candidate_rank, notice_number, letter_number, closed_on, ended_at, end_reason, ended_by, current_subject_id)"
                + " VALUES (?1, ?2, 'APPLICATION', ?3, ?4, ?5, ?6, ?7, 'test', 1, 'N', 'L', CAST(?8 AS DATE),"
                + " CAST(?9 AS TIMESTAMP WITH TIME ZONE), CAST(?10 AS VARCHAR), CAST(?11 AS VARCHAR), CAST(?12 AS BIGINT))",
                id, unitId, subject, lawyerId, firmId, at, on, closedOn, endReason == null ? null : at, endReason,
                endReason == null ? null : "test", endReason == null ? subject : null);
        return id;
    }

    public long station(long unitId) {
        long id = next("duty_station_seq");
        sql("INSERT INTO duty_station (id, unit_id, station_type, name, region_code) VALUES (?1, ?2, 'COURT', ?3, '370202')",
                id, unitId, "测试法院" + digits(6));
        return id;
    }

    public void dutyHalfDay(long stationId, long lawyerId, LocalDate date, String half) {
        sql("INSERT INTO duty_shift (id, station_id, lawyer_id, duty_date, half_day, created_by, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, 'test', ?6)", next("duty_shift_seq"), stationId, lawyerId, date, half, OffsetDateTime.now());
    }

    public void service(long lawyerId, String kind, LocalDate on, String units) {
        sql("INSERT INTO quota_service (id, lawyer_id, credit_kind, service_on, units, recorded_by, recorded_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, 'test', ?6)", next("quota_service_seq"), lawyerId, kind, on,
                new java.math.BigDecimal(units), OffsetDateTime.now());
    }

    public void reduction(long lawyerId, int year, String reason, String cases, boolean cancelled) {
        sql("INSERT INTO quota_reduction (id, lawyer_id, quota_year, reason, cases, note, recorded_by, recorded_at, cancelled_by, cancelled_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, '测试', 'test', ?6, CAST(?7 AS VARCHAR), CAST(?8 AS TIMESTAMP WITH TIME ZONE))", next("quota_reduction_seq"), lawyerId, year, reason,
                new java.math.BigDecimal(cases), OffsetDateTime.now(), cancelled ? "test" : null, cancelled ? OffsetDateTime.now() : null);
    }

    /** The year's rule: cases per lawyer, firms by the sum of their lawyers, and credit conversions "KIND=units". */
    public void rule(int year, int casesPerLawyer, String... credits) {
        long id = next("quota_rule_seq");
        sql("INSERT INTO quota_rule (id, rule_year, cases_per_lawyer, firm_mode, updated_by, updated_at)"
                + " VALUES (?1, ?2, ?3, 'SUM_OF_LAWYERS', 'test', ?4)", id, year, casesPerLawyer, OffsetDateTime.now());
        for (String c : credits) {
            String[] kv = c.split("=");
            sql("INSERT INTO quota_credit_rule (rule_id, credit_kind, units_per_case) VALUES (?1, ?2, ?3)",
                    id, kv[0], new java.math.BigDecimal(kv[1]));
        }
    }

    private long next(String sequence) {
        return ((Number) em.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult()).longValue();
    }

    private void sql(String statement, Object... parameters) {
        jakarta.persistence.Query q = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        q.executeUpdate();
    }

    private static String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(ThreadLocalRandom.current().nextInt(10));
        }
        return b.toString();
    }
}
