package org.legalaid.funding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.legalaid.funding.ClaimState;
import org.legalaid.funding.FlagState;
import org.legalaid.funding.FundingFlag;
import org.legalaid.funding.PayableCase;
import org.legalaid.funding.Payment;
import org.legalaid.funding.PaymentBatch;
import org.legalaid.funding.ProcedureStage;
import org.legalaid.funding.Severity;
import org.legalaid.funding.SubsidyClaim;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of claims, payment batches, payments, flags and the payable-case read model. */
@ApplicationScoped
public class ClaimRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    // ---- payable cases (funding's read model of archived cases) ---------------------------------

    public void addPayableCase(PayableCase row) {
        em.createNativeQuery("insert into funding_payable_case (case_id, case_number, unit_id, matter_type, lawyer_id,"
                        + " lawyer_name, firm_name, assigned_on, ended_on, archived_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, row.caseId()).setParameter(2, row.caseNumber()).setParameter(3, row.unitId())
                .setParameter(4, row.matterType().name()).setParameter(5, row.lawyerId()).setParameter(6, row.lawyerName())
                .setParameter(7, row.firmName()).setParameter(8, row.assignedOn()).setParameter(9, row.endedOn())
                .setParameter(10, row.archivedOn()).executeUpdate();
    }

    public boolean isPayableCase(long caseId) {
        return ((Number) em.createNativeQuery("select count(*) from funding_payable_case where case_id = ?")
                .setParameter(1, caseId).getSingleResult()).longValue() > 0;
    }

    /** Archived cases of the units with no active claim yet, oldest archive first. */
    @SuppressWarnings("unchecked")
    public List<PayableCase> findUnclaimed(Collection<Long> units, int max) {
        jakarta.persistence.Query q = em.createNativeQuery("select c.case_id, c.case_number, c.unit_id, c.matter_type, c.lawyer_id,"
                        + " c.lawyer_name, c.firm_name, c.assigned_on, c.ended_on, c.archived_on from funding_payable_case c"
                        + " where c.unit_id in (" + placeholders(units.size()) + ")"
                        + " and not exists (select 1 from subsidy_claim s where s.case_id = c.case_id and s.state <> 'REJECTED')"
                        + " order by c.archived_on, c.case_id")
                .setMaxResults(max);
        bind(q, units);
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(PayableCase::of).toList();
    }

    public long countUnclaimed(Collection<Long> units) {
        jakarta.persistence.Query q = em.createNativeQuery("select count(*) from funding_payable_case c where c.unit_id in ("
                + placeholders(units.size()) + ") and not exists (select 1 from subsidy_claim s"
                + " where s.case_id = c.case_id and s.state <> 'REJECTED')");
        bind(q, units);
        return ((Number) q.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public Optional<PayableCase> findPayableCase(long caseId) {
        List<Object[]> rows = em.createNativeQuery("select case_id, case_number, unit_id, matter_type, lawyer_id,"
                        + " lawyer_name, firm_name, assigned_on, ended_on, archived_on from funding_payable_case where case_id = ?")
                .setParameter(1, caseId).getResultList();
        return rows.stream().findFirst().map(PayableCase::of);
    }

    private static void bind(jakarta.persistence.Query q, Collection<Long> units) {
        int i = 1;
        for (Long u : units.isEmpty() ? List.of(-1L) : units) {
            q.setParameter(i++, u);
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(Math.max(n, 1), "?"));
    }

    // ---- claims ---------------------------------------------------------------------------------

    public SubsidyClaim addClaim(SubsidyClaim c) {
        em.persist(c);
        em.flush(); // the unique key on (case, lawyer, stage) answers now, inside the boundary
        return c;
    }

    public Optional<SubsidyClaim> findClaim(long id) {
        return Optional.ofNullable(em.find(SubsidyClaim.class, id));
    }

    public Optional<SubsidyClaim> lockClaim(long id) {
        return Optional.ofNullable(em.find(SubsidyClaim.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<SubsidyClaim> findActive(long caseId, long lawyerId, ProcedureStage stage) {
        return em.createQuery("select c from SubsidyClaim c where c.activeKey = :k", SubsidyClaim.class)
                .setParameter("k", SubsidyClaim.keyOf(caseId, lawyerId, stage)).getResultStream().findFirst();
    }

    /** Other active claims for the same case and stage (any lawyer). */
    public List<Long> findOtherActive(long caseId, ProcedureStage stage, long exceptId) {
        return em.createQuery("select c.id from SubsidyClaim c where c.caseId = :c and c.stage = :s and c.id <> :x"
                        + " and c.state <> :rejected", Long.class)
                .setParameter("c", caseId).setParameter("s", stage).setParameter("x", exceptId)
                .setParameter("rejected", ClaimState.REJECTED).getResultList();
    }

    /** Amounts of the firm's other claims approved since {@code since}. */
    public List<BigDecimal> findApprovedAmountsOfFirm(long firmId, OffsetDateTime since, long exceptId) {
        return em.createQuery("select c.amount from SubsidyClaim c where c.firmId = :f and c.id <> :x"
                        + " and c.state in :states and c.claimedAt >= :since", BigDecimal.class)
                .setParameter("f", firmId).setParameter("x", exceptId).setParameter("since", since)
                .setParameter("states", List.of(ClaimState.REVIEWED, ClaimState.AWAITING_SECOND, ClaimState.APPROVED,
                        ClaimState.BATCHED, ClaimState.PAID))
                .getResultList();
    }

    public List<SubsidyClaim> findClaims(Collection<Long> units, Collection<ClaimState> states, int first, int max) {
        return em.createQuery("select c from SubsidyClaim c where c.unitId in :u and c.state in :s"
                        + " order by c.claimedAt desc, c.id desc", SubsidyClaim.class)
                .setParameter("u", units).setParameter("s", states).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long countClaims(Collection<Long> units, Collection<ClaimState> states) {
        return em.createQuery("select count(c) from SubsidyClaim c where c.unitId in :u and c.state in :s", Long.class)
                .setParameter("u", units).setParameter("s", states).getSingleResult();
    }

    public List<SubsidyClaim> findClaimsOfCase(long caseId) {
        return em.createQuery("select c from SubsidyClaim c where c.caseId = :c order by c.id", SubsidyClaim.class)
                .setParameter("c", caseId).getResultList();
    }

    public List<SubsidyClaim> findClaimsOfBatch(long batchId) {
        return em.createQuery("select c from SubsidyClaim c where c.batchId = :b order by c.id", SubsidyClaim.class)
                .setParameter("b", batchId).getResultList();
    }

    /** Claims the nightly rules look at again: not yet paid, not rejected. */
    public List<Long> findUnpaidClaimIds() {
        return em.createQuery("select c.id from SubsidyClaim c where c.state not in :s order by c.id", Long.class)
                .setParameter("s", List.of(ClaimState.PAID, ClaimState.REJECTED)).getResultList();
    }

    // ---- batches and payments -------------------------------------------------------------------

    public PaymentBatch addBatch(PaymentBatch b) {
        em.persist(b);
        em.flush();
        return b;
    }

    public Optional<PaymentBatch> findBatch(long id) {
        return Optional.ofNullable(em.find(PaymentBatch.class, id));
    }

    public Optional<PaymentBatch> lockBatch(long id) {
        return Optional.ofNullable(em.find(PaymentBatch.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<PaymentBatch> findBatches(Collection<Long> units, int max) {
        return em.createQuery("select b from PaymentBatch b where b.unitId in :u order by b.createdAt desc",
                        PaymentBatch.class)
                .setParameter("u", units).setMaxResults(max).getResultList();
    }

    public Payment addPayment(Payment p) {
        em.persist(p);
        em.flush(); // the unique key on (case, lawyer, stage) answers now
        return p;
    }

    public List<Payment> findPayments(long batchId) {
        return em.createQuery("select p from Payment p where p.batchId = :b order by p.id", Payment.class)
                .setParameter("b", batchId).getResultList();
    }

    public Optional<Payment> findPaymentOfClaim(long claimId) {
        return em.createQuery("select p from Payment p where p.claimId = :c", Payment.class)
                .setParameter("c", claimId).getResultStream().findFirst();
    }

    public List<Payment> findPaymentsOf(Collection<Long> units, int first, int max) {
        return em.createQuery("select p from Payment p where p.batchId in"
                        + " (select b.id from PaymentBatch b where b.unitId in :u) order by p.id desc", Payment.class)
                .setParameter("u", units).setFirstResult(first).setMaxResults(max).getResultList();
    }

    // ---- flags ----------------------------------------------------------------------------------

    public Optional<FundingFlag> findFlagByKey(String dedupeKey) {
        return em.createQuery("select f from FundingFlag f where f.dedupeKey = :k", FundingFlag.class)
                .setParameter("k", dedupeKey).getResultStream().findFirst();
    }

    /** Adds a flag and writes it at once, so that its id is known for the audit trail. */
    public FundingFlag addFlagFlushed(FundingFlag f) {
        em.persist(f);
        em.flush();
        return f;
    }

    public Optional<FundingFlag> lockFlag(long id) {
        return Optional.ofNullable(em.find(FundingFlag.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<FundingFlag> findFlags(Collection<Long> units, Collection<FlagState> states, int max) {
        return em.createQuery("select f from FundingFlag f where f.unitId in :u and f.state in :s"
                        + " order by f.raisedAt desc, f.id desc", FundingFlag.class)
                .setParameter("u", units).setParameter("s", states).setMaxResults(max).getResultList();
    }

    public List<FundingFlag> findFlagsOfClaim(long claimId) {
        return em.createQuery("select f from FundingFlag f where f.claimId = :c order by f.id", FundingFlag.class)
                .setParameter("c", claimId).getResultList();
    }

    public long countOpenFlags(long claimId, Severity severity) {
        return em.createQuery("select count(f) from FundingFlag f where f.claimId = :c and f.state = :s"
                        + " and f.severity = :v", Long.class)
                .setParameter("c", claimId).setParameter("s", FlagState.OPEN).setParameter("v", severity)
                .getSingleResult();
    }

    public long countOpenFlags(Collection<Long> units) {
        return em.createQuery("select count(f) from FundingFlag f where f.unitId in :u and f.state = :s", Long.class)
                .setParameter("u", units).setParameter("s", FlagState.OPEN).getSingleResult();
    }
}
