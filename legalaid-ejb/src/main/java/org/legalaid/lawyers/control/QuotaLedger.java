package org.legalaid.lawyers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.lawyers.CreditKind;
import org.legalaid.lawyers.CreditRule;
import org.legalaid.lawyers.FirmBand;
import org.legalaid.lawyers.FirmQuotaMode;
import org.legalaid.lawyers.QuotaProgress;
import org.legalaid.lawyers.QuotaReduction;
import org.legalaid.lawyers.QuotaRule;
import org.legalaid.lawyers.ReductionReason;
import org.legalaid.lawyers.ServiceUnits;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The year's obligation-quota ledger of the lawyer pool (义务量核定, LAL art. 16, 60): for every
 * lawyer and firm, what the year's rule asks, what was reduced, assigned, completed and credited,
 * computed by {@link QuotaProgress} from the rows that record them. The one place progress is
 * computed: the quota report, the assessment and the fairness rule of the assignment ranking all
 * read it.
 *
 * <p>What counts, for a calendar year:
 * <ul>
 *   <li>the pool: lawyers registered before the year ended and not exited before it began;</li>
 *   <li>assigned: assignments dated in the year, except those the lawyer withdrew from (the case
 *       went to someone else, who is counted instead); completed: those of them closed;</li>
 *   <li>credited: distinct duty dates on the roster (two half days on one date are one duty day)
 *       and other recorded service, converted by the year's {@link CreditRule}s; service of a kind
 *       the rule does not convert earns nothing;</li>
 *   <li>reductions: the year's reductions not cancelled. Should a later, lower rule leave them
 *       above the quota, the quota is reduced to zero rather than the report failing.</li>
 * </ul>
 * Without a published rule for the year every quota is zero: nothing is owed and fulfilment is 1
 * for everyone, so the ranking falls back on open cases.
 *
 * <p>Read with a handful of grouped queries, whatever the size of the pool (10,000 lawyers rank
 * in one call: issue 4, "Speed").
 */
@ApplicationScoped
public class QuotaLedger {

