package org.legalaid.quality.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The automatic check of archived files (一案一评) summed up from quality's own read model: per unit and per
 * lawyer, the cases archived in a window, those with findings and the findings, and the findings by type.
 */
@ApplicationScoped
public class FileCheckSummaries {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    /** Per unit: unit id, cases, cases with findings, findings. */
    public List<Object[]> perUnit(Collection<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a.unitId, count(a), sum(case when a.findingCount > 0 then 1 else 0 end), sum(a.findingCount) "
                        + "from ArchivedCase a where a.unitId in :u and a.archivedOn between :f and :t group by a.unitId order by a.unitId",
                Object[].class).setParameter("u", units).setParameter("f", from).setParameter("t", to).getResultList();
    }

    /** Per unit and type: unit id, finding type, findings. */
    public List<Object[]> perUnitAndType(Collection<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a.unitId, f.type, count(a) from ArchivedCase a join a.findings f "
                        + "where a.unitId in :u and a.archivedOn between :f and :t group by a.unitId, f.type", Object[].class)
                .setParameter("u", units).setParameter("f", from).setParameter("t", to).getResultList();
    }

    /** A page of lawyers, most findings first: lawyer id, name, firm, cases, cases with findings, findings. */
    public List<Object[]> perLawyer(Collection<Long> units, LocalDate from, LocalDate to, int first, int max) {
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a.lawyerId, a.lawyerName, a.firmName, count(a), sum(case when a.findingCount > 0 then 1 else 0 end), "
                        + "sum(a.findingCount) from ArchivedCase a where a.unitId in :u and a.archivedOn between :f and :t "
                        + "and a.lawyerId is not null group by a.lawyerId, a.lawyerName, a.firmName "
                        + "order by sum(a.findingCount) desc, a.lawyerId", Object[].class)
                .setParameter("u", units).setParameter("f", from).setParameter("t", to)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countLawyers(Collection<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(distinct a.lawyerId) from ArchivedCase a where a.unitId in :u "
                        + "and a.archivedOn between :f and :t and a.lawyerId is not null", Long.class)
                .setParameter("u", units).setParameter("f", from).setParameter("t", to).getSingleResult();
    }
}
