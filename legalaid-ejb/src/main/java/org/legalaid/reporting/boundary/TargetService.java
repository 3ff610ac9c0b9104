package org.legalaid.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.legalaid.cases.boundary.CaseFigures;
import org.legalaid.intake.boundary.IntakeFigures;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.reporting.Target;
import org.legalaid.reporting.TargetMeasure;
import org.legalaid.reporting.TargetProgress;
import org.legalaid.reporting.control.ReportRepository;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.control.CurrentTime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Targets per unit and year, and the progress against them (issue 17 "Targets"; seed 003: 120+
 * cases a year, 40 % of civil and administrative cases through workstations, "将工作目标任务分解落实"
 * — a target may be set for a district centre or for a workstation under it). The bureau's
 * supervisor sets them; the supervisor and the centres' directors read the progress of the units in
 * their scope, each against the expected progress for the day ({@link TargetProgress}).
 */
@Stateless
@RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER})
public class TargetService {

    static final String TARGET = "Target";

    @Inject
    private ReportRepository repository;

    @Inject
    private CaseFigures cases;

    @Inject
    private IntakeFigures intake;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Actors actors;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    /** Whether the caller sets targets (the bureau's supervisor); the page offers the form only then. */
    public boolean mayManageTargets() {
        return context.isCallerInRole(Roles.BUREAU_SUPERVISOR);
    }

    /**
     * Sets a unit's target for a year, or changes it.
     *
     * @param expectedVersion the version the supervisor edited, {@code null} for a new target
     * @throws BusinessException the checks of {@link Target#checked} ({@code reporting.target.negative} …);
     *                           {@code error.staleData} when someone changed it meanwhile
     */
    @RolesAllowed(Roles.BUREAU_SUPERVISOR)
    public Target setTarget(long unitId, @Min(2000) @Max(2100) int year, @NotNull TargetMeasure measure, BigDecimal value,
                            Long expectedVersion) {
        requireInScope(unitId);
        Target.checked(measure, value);
        Optional<Target> existing = repository.findTarget(unitId, year, measure);
        if (existing.isPresent()) {
            Target t = existing.get();
            if (expectedVersion == null || t.getVersion() != expectedVersion) {
                throw new BusinessException("error.staleData");
            }
            BigDecimal old = t.getValue();
            t.change(value, actors.username(), time.now());
            try {
                repository.flush();
            } catch (OptimisticLockException e) {
                throw new BusinessException("error.staleData");
            }
            audit.fire(AuditEvent.of(AuditAction.UPDATE, TARGET, t.getId(), measure + " " + year + " of unit " + unitId + ": "
                    + old + " → " + t.getValue()));
            return t;
        }
        Target t = repository.addTarget(new Target(unitId, year, measure, value, actors.username(), time.now()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, TARGET, t.getId(), measure + " " + year + " of unit " + unitId + ": " + t.getValue()));
        return t;
    }

    /**
     * The targets of the units in a unit's subtree for a year, each with its progress today.
     *
     * <p>This is the workbench card's hot path (every home page of the bureau's supervisor and the
     * directors): it asks only the figures the targets measure — cases opened ({@link CaseFigures#countOpenedByUnit})
     * and civil/administrative applications with those through workstations ({@link IntakeFigures#countCivilAdministrativeByUnit}),
     * each grouped by unit in one query over the targets' subtrees, and only when a target needs it —
     * and adds each target unit's subtree up from those rows. Nothing is counted when there is no target.
     */
    public List<TargetView> progress(long unitId, @Min(2000) @Max(2100) int year) {
        List<Long> units = organisation.findUnitIdsInSubtree(unitId);
        if (units.isEmpty()) {
            throw new NotFoundException(StatisticsService.UNIT, unitId);
        }
        List<Target> targets = repository.findTargets(units, year);
        if (targets.isEmpty()) {
            return List.of();
        }
        LocalDate today = time.today();
        Map<Long, List<Long>> subtrees = new HashMap<>();
        Set<Long> counted = new HashSet<>();
        for (Target t : targets) {
            subtrees.computeIfAbsent(t.getUnitId(), u -> {
                List<Long> sub = organisation.findUnitIdsInSubtree(u);
                counted.addAll(sub);
                return sub;
            });
        }
        boolean anyCount = targets.stream().anyMatch(t -> !t.getMeasure().share());
        boolean anyShare = targets.stream().anyMatch(t -> t.getMeasure().share());
        Map<Long, Long> opened = Map.of();
        Map<Long, long[]> civil = Map.of();
        if (today.getYear() >= year) {
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = today.getYear() > year ? LocalDate.of(year, 12, 31) : today;
            opened = anyCount ? cases.countOpenedByUnit(counted, from, to) : Map.of();
            civil = anyShare ? intake.countCivilAdministrativeByUnit(counted, from, to) : Map.of();
        }
        Map<Long, String> names = organisation.findUnitNamesInScope();
        List<TargetView> views = new ArrayList<>();
        for (Target t : targets) {
            List<Long> sub = subtrees.get(t.getUnitId());
            TargetProgress p;
            if (t.getMeasure().share()) {
                long whole = 0;
                long part = 0;
                for (Long u : sub) {
                    long[] n = civil.get(u);
                    if (n != null) {
                        whole += n[0];
                        part += n[1];
                    }
                }
                p = TargetProgress.ofShare(t.getValue(), share(part, whole));
            } else {
                long n = 0;
                for (Long u : sub) {
                    n += opened.getOrDefault(u, 0L);
                }
                p = TargetProgress.ofCount(t.getValue(), n, year, today);
            }
            views.add(new TargetView(t.getId(), t.getVersion(), t.getUnitId(), names.get(t.getUnitId()), year, t.getMeasure(), p));
        }
        return views;
    }

    static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private void requireInScope(long unitId) {
        if (organisation.findUnitIdsInSubtree(unitId).isEmpty()) {
            throw new NotFoundException(StatisticsService.UNIT, unitId);
        }
    }
}
