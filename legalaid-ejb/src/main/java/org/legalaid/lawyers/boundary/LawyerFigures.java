package org.legalaid.lawyers.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.legalaid.lawyers.QuotaProgress;
import org.legalaid.lawyers.control.QuotaLedger;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The lawyers context's own figures for statistics, reports and public disclosure (issue 17
 * "duty-lawyer service" and "lawyers' quota fulfilment"), within the given units (narrowed to the
 * caller's scope):
 * <ul>
 *   <li>duty-lawyer service (值班律师, LAL art. 14 and 30): the half-days of duty rostered in the days
 *       {@code from} to {@code to}, both included, at the duty stations of the units, by the kind of
 *       station (court, procuratorate, detention centre) — one GROUP BY over the roster;</li>
 *   <li>quota fulfilment (LAL art. 60; seed 003 "完成法律援助办案指标"): of the lawyers of the units'
 *       firms in the quota year of {@code to}, how many have a quota above zero and how many have fulfilled it,
 *       from the quota ledger as the quota pages compute it (assigned plus credited against the quota
 *       after reductions).</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER})
public class LawyerFigures {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    @Inject
    private OrganisationService organisation;

    @Inject
    private QuotaLedger ledger;

    /** The lawyers context's figures for the units (those of the caller's scope) and days. */
    public Map<String, Long> count(@NotNull Collection<Long> unitIds, @NotNull LocalDate from, @NotNull LocalDate to) {
        Set<Long> units = new HashSet<>(unitIds);
        units.retainAll(organisation.findUnitIdsInScope());
        Map<String, Long> f = new TreeMap<>();
        if (units.isEmpty()) {
            return f;
        }
        f.put("duty.halfDays", 0L); // shown as 0 rather than missing when nobody was on duty
        for (Object[] r : em.createQuery("select s.type, count(d) from RosterShift d, DutyStation s where s.id = d.stationId"
                        + " and s.unitId in :units and d.date >= :from and d.date <= :to group by s.type", Object[].class)
                .setParameter("units", units).setParameter("from", from).setParameter("to", to).getResultList()) {
            f.merge("duty.halfDays", (Long) r[1], Long::sum);
            f.put("duty.halfDays.station." + r[0], (Long) r[1]);
        }

        List<Long> lawyers = em.createQuery("select l.id from Lawyer l, LawFirm m where m.id = l.firmId and m.unitId in :units",
                Long.class).setParameter("units", units).getResultList();
        if (!lawyers.isEmpty()) {
            long withQuota = 0;
            long fulfilled = 0;
            for (QuotaProgress p : ledger.lawyerProgress(to.getYear(), lawyers).values()) {
                if (p.quota().signum() > 0) {
                    withQuota++;
                    if (p.fulfilment().compareTo(BigDecimal.ONE) >= 0) {
                        fulfilled++;
                    }
                }
            }
            f.put("quota.lawyers", withQuota);
            f.put("quota.lawyers.fulfilled", fulfilled);
        }
        return f;
    }
}
