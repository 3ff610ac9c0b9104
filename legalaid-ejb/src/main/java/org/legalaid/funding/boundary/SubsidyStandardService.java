package org.legalaid.funding.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.legalaid.funding.FundingSettings;
import org.legalaid.funding.NewSubsidyStandard;
import org.legalaid.funding.RuleCode;
import org.legalaid.funding.RuleSetting;
import org.legalaid.funding.SettingsForm;
import org.legalaid.funding.Severity;
import org.legalaid.funding.SubsidyStandard;
import org.legalaid.funding.control.FundRepository;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.control.CurrentTime;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * Subsidy standards as data (issue 13, "Subsidy standards and calculation"; LAL art. 52): the
 * finance approver enters the rate per region, matter type and stage with its effective dates — two of
 * the same region, matter type and stage may not overlap — and ends a standard for the next to follow;
 * keeps the settings (rate date, second-approval amount, quality factors, rule thresholds) and switches
 * the rules. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
public class SubsidyStandardService {

    private static final String STANDARD = "SubsidyStandard";

    @Inject
    private FundRepository funds;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    @Inject
    private Actors actors;

    @Inject
    private Event<AuditEvent> audit;

    @Resource
    private SessionContext context;

    /**
     * Adds a standard for a unit of the caller's (the unit and everything under it).
     *
     * @throws BusinessException {@code funding.standard.overlap} (the other standard's dates); the
     *                           checks of {@link SubsidyStandard}
     */
    @RolesAllowed(Roles.FINANCE_APPROVER)
    public SubsidyStandard addStandard(@NotNull @Valid NewSubsidyStandard form) {
        organisation.getUnit(form.getUnitId());
        SubsidyStandard s = new SubsidyStandard(form.getUnitId(), form, actors.username(), time.now());
        for (SubsidyStandard other : funds.lockStandardsOf(form.getUnitId(), form.getMatterType(), form.getStage())) {
            if (other.overlaps(s)) {
                throw new BusinessException("funding.standard.overlap", other.getEffectiveFrom(),
                        other.getEffectiveTo() == null ? "—" : other.getEffectiveTo());
            }
        }
        funds.addStandard(s);
        audit.fire(AuditEvent.of(AuditAction.CREATE, STANDARD, s.getId(), "standard " + s.getMatterType() + "/"
                + s.getStage() + " unit " + s.getUnitId() + ": " + s.getBaseAmount() + " from " + s.getEffectiveFrom()
                + (s.getEffectiveTo() == null ? "" : " to " + s.getEffectiveTo()) + " (" + s.getBasis() + ")"));
        return s;
    }

    /** Ends a standard with its last day, for a new one to follow. */
    @RolesAllowed(Roles.FINANCE_APPROVER)
    public SubsidyStandard endStandard(long id, @NotNull LocalDate lastDay) {
        SubsidyStandard s = funds.lockStandard(id).filter(x -> organisation.findUnitIdsInScope().contains(x.getUnitId()))
                .orElseThrow(() -> new NotFoundException(STANDARD, id));
        LocalDate before = s.getEffectiveTo();
        s.endOn(lastDay, actors.username());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, STANDARD, id, "ended: " + before + " → " + lastDay));
        return s;
    }

    /** Whether the caller may change standards, settings and rules (the page offers it only then). */
    public boolean mayChange() {
        return context.isCallerInRole(Roles.FINANCE_APPROVER);
    }

    /** The standards that apply in the caller's units (their own and those of the units above). */
    public List<SubsidyStandard> findStandards() {
        CallerUnits units = callerUnits();
        return funds.findStandards(units.all());
    }

    public FundingSettings getSettings() {
        return funds.settings();
    }

    /**
     * Changes the settings as seen at {@code expectedVersion}.
     *
     * @throws BusinessException {@code error.staleData}; the checks of {@link FundingSettings#change}
     */
    @RolesAllowed(Roles.FINANCE_APPROVER)
    public FundingSettings changeSettings(@NotNull @Valid SettingsForm form, long expectedVersion) {
        FundingSettings s = funds.lockSettings();
        if (s.getVersion() != expectedVersion) {
            throw new BusinessException("error.staleData");
        }
        s.change(form, actors.username(), time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, "FundingSettings", 1, "rate date " + s.getRateDateBasis()
                + ", second approval above " + s.getSecondApprovalAbove() + ", factors " + form.getFactorExcellent() + "/"
                + form.getFactorGood() + "/" + form.getFactorPass() + "/" + form.getFactorFail() + "/"
                + form.getFactorNotEvaluated() + ", split " + s.getSplitMinCount() + " in " + s.getSplitWindowDays()
                + " days within " + s.getSplitMarginPercent() + "%, pass on in " + s.getPassOnDays() + " days, reconciliation window "
                + s.getReconWindowDays() + " days, statements up to " + s.getStatementMaxMb() + " MB"));
        return s;
    }

    public List<RuleSetting> findRuleSettings() {
        return funds.ruleSettings().stream().sorted(Comparator.comparing(RuleSetting::getRule)).toList();
    }

    /** Switches a rule on or off and sets its severity. */
    @RolesAllowed(Roles.FINANCE_APPROVER)
    public RuleSetting changeRule(@NotNull RuleCode rule, boolean enabled, @NotNull Severity severity) {
        RuleSetting r = funds.ruleSetting(rule).orElseThrow(() -> new NotFoundException("RuleSetting", rule));
        r.change(enabled, severity, actors.username(), time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, "RuleSetting", rule, (enabled ? "on" : "off") + ", " + severity));
        return r;
    }

    private CallerUnits callerUnits() {
        long own = organisation.getCaller().getUnitId();
        List<Long> above = organisation.findUnitAndAncestorIds(own);
        List<Long> below = organisation.findUnitIdsInScope();
        java.util.LinkedHashSet<Long> all = new java.util.LinkedHashSet<>(above);
        all.addAll(below);
        return new CallerUnits(List.copyOf(all));
    }

    private record CallerUnits(List<Long> all) {
    }

}
