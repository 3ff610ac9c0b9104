package org.legalaid.lawyers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.QuotaReductionEntry;
import org.legalaid.lawyers.QuotaRuleEntry;
import org.legalaid.lawyers.QuotaServiceEntry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Storage of the year's quota rules, reductions and credited service. The progress computed from
 * them is {@code QuotaLedger}'s; this class only reads and writes the rows.
 */
@ApplicationScoped
public class QuotaRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public Optional<QuotaRuleEntry> findRule(int year) {
        return em.createQuery("select r from QuotaRuleEntry r where r.year = :y", QuotaRuleEntry.class)
                .setParameter("y", year).getResultStream().findFirst();
    }

    /** The years that have a rule, newest first. */
    public List<Integer> findRuleYears() {
        return em.createQuery("select r.year from QuotaRuleEntry r order by r.year desc", Integer.class).getResultList();
    }

    public QuotaRuleEntry addRule(QuotaRuleEntry rule) {
        em.persist(rule);
        return rule;
    }

    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    /** Flushes pending writes so that a constraint violation surfaces here. */
    public void flush() {
        em.flush();
    }

    public Optional<Lawyer> findLawyer(long id) {
        return Optional.ofNullable(em.find(Lawyer.class, id));
    }

    /**
     * The lawyer, with its row locked until the transaction ends: reductions of one lawyer are
     * then added one after the other, so two officers cannot together reduce beyond the quota.
     */
    public Optional<Lawyer> lockLawyer(long id) {
        return Optional.ofNullable(em.find(Lawyer.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<QuotaReductionEntry> findReduction(long id) {
        return Optional.ofNullable(em.find(QuotaReductionEntry.class, id));
    }

    /** A lawyer's reductions of the year, cancelled ones included, oldest first. */
    public List<QuotaReductionEntry> findReductions(long lawyerId, int year) {
        return em.createQuery("select r from QuotaReductionEntry r where r.lawyerId = :l and r.year = :y order by r.recordedAt, r.id",
                        QuotaReductionEntry.class)
                .setParameter("l", lawyerId).setParameter("y", year).getResultList();
    }

    /** A lawyer's credited service of the year, newest first. */
    public List<QuotaServiceEntry> findService(long lawyerId, int year) {
        return em.createQuery("select s from QuotaServiceEntry s where s.lawyerId = :l and s.serviceOn between :a and :b"
                        + " order by s.serviceOn desc, s.id desc", QuotaServiceEntry.class)
                .setParameter("l", lawyerId).setParameter("a", LocalDate.of(year, 1, 1))
                .setParameter("b", LocalDate.of(year, 12, 31)).getResultList();
    }

    /**
     * Every lawyer's name, firm and status, for the report lines: rows of [lawyer id, name, firm
     * id, firm name, status]. One query for the whole pool instead of one per line.
     */
    public List<Object[]> findLawyerNames() {
        return em.createQuery("select l.id, l.name, f.id, f.name, l.status from Lawyer l, LawFirm f where f.id = l.firmId",
                Object[].class).getResultList();
    }

    /** Every firm's name: rows of [firm id, name]. */
    public List<Object[]> findFirmNames() {
        return em.createQuery("select f.id, f.name from LawFirm f", Object[].class).getResultList();
    }
}
