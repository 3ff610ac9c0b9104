package org.legalaid.quality.boundary;

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
 * The quality context's own figures for statistics, reports and public disclosure (issue 17 "quality
 * grades"; LAL art. 58 "法律援助服务质量"): the final grades (seed 004: 优秀、良好、合格、不合格; final once
 * published and past objection) that became final in the days {@code from} to {@code to}, both
 * included, by grade — counted by one GROUP BY over quality's own sample table, by the unit that
 * handled the case, within the given units (narrowed to the caller's scope).
 */
@Stateless
@RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER})
public class QualityFigures {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    @Inject
    private OrganisationService organisation;

    /** The quality context's figures for the units (those of the caller's scope) and days. */
    public Map<String, Long> count(@NotNull Collection<Long> unitIds, @NotNull LocalDate from, @NotNull LocalDate to) {
        Set<Long> units = new HashSet<>(unitIds);
        units.retainAll(organisation.findUnitIdsInScope());
        Map<String, Long> f = new TreeMap<>();
        if (units.isEmpty()) {
            return f;
        }
        f.put("quality.graded", 0L);
        for (Object[] r : em.createQuery("select s.finalGrade, count(s) from SampledCase s where s.unitId in :units"
                        + " and s.finalGrade is not null and s.finalOn >= :from and s.finalOn <= :to group by s.finalGrade",
                        Object[].class)
                .setParameter("units", units).setParameter("from", from).setParameter("to", to).getResultList()) {
            f.merge("quality.graded", (Long) r[1], Long::sum);
            f.put("quality.grade." + r[0], (Long) r[1]);
        }
        return f;
    }
}
