package org.legalaid.funding.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.funding.ClaimAct;
import org.legalaid.funding.ClaimForm;
import org.legalaid.funding.ClaimState;
import org.legalaid.funding.Fund;
import org.legalaid.funding.FundUse;
import org.legalaid.funding.FundingSettings;
import org.legalaid.funding.LedgerAccount;
import org.legalaid.funding.LedgerPosting;
import org.legalaid.funding.PayableCase;
import org.legalaid.funding.PostingKind;
import org.legalaid.funding.QualityGrade;
import org.legalaid.funding.StandardSelector;
import org.legalaid.funding.SubsidyCalculation;
import org.legalaid.funding.SubsidyClaim;
import org.legalaid.funding.SubsidyStandard;
import org.legalaid.funding.control.ClaimRepository;
import org.legalaid.funding.control.FundRepository;
import org.legalaid.funding.control.FundingRules;
import org.legalaid.funding.control.Ledger;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.DeadlineFilter;
import org.legalaid.intake.boundary.DeadlineService;
import org.legalaid.lawyers.boundary.PayeeService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.control.CurrentTime;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Subsidy claims from the archived case to the approved payment (issue 13, "Claim to payment"): the
 * finance officer records the claim for the lawyer with its calculation by the standard in force; a
 * finance approver reviews it; a finance approver or the centre's director approves it, and above the
 * configured amount a second person approves again; the approval commits the money in the ledger.
 * Whoever took one duty on a claim takes no other ({@link ClaimAct}, checked here and by the database).
 * The anti-misappropriation rules run at every step, and an open flag of high severity stops the
 * approval. One case, lawyer and stage is claimed once: the database's unique key decides between
 * simultaneous claims.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
public class ClaimService {

    static final String CLAIM = "SubsidyClaim";
    private static final Set<ClaimState> ALL_STATES = EnumSet.allOf(ClaimState.class);

    @Inject
    private org.legalaid.quality.boundary.GradeService grades;

    @Inject
    private ClaimRepository claims;

    @Inject
    private FundRepository funds;

    @Inject
    private Ledger ledger;

    @Inject
    private FundingRules rules;

    @Inject
    private PayeeService payees;

    @Inject
    private DeadlineService deadlines;

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

    /** A calculation before the claim is recorded, with the standard and the proposed fund. */
    public record Preview(SubsidyCalculation calculation, SubsidyStandard standard, LocalDate rateDate, Fund proposedFund,
                          BigDecimal fundAvailable) implements java.io.Serializable {
    }

    // ---- the work ----------------------------------------------------------------------------

