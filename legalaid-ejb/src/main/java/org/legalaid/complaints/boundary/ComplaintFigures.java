package org.legalaid.complaints.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.Roles;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The complaints context's own figures for statistics, reports and public disclosure (issue 17
 * "complaints by outcome"; the public page's "complaints handled"): complaints received, and those
 * decided by outcome (supported or not, and how — 投诉处理办法), in the days {@code from} to
 * {@code to}, both included — each counted by one GROUP BY over the complaints context's own table,
 * within the given units (narrowed to the caller's scope).
 */
@Stateless
@RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER})
public class ComplaintFigures {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    @Inject
    private OrganisationService organisation;

    /** The complaints context's figures for the units (those of the caller's scope) and days. */
    public Map<String, Long> count(@NotNull Collection<Long> unitIds, @NotNull LocalDate from, @NotNull LocalDate to) {
        Set<Long> units = new HashSet<>(unitIds);
        units.retainAll(organisation.findUnitIdsInScope());
        Map<String, Long> f = new TreeMap<>();
        if (units.isEmpty()) {
            return f;
        }
        f.put("complaints.received", em.createQuery("select count(c) from Complaint c where c.unitId in :units"
                        + " and c.receivedAt >= :from and c.receivedAt < :to", Long.class)
                .setParameter("units", units).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getSingleResult());
        f.put("complaints.decided", 0L);
        for (Object[] r : em.createQuery("select c.outcome, count(c) from Complaint c where c.unitId in :units"
                        + " and c.decidedAt >= :from and c.decidedAt < :to group by c.outcome", Object[].class)
                .setParameter("units", units).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getResultList()) {
            f.merge("complaints.decided", (Long) r[1], Long::sum);
            f.put("complaints.decided.outcome." + r[0], (Long) r[1]);
        }
        return f;
    }
}