    private static final String WITHDREW = "LAWYER_WITHDREW";

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    /** The published rule of {@code year}, if any. */
    public Optional<QuotaRule> findRule(int year) {
        List<?> rows = em.createNativeQuery("SELECT id, cases_per_lawyer, firm_mode FROM quota_rule WHERE rule_year = ?1")
                .setParameter(1, year).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        long id = ((Number) r[0]).longValue();
        List<FirmBand> bands = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT min_lawyers, max_lawyers, cases FROM quota_firm_band WHERE rule_id = ?1"
                + " ORDER BY min_lawyers").setParameter(1, id).getResultList()) {
            Object[] b = (Object[]) o;
            bands.add(new FirmBand(((Number) b[0]).intValue(), b[1] == null ? null : ((Number) b[1]).intValue(),
                    ((Number) b[2]).intValue()));
        }
        List<CreditRule> credits = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT credit_kind, units_per_case FROM quota_credit_rule WHERE rule_id = ?1"
                + " ORDER BY credit_kind").setParameter(1, id).getResultList()) {
            Object[] c = (Object[]) o;
            credits.add(new CreditRule(CreditKind.valueOf((String) c[0]), decimal(c[1])));
        }
        return Optional.of(new QuotaRule(year, ((Number) r[1]).intValue(), FirmQuotaMode.valueOf((String) r[2]), bands, credits));
    }

    /** The rule of {@code year}, or the empty rule (nothing owed) when none is published. */
    public QuotaRule ruleOrNone(int year) {
        return findRule(year).orElseGet(() -> new QuotaRule(year, 0, FirmQuotaMode.SUM_OF_LAWYERS, List.of(), List.of()));
    }

    /** Progress of every lawyer in the year's pool, by lawyer id. */
    public Map<Long, QuotaProgress> lawyerProgress(int year) {
        return compute(year, null).lawyers;
    }

    /** Progress of one lawyer; zero figures when the lawyer did nothing (or is not in the pool). */
    public QuotaProgress lawyerProgress(long lawyerId, int year) {
        Ledger ledger = compute(year, List.of(lawyerId));
        QuotaProgress p = ledger.lawyers.get(lawyerId);
        return p != null ? p : progress(ledger.rule, List.of(), new int[2], List.of());
    }

    /** Progress of every firm with lawyers in the year's pool, by firm id. */
    public Map<Long, QuotaProgress> firmProgress(int year) {
        return compute(year, null).firms;
    }

    /** This year's fulfilment per lawyer id ({@link QuotaProgress#fulfilment()}), for the ranking's fairness rule. */
    public Map<Long, BigDecimal> fulfilment(int year) {
        Map<Long, BigDecimal> out = new HashMap<>();
        lawyerProgress(year).forEach((id, p) -> out.put(id, p.fulfilment()));
        return out;
    }

    private record Ledger(QuotaRule rule, Map<Long, QuotaProgress> lawyers, Map<Long, QuotaProgress> firms) {
    }

    /**
     * This year's fulfilment of some lawyers only — the same computation restricted to them, for the
     * ranking, which needs it only for the lawyers who serve the case's district.
     */
    public Map<Long, BigDecimal> fulfilment(int year, java.util.Collection<Long> lawyerIds) {
        Map<Long, BigDecimal> out = new HashMap<>();
        if (lawyerIds.isEmpty()) {
            return out;
        }
        compute(year, lawyerIds).lawyers.forEach((id, p) -> out.put(id, p.fulfilment()));
        return out;
    }

    /** This year's progress of some lawyers only, by lawyer id (the reports' quota fulfilment of a unit's firms). */
    public Map<Long, QuotaProgress> lawyerProgress(int year, java.util.Collection<Long> lawyerIds) {
        if (lawyerIds.isEmpty()) {
            return new HashMap<>();
        }
        return compute(year, lawyerIds).lawyers;
    }

    /** @param only the lawyers to compute, or null for all of them (and then the firms too) */
    private Ledger compute(int year, java.util.Collection<Long> only) {
        QuotaRule rule = ruleOrNone(year);
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year + 1, 1, 1));
        OffsetDateTime registeredBefore = LocalDate.of(year + 1, 1, 1).atStartOfDay().atOffset(ZoneOffset.ofHours(8));
        // ids are longs, so the list is safe to inline; PostgreSQL turns it into one = ANY
        String ids = only == null ? null : only.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        String one = only == null ? "" : " AND lawyer_id IN (" + ids + ")";

        Map<Long, Long> firmOf = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery("SELECT id, firm_id FROM lawyer WHERE created_at < ?1"
                        + " AND (status <> 'EXITED' OR status_since >= ?2)" + (only == null ? "" : " AND id IN (" + ids + ")"))
                .setParameter(1, registeredBefore).setParameter(2, from).getResultList()) {
            Object[] r = (Object[]) o;
            firmOf.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }

        Map<Long, int[]> byLawyer = new HashMap<>();
        Map<Long, int[]> byFirm = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT lawyer_id, firm_id, COUNT(*), COUNT(closed_on) FROM assignment"
                        + " WHERE assigned_on >= ?1 AND assigned_on < ?2 AND (end_reason IS NULL OR end_reason <> ?3)" + one
                        + " GROUP BY lawyer_id, firm_id")
                .setParameter(1, from).setParameter(2, to).setParameter(3, WITHDREW).getResultList()) {
            Object[] r = (Object[]) o;
            int assigned = ((Number) r[2]).intValue();
            int completed = ((Number) r[3]).intValue();
            add(byLawyer, ((Number) r[0]).longValue(), assigned, completed);
            add(byFirm, ((Number) r[1]).longValue(), assigned, completed);
        }

        Map<Long, List<ServiceUnits>> service = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT lawyer_id, COUNT(DISTINCT duty_date) FROM duty_shift"
                        + " WHERE duty_date >= ?1 AND duty_date < ?2" + one + " GROUP BY lawyer_id")
                .setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] r = (Object[]) o;
            service.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(ServiceUnits.of(CreditKind.DUTY_DAY, ((Number) r[1]).intValue()));
        }
        for (Object o : em.createNativeQuery("SELECT lawyer_id, credit_kind, SUM(units) FROM quota_service"
                        + " WHERE service_on >= ?1 AND service_on < ?2" + one + " GROUP BY lawyer_id, credit_kind")
                .setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] r = (Object[]) o;
            service.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new ServiceUnits(CreditKind.valueOf((String) r[1]), decimal(r[2])));
        }

        Map<Long, List<QuotaReduction>> reductions = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT lawyer_id, reason, cases, note FROM quota_reduction"
                        + " WHERE quota_year = ?1 AND cancelled_at IS NULL" + one)
                .setParameter(1, year).getResultList()) {
            Object[] r = (Object[]) o;
            reductions.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new QuotaReduction(ReductionReason.valueOf((String) r[1]), decimal(r[2]), (String) r[3]));
        }

        Map<Long, QuotaProgress> lawyers = new LinkedHashMap<>();
        Map<Long, Integer> firmSize = new HashMap<>();
        Map<Long, BigDecimal> firmQuotaSum = new HashMap<>();
        Map<Long, List<ServiceUnits>> firmService = new HashMap<>();
        for (Map.Entry<Long, Long> e : firmOf.entrySet()) {
            long id = e.getKey();
            long firm = e.getValue();
            List<ServiceUnits> done = service.getOrDefault(id, List.of());
            QuotaProgress p = progress(rule, reductions.getOrDefault(id, List.of()), byLawyer.getOrDefault(id, new int[2]), done);
            lawyers.put(id, p);
            firmSize.merge(firm, 1, Integer::sum);
            firmQuotaSum.merge(firm, p.quota(), BigDecimal::add);
            firmService.computeIfAbsent(firm, k -> new ArrayList<>()).addAll(done);
        }

        Map<Long, QuotaProgress> firms = new LinkedHashMap<>();
        if (only == null) {
            for (Map.Entry<Long, Integer> e : firmSize.entrySet()) {
                long firm = e.getKey();
                int[] counts = byFirm.getOrDefault(firm, new int[2]);
                BigDecimal quota = rule.firmMode() == FirmQuotaMode.BY_SIZE && rule.bands().stream().noneMatch(b -> b.covers(e.getValue()))
                        ? BigDecimal.ZERO : rule.firmQuota(e.getValue(), firmQuotaSum.get(firm));
                firms.put(firm, QuotaProgress.of(quota, List.of(), counts[0], Math.min(counts[1], counts[0]),
                        rule.credited(convertible(rule, firmService.get(firm)))));
            }
        }
        return new Ledger(rule, lawyers, firms);
    }

    private static QuotaProgress progress(QuotaRule rule, List<QuotaReduction> reductions, int[] counts, List<ServiceUnits> done) {
        BigDecimal base = rule.lawyerQuota();
        BigDecimal reduced = reductions.stream().map(QuotaReduction::cases).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<QuotaReduction> applied = reduced.compareTo(base) > 0
                ? List.of(new QuotaReduction(ReductionReason.OTHER, base, "capped at the quota"))
                : reductions;
        return QuotaProgress.of(base, applied, counts[0], Math.min(counts[1], counts[0]), rule.credited(convertible(rule, done)));
    }

    /** Service of the kinds the rule converts; other kinds earn nothing (and raise no error in a report). */
    private static List<ServiceUnits> convertible(QuotaRule rule, List<ServiceUnits> done) {
        return done == null ? List.of() : done.stream().filter(s -> rule.creditRule(s.kind()).isPresent()).toList();
    }

    private static void add(Map<Long, int[]> counts, long id, int assigned, int completed) {
        int[] c = counts.computeIfAbsent(id, k -> new int[2]);
        c[0] += assigned;
        c[1] += completed;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }
}
