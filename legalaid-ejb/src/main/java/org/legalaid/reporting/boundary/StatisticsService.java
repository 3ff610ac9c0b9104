package org.legalaid.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.legalaid.cases.boundary.CaseFigures;
import org.legalaid.complaints.boundary.ComplaintFigures;
import org.legalaid.funding.boundary.FundingFigures;
import org.legalaid.intake.boundary.IntakeFigures;
import org.legalaid.lawyers.boundary.LawyerFigures;
import org.legalaid.quality.boundary.QualityFigures;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.reporting.Figures;
import org.legalaid.reporting.Period;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics of a unit with its subtree over any period (issue 17 "Figures and reports"; seed
 * 003), with the same period a year earlier for growth. A district sees its own subtree, the city
 * everything: the unit must lie in the caller's scope ({@link OrganisationService#findUnitIdsInSubtree}).
 *
 * <p>The figures come from the contexts that own the data, each counting with one GROUP BY over its
 * own tables ({@link IntakeFigures}, {@link CaseFigures}, {@link LawyerFigures}, {@link FundingFigures},
 * {@link ComplaintFigures}, {@link QualityFigures}) — chosen over a read model fed by events
 * because the counts are then always those of the records themselves (a corrected or back-dated
 * record counts where it belongs), with no second copy of 1,000,000 cases to keep in step.
 *
 * <p>The subsidies paid come as yuan ({@link java.math.BigDecimal}) and are kept as whole fen under
 * {@code funding.subsidies.paid.source.<source>.fen} ({@link Figures#isAmount}), beside the number paid.
 */
@Stateless
@RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER})
public class StatisticsService {

    static final String UNIT = "OrgUnit";

    @Inject
    private OrganisationService organisation;

    @Inject
    private IntakeFigures intake;

    @Inject
    private CaseFigures cases;

    @Inject
    private LawyerFigures lawyers;

    @Inject
    private FundingFigures funding;

    @Inject
    private ComplaintFigures complaints;

    @Inject
    private QualityFigures quality;

    /**
     * The figures of a unit with its subtree over a period.
     *
     * @throws NotFoundException when the unit is not in the caller's scope
     */
    public Figures figures(long unitId, @NotNull Period period) {
        List<Long> units = organisation.findUnitIdsInSubtree(unitId);
        if (units.isEmpty()) {
            throw new NotFoundException(UNIT, unitId);
        }
        Map<String, Long> all = new TreeMap<>(intake.count(units, period.start(), period.end()));
        all.putAll(cases.count(units, period.start(), period.end()));
        all.putAll(lawyers.count(units, period.start(), period.end()));
        funding.paidBySource(units, period.start(), period.end()).forEach((source, paid) -> {
            all.put("funding.subsidies.paid.source." + source, paid.count());
            all.put("funding.subsidies.paid.source." + source + Figures.AMOUNT_SUFFIX, Figures.fen(paid.yuan()));
        });
        all.putAll(complaints.count(units, period.start(), period.end()));
        all.putAll(quality.count(units, period.start(), period.end()));
        return new Figures(all);
    }

    /** The figures of a period and of the same period a year earlier (同比). */
    public Comparison compare(long unitId, @NotNull Period period) {
        return new Comparison(period, figures(unitId, period), figures(unitId, period.previousYear()));
    }
}