    /** Archived cases of the caller's units that wait for a claim, oldest archive first. */
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER})
    public List<PayableCase> findCasesToClaim(@Min(1) @Max(500) int max) {
        return claims.findUnclaimed(organisation.findUnitIdsInScope(), max);
    }

    /** An archived case of the caller's units as funding recorded it. */
    public PayableCase getPayableCase(long caseId) {
        return payable(caseId);
    }

    /** What waits for the caller: the workbench's figures. */
    public FinanceWork findWork() {
        List<Long> units = organisation.findUnitIdsInScope();
        return new FinanceWork(claims.countUnclaimed(units), claims.countClaims(units, EnumSet.of(ClaimState.CLAIMED)),
                claims.countClaims(units, EnumSet.of(ClaimState.REVIEWED, ClaimState.AWAITING_SECOND)),
                claims.countClaims(units, EnumSet.of(ClaimState.APPROVED)), claims.countOpenFlags(units),
                deadlines.countDeadlines(new DeadlineFilter(DeadlineFilter.Show.OVERDUE, ClockStep.PAY_SUBSIDY)));
    }

    /** Claims of the caller's units in the states, newest first. */
    public List<SubsidyClaim> findClaims(@NotEmpty Set<ClaimState> states, @Min(0) int first, @Min(1) @Max(500) int max) {
        return claims.findClaims(organisation.findUnitIdsInScope(), states, first, max);
    }

    public long countClaims(@NotEmpty Set<ClaimState> states) {
        return claims.countClaims(organisation.findUnitIdsInScope(), states);
    }

    /** The claims of a case of the caller's units, oldest first (for the case page). */
    public List<SubsidyClaim> findClaimsOfCase(long caseId) {
        List<Long> units = organisation.findUnitIdsInScope();
        return claims.findClaimsOfCase(caseId).stream().filter(c -> units.contains(c.getUnitId())).toList();
    }

    /** One claim with its flags and the acts open to the caller. */
    public ClaimView getClaim(long id) {
        SubsidyClaim c = inScope(id);
        FundingSettings settings = funds.settings();
        return new ClaimView(c, funds.findFund(c.getFundId()).map(Fund::getName).orElse("#" + c.getFundId()),
                claims.findFlagsOfClaim(id), actsOn(c), settings.needsSecondApproval(c.getAmount()),
                rules.hasOpenHighFlag(id), organisation.findStaffNames(people(c)));
    }

    private static java.util.Set<String> people(SubsidyClaim c) {
        java.util.Set<String> out = new java.util.HashSet<>(c.duties().values());
        if (c.getRejectedBy() != null) {
            out.add(c.getRejectedBy());
        }
        return out;
    }

    /** The acts the caller may take on the claim now (what the page offers). */
    public Set<ClaimAct> actsOn(long id) {
        return actsOn(inScope(id));
    }

    private Set<ClaimAct> actsOn(SubsidyClaim c) {
        return ClaimAct.openTo(context::isCallerInRole, actors.username(), c);
    }

    // ---- calculation and claim -----------------------------------------------------------------

    /**
     * The calculation the claim would carry, line by line, with the fund the rules propose.
     *
     * @throws BusinessException {@code funding.claim.notPayable}; {@code funding.standard.none}
     *                           (matter type, stage, rate date); the checks of the amounts
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public Preview preview(@NotNull @Valid ClaimForm form) {
        return calculate(payable(form.getCaseId()), form);
    }

    /** The rate date, standard, calculation and fund of a claim of {@code pc} as the form describes it. */
    private Preview calculate(PayableCase pc, ClaimForm form) {
        FundingSettings settings = funds.settings();
        LocalDate rateDate = pc.rateDate(settings.getRateDateBasis());
        SubsidyStandard standard = standardFor(pc, form, rateDate);
        QualityGrade grade = qualityGrade(pc.caseId());
        SubsidyCalculation calc = SubsidyCalculation.of(standard, form.getExtraParties(), form.isRemote(),
                form.getCopyingCost(), form.getTravelCost(), grade, settings.factorFor(grade));
        BigDecimal amount = form.getAmount() == null ? calc.total() : form.getAmount();
        FundChoice choice = chooseFund(pc, form.getFundId(), amount);
        return new Preview(calc, standard, rateDate, choice.fund(), choice.available());
    }

    /**
     * The case's final quality grade as it bears on pay (质量效果挂钩, seed 001): the quality context's published
     * final grade, or {@link QualityGrade#NOT_EVALUATED} when the case has none.
     */
    private QualityGrade qualityGrade(long caseId) {
        return grades.findFinalGrade(caseId).map(g -> QualityGrade.valueOf(g.name())).orElse(QualityGrade.NOT_EVALUATED);
    }

    /**
     * Records a claim for an archived case, the lawyer and the stage, with its calculation; the rules run
     * at once and their flags are listed on the claim.
     *
     * @throws BusinessException {@code funding.claim.duplicate} (case number, stage) when the case, lawyer
     *                           and stage were claimed already — also when another officer's claim
     *                           committed a moment earlier; {@code funding.claim.lawyerNotOfCase}; the
     *                           checks of {@link #preview} and of {@link SubsidyClaim}
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public SubsidyClaim claim(@NotNull @Valid ClaimForm form) {
        PayableCase pc = payable(form.getCaseId());
        long lawyerId = form.getLawyerId() != null ? form.getLawyerId() : Optional.ofNullable(pc.lawyerId())
                .orElseThrow(() -> new BusinessException("funding.claim.noLawyer", pc.caseNumber()));
        if (claims.findActive(pc.caseId(), lawyerId, form.getStage()).isPresent()) {
            throw new BusinessException("funding.claim.duplicate", pc.caseNumber(), form.getStage().labelKey());
        }
        PayeeService.Payee payee = payees.getPayee(lawyerId);
        Preview p = calculate(pc, form);
        SubsidyStandard standard = p.standard();
        LocalDate rateDate = p.rateDate();
        SubsidyClaim c = new SubsidyClaim(new SubsidyClaim.ClaimedCase(pc.caseId(), pc.caseNumber(), pc.unitId(),
                pc.matterType(), lawyerId, payee.lawyerName(), payee.firmId(), payee.firmName()), form.getStage(), rateDate,
                standard, qualityGrade(pc.caseId()), form.getExtraParties(), form.isRemote(), p.calculation(),
                form.getAmount(), form.getExceptionReason(), p.proposedFund().getId(), actors.username(), time.now());
        try {
            claims.addClaim(c);
        } catch (PersistenceException lostTheRace) {
            throw new BusinessException("funding.claim.duplicate", pc.caseNumber(), form.getStage().labelKey());
        }
        audit.fire(AuditEvent.of(AuditAction.CREATE, CLAIM, c.getId(), "claim for case " + pc.caseNumber() + ", lawyer "
                + payee.lawyerName() + ", stage " + c.getStage() + ": " + c.getAmount() + " (calculated "
                + c.getCalculatedAmount() + ", standard " + standard.getId() + ", rate date " + rateDate + "), fund "
                + p.proposedFund().getName()));
        rules.check(c, actors.username());
        return c;
    }

    // ---- review, approval, rejection -------------------------------------------------------------

    /** 审核: the finance approver checks the claim; the rules run again. */
    @RolesAllowed(Roles.FINANCE_APPROVER)
    public SubsidyClaim review(long id) {
        SubsidyClaim c = lockInScope(id);
        ClaimAct.review(context::isCallerInRole, actors.username(), c, time.now());
        rules.check(c, actors.username());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, CLAIM, id, "reviewed"));
        return c;
    }

    /**
     * 审批 or 复批: the first approval, or the second one above the configured amount. The final
     * approval commits the amount in the ledger (Dr committed, Cr available) at the nearest unit up
     * the case's tree where the fund has enough.
     *
     * @throws BusinessException {@code funding.claim.openHighFlag} while a flag of high severity is open;
     *                           {@code funding.fund.insufficient}; the checks of {@link ClaimAct}
     */
    @RolesAllowed({Roles.FINANCE_APPROVER, Roles.APPROVER})
    public SubsidyClaim approve(long id) {
        SubsidyClaim c = lockInScope(id);
        (c.getState() == ClaimState.AWAITING_SECOND ? ClaimAct.SECOND_APPROVE : ClaimAct.APPROVE)
                .require(context::isCallerInRole, actors.username(), c);
        rules.check(c, actors.username());
        if (rules.hasOpenHighFlag(id)) {
            throw new BusinessException("funding.claim.openHighFlag", c.getCaseNumber());
        }
        Fund fund = funds.findFund(c.getFundId()).orElseThrow(() -> new NotFoundException(FundService.FUND, c.getFundId()));
        if (!fund.allows(FundUse.CASE_SUBSIDY)) {
            throw new BusinessException("funding.fund.useNotAllowed", fund.getName());
        }
        boolean needsSecond = funds.settings().needsSecondApproval(c.getAmount());
        boolean finalApproval = ClaimAct.approve(context::isCallerInRole, actors.username(), c, needsSecond, time.now());
        if (finalApproval) {
            long unit = positionFor(fund, c.getUnitId(), c.getAmount());
            LedgerPosting p = ledger.post(PostingKind.COMMITMENT, CLAIM + ":" + id, "case " + c.getCaseNumber() + ", "
                    + c.getLawyerName(), actors.username(), time.now(), List.of(
                    LedgerPosting.Line.debit(fund.getId(), unit, LedgerAccount.COMMITTED, c.getAmount()),
                    LedgerPosting.Line.credit(fund.getId(), unit, LedgerAccount.AVAILABLE, c.getAmount())));
            c.committedAt(p.getSeq());
        }
        audit.fire(AuditEvent.of(AuditAction.UPDATE, CLAIM, id, finalApproval ? "approved; committed " + c.getAmount()
                + " from fund " + fund.getName() : "approved; a second approval is needed above "
                + funds.settings().getSecondApprovalAbove()));
        return c;
    }

    /** Refuses the claim with a reason before its final approval; the case may be claimed again. */
    @RolesAllowed({Roles.FINANCE_APPROVER, Roles.APPROVER})
    public SubsidyClaim reject(long id, @NotBlank @Size(max = SubsidyClaim.TEXT_MAX) @PlainText String reason) {
        SubsidyClaim c = lockInScope(id);
        ClaimAct.reject(context::isCallerInRole, actors.username(), c, reason, time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, CLAIM, id, "rejected: " + reason.strip()));
        return c;
    }

    /**
     * Charges the claim to another fund before its final approval (the approver's choice).
     *
     * @throws BusinessException {@code funding.fund.useNotAllowed} for a fund that may not pay case
     *                           subsidies (专款专用)
     */
    @RolesAllowed({Roles.FINANCE_APPROVER, Roles.APPROVER})
    public SubsidyClaim chargeTo(long id, long fundId) {
        SubsidyClaim c = lockInScope(id);
        PayableCase pc = payable(c.getCaseId());
        Fund f = chooseFund(pc, fundId, c.getAmount()).fund();
        long before = c.getFundId();
        c.chargeTo(f.getId());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, CLAIM, id, "fund " + before + " → " + f.getId()));
        return c;
    }

    /** The funds a claim of the case may be charged to: of its unit or above, this year, allowing case subsidies. */
    public List<Fund> findFundsFor(long caseId) {
        PayableCase pc = payable(caseId);
        int year = time.today().getYear();
        return funds.findFundsOf(organisation.findUnitAndAncestorIds(pc.unitId())).stream()
                .filter(f -> f.getFiscalYear() == year).toList();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private record FundChoice(Fund fund, BigDecimal available) {
    }

    /**
     * The fund to charge: the one asked for if it may pay case subsidies, else the rules' proposal —
     * among the funds of the case's unit and the units above for this year that allow case subsidies,
     * the most earmarked with enough available (an earmarked grant is spent on its purpose first), else
     * the most earmarked of all.
     */
    private FundChoice chooseFund(PayableCase pc, Long asked, BigDecimal amount) {
        List<Long> units = organisation.findUnitAndAncestorIds(pc.unitId());
        int year = time.today().getYear();
        List<Fund> candidates = funds.findFundsOf(units).stream().filter(f -> f.getFiscalYear() == year).toList();
        if (asked != null) {
            Fund f = candidates.stream().filter(x -> x.getId() == asked.longValue()).findFirst()
                    .orElseThrow(() -> new NotFoundException(FundService.FUND, asked));
            if (!f.allows(FundUse.CASE_SUBSIDY)) {
                throw new BusinessException("funding.fund.useNotAllowed", f.getName());
            }
            return new FundChoice(f, availableAlong(f, units));
        }
        List<Fund> allowed = candidates.stream().filter(f -> f.allows(FundUse.CASE_SUBSIDY))
                .sorted(Comparator.comparing((Fund f) -> f.getSource().earmarkRank()).reversed()
                        .thenComparing(Fund::getId)).toList();
        if (allowed.isEmpty()) {
            throw new BusinessException("funding.fund.noneForUse", year);
        }
        for (Fund f : allowed) {
            BigDecimal available = availableAlong(f, units);
            if (available.compareTo(amount) >= 0) {
                return new FundChoice(f, available);
            }
        }
        return new FundChoice(allowed.get(0), availableAlong(allowed.get(0), units));
    }

    /** The most available of the fund at any unit along the case's path up the tree. */
    private BigDecimal availableAlong(Fund f, List<Long> units) {
        BigDecimal best = BigDecimal.ZERO;
        for (Long u : units) {
            BigDecimal a = ledger.balance(f.getId(), u, LedgerAccount.AVAILABLE);
            if (a.compareTo(best) > 0) {
                best = a;
            }
        }
        return best;
    }

    /** The nearest unit up the case's tree where the fund has the amount available. */
    private long positionFor(Fund fund, long caseUnit, BigDecimal amount) {
        List<Long> units = organisation.findUnitAndAncestorIds(caseUnit);
        for (Long u : units) {
            if (ledger.balance(fund.getId(), u, LedgerAccount.AVAILABLE).compareTo(amount) >= 0) {
                return u;
            }
        }
        throw new BusinessException("funding.fund.insufficient", fund.getName(), availableAlong(fund, units), amount);
    }

    private SubsidyStandard standardFor(PayableCase pc, ClaimForm form, LocalDate rateDate) {
        List<Long> units = organisation.findUnitAndAncestorIds(pc.unitId());
        return StandardSelector.select(funds.findStandards(units), units, pc.matterType(), form.getStage(), rateDate)
                .orElseThrow(() -> new BusinessException("funding.standard.none", pc.matterType().labelKey(),
                        form.getStage().labelKey(), rateDate));
    }

    private PayableCase payable(long caseId) {
        PayableCase pc = claims.findPayableCase(caseId).orElseThrow(() -> new BusinessException("funding.claim.notPayable", caseId));
        if (!organisation.findUnitIdsInScope().contains(pc.unitId())) {
            throw new BusinessException("funding.claim.notPayable", caseId);
        }
        return pc;
    }

    private SubsidyClaim inScope(long id) {
        return claims.findClaim(id).filter(c -> organisation.findUnitIdsInScope().contains(c.getUnitId()))
                .orElseThrow(() -> new NotFoundException(CLAIM, id));
    }

    private SubsidyClaim lockInScope(long id) {
        inScope(id);
        return claims.lockClaim(id).orElseThrow(() -> new NotFoundException(CLAIM, id));
    }



}
