package org.legalaid.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.legalaid.cases.TerminationState;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.Roles;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cases context's own figures for statistics and reports (issue 17): cases opened (assigned) by
 * matter type, ended, archived, and terminated by ground (LAL art. 48) — each counted by one GROUP BY
 * over the cases context's own tables, within the given units (narrowed to the caller's scope) and
 * the days {@code from} to {@code to}, both included.
 */
@Stateless
@RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER})
public class CaseFigures {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    @Inject
    private OrganisationService organisation;

    /** The cases context's figures for the units (those of the caller's scope) and days. */
    public Map<String, Long> count(@NotNull Collection<Long> unitIds, @NotNull LocalDate from, @NotNull LocalDate to) {
        Set<Long> units = new HashSet<>(unitIds);
        units.retainAll(organisation.findUnitIdsInScope());
        Map<String, Long> f = new TreeMap<>();
        if (units.isEmpty()) {
            return f;
        }
        for (Object[] r : em.createQuery("select c.matterType, count(c) from LegalCase c where c.unitId in :units"
                        + " and c.assignedOn >= :from and c.assignedOn <= :to group by c.matterType", Object[].class)
                .setParameter("units", units).setParameter("from", from).setParameter("to", to).getResultList()) {
            f.merge("cases.opened", (Long) r[1], Long::sum);
            f.put("cases.opened.matter." + r[0], (Long) r[1]);
        }
        f.put("cases.ended", em.createQuery("select count(c) from LegalCase c where c.unitId in :units"
                        + " and c.endedOn >= :from and c.endedOn <= :to", Long.class)
                .setParameter("units", units).setParameter("from", from).setParameter("to", to).getSingleResult());
        f.put("cases.archived", em.createQuery("select count(c) from LegalCase c where c.unitId in :units"
                        + " and c.archivedOn >= :from and c.archivedOn <= :to", Long.class)
                .setParameter("units", units).setParameter("from", from).setParameter("to", to).getSingleResult());
        for (Object[] r : em.createQuery("select t.ground, count(t) from CaseTermination t where t.unitId in :units"
                        + " and t.state = :approved and t.decidedOn >= :from and t.decidedOn <= :to group by t.ground", Object[].class)
                .setParameter("units", units).setParameter("approved", TerminationState.APPROVED)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            f.merge("cases.terminated", (Long) r[1], Long::sum);
            f.put("cases.terminated.ground." + r[0], (Long) r[1]);
        }
        return f;
    }

    /**
     * Cases opened (assigned) in the days {@code from} to {@code to}, both included, per unit — the one
     * figure of the targets' progress (seed 003 "全年办理法律援助案件120件以上"), for the workbench card,
     * counted by one GROUP BY over the given units (narrowed to the caller's scope) without the rest
     * of {@link #count}. A unit without cases is absent.
     */
    public Map<Long, Long> countOpenedByUnit(@NotNull Collection<Long> unitIds, @NotNull LocalDate from, @NotNull LocalDate to) {
        Set<Long> units = new HashSet<>(unitIds);
        units.retainAll(organisation.findUnitIdsInScope());
        Map<Long, Long> f = new TreeMap<>();
        if (units.isEmpty()) {
            return f;
        }
        for (Object[] r : em.createQuery("select c.unitId, count(c) from LegalCase c where c.unitId in :units"
                        + " and c.assignedOn >= :from and c.assignedOn <= :to group by c.unitId", Object[].class)
                .setParameter("units", units).setParameter("from", from).setParameter("to", to).getResultList()) {
            f.put((Long) r[0], (Long) r[1]);
        }
        return f;
    }
}
