package org.legalaid.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.intake.ExemptionRule;
import org.legalaid.intake.ExemptionRuleEntry;

import java.util.List;
import java.util.Optional;

/** Storage of the exemption grounds, in the order they are tried. */
@ApplicationScoped
public class ExemptionRuleRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public ExemptionRuleEntry add(ExemptionRuleEntry e) {
        em.persist(e);
        return e;
    }

    public List<ExemptionRuleEntry> findAll() {
        return em.createQuery("select e from ExemptionRuleEntry e order by e.position, e.id", ExemptionRuleEntry.class)
                .getResultList();
    }

    /** The grounds in force, in order: what the review applies. */
    public List<ExemptionRule> findActiveRules() {
        return em.createQuery("select e from ExemptionRuleEntry e where e.active = true order by e.position, e.id",
                        ExemptionRuleEntry.class)
                .getResultList().stream().map(ExemptionRuleEntry::rule).toList();
    }

    public Optional<ExemptionRuleEntry> findByCode(String code) {
        return em.createQuery("select e from ExemptionRuleEntry e where e.code = :c", ExemptionRuleEntry.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public int nextPosition() {
        Integer max = em.createQuery("select max(e.position) from ExemptionRuleEntry e", Integer.class).getSingleResult();
        return max == null ? 10 : max + 10;
    }
}
