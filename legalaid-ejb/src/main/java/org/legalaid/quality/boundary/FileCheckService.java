package org.legalaid.quality.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.quality.FindingType;
import org.legalaid.quality.control.FileCheckSummaries;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Roles;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The automatic check of every archived case (一案一评, issue 16) summed up for the supervisors of the units: per
 * unit and per lawyer, how many cases were archived in a window, how many have findings (missing or defective
 * file items, no meeting record, dates out of order, late steps, struck-out entries, no follow-up visit) and of
 * which kind — where to look before a sample is drawn (seed 004 "三、主要问题").
 */
@Stateless
@RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
public class FileCheckService {

    @Inject
    private FileCheckSummaries summaries;

    @Inject
    private OrganisationService organisation;

    /** One unit's line: its archived cases, those with findings, the findings in all and by type. */
    public record UnitSummary(long unitId, String unitName, long cases, long withFindings, long findings,
                              Map<FindingType, Long> byType) implements Serializable {
    }

    /** One lawyer's line. */
    public record LawyerSummary(long lawyerId, String lawyerName, String firmName, long cases, long withFindings, long findings)
            implements Serializable {
    }

    /**
     * The units of the caller's scope with cases archived from {@code from} to {@code to}.
     *
     * @throws BusinessException {@code quality.check.windowOrder} for a window ending before it starts
     */
    public List<UnitSummary> summariseUnits(@NotNull LocalDate from, @NotNull LocalDate to) {
        window(from, to);
        List<Long> scope = organisation.findUnitIdsInScope();
        Map<Long, String> names = organisation.findUnitNamesInScope();
        Map<Long, Map<FindingType, Long>> types = new HashMap<>();
        for (Object[] r : summaries.perUnitAndType(scope, from, to)) {
            types.computeIfAbsent(((Number) r[0]).longValue(), k -> new EnumMap<>(FindingType.class))
                    .put((FindingType) r[1], ((Number) r[2]).longValue());
        }
        List<UnitSummary> out = new ArrayList<>();
        for (Object[] r : summaries.perUnit(scope, from, to)) {
            long unit = ((Number) r[0]).longValue();
            out.add(new UnitSummary(unit, names.getOrDefault(unit, String.valueOf(unit)), ((Number) r[1]).longValue(),
                    num(r[2]), num(r[3]), types.getOrDefault(unit, Map.of())));
        }
        return out;
    }

    /** A page of the lawyers of the caller's units' cases archived in the window, most findings first. */
    public List<LawyerSummary> findLawyerSummaries(@NotNull LocalDate from, @NotNull LocalDate to, @Min(0) int first,
                                                   @Min(1) @Max(500) int max) {
        window(from, to);
        List<LawyerSummary> out = new ArrayList<>();
        for (Object[] r : summaries.perLawyer(organisation.findUnitIdsInScope(), from, to, first, max)) {
            out.add(new LawyerSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                    num(r[4]), num(r[5])));
        }
        return out;
    }

    public long countLawyers(@NotNull LocalDate from, @NotNull LocalDate to) {
        window(from, to);
        return summaries.countLawyers(organisation.findUnitIdsInScope(), from, to);
    }

    private static void window(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new BusinessException("quality.check.windowOrder");
        }
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
