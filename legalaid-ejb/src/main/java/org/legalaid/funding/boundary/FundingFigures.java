package org.legalaid.funding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.legalaid.funding.ClaimState;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The funding context's own figures for statistics, reports and public disclosure (issue 17 "subsidies
 * paid by fund"; LAL art. 58 "法律援助经费使用情况"): the case subsidies paid in the days {@code from}
 * to {@code to} (China's calendar, both included) by the source of the fund that paid them — the
 * number of payments and their sum in yuan — counted by one GROUP BY over funding's own tables
 * (the claim and its fund), within the given units (narrowed to the caller's scope).
 *
 * <p>The amounts stay {@link BigDecimal} yuan; the reporting context names and keeps them.
 */
@Stateless
@RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER})
public class FundingFigures {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    @Inject
    private OrganisationService organisation;

    /**
     * The subsidies paid from the funds of one source: how many, and their sum in yuan.
     *
     * @param count payments
     * @param yuan  their sum, two decimals
     */
    public record Paid(long count, BigDecimal yuan) implements java.io.Serializable {
    }

    /** The subsidies paid in the units (those of the caller's scope) and days, by fund source ({@code FundSource} name). */
    public Map<String, Paid> paidBySource(@NotNull Collection<Long> unitIds, @NotNull LocalDate from, @NotNull LocalDate to) {
        return paid(unitIds, from, to);
    }

    private Map<String, Paid> paid(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Set<Long> units = new HashSet<>(unitIds);
        units.retainAll(organisation.findUnitIdsInScope());
        Map<String, Paid> out = new TreeMap<>();
        if (units.isEmpty()) {
            return out;
        }
        OffsetDateTime fromAt = from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        OffsetDateTime toAt = to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        for (Object[] r : em.createQuery("select f.source, count(c), sum(c.amount) from SubsidyClaim c, Fund f"
                        + " where f.id = c.fundId and c.unitId in :units and c.state = :paid"
                        + " and c.paidAt >= :from and c.paidAt < :to group by f.source", Object[].class)
                .setParameter("units", units).setParameter("paid", ClaimState.PAID)
                .setParameter("from", fromAt).setParameter("to", toAt).getResultList()) {
            out.put(String.valueOf(r[0]), new Paid((Long) r[1], ((BigDecimal) r[2]).setScale(2)));
        }
        return out;
    }
}
