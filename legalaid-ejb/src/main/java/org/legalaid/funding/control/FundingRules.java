package org.legalaid.funding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.legalaid.cases.boundary.PayableCaseService;
import org.legalaid.funding.Allocation;
import org.legalaid.funding.Finding;
import org.legalaid.funding.Fund;
import org.legalaid.funding.FundUse;
import org.legalaid.funding.FundingFlag;
import org.legalaid.funding.FundingSettings;
import org.legalaid.funding.LedgerAccount;
import org.legalaid.funding.Payment;
import org.legalaid.funding.PayableCase;
import org.legalaid.funding.RuleCode;
import org.legalaid.funding.RuleSetting;
import org.legalaid.funding.Severity;
import org.legalaid.funding.SubsidyClaim;
import org.legalaid.funding.rules.ClaimFacts;
import org.legalaid.funding.rules.ClaimRule;
import org.legalaid.funding.rules.WithheldAllocationRule;
import org.legalaid.intake.SubjectType;
import org.legalaid.lawyers.boundary.PayeeService;
import org.legalaid.shared.control.CurrentTime;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the anti-misappropriation rules: gathers the facts of a claim from funding's own records and
 * the cases and lawyers boundaries, runs every enabled rule, and records each finding as a flag — once
 * per rule and subject, so running again adds nothing new. Within the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FundingRules {

    /** Who raises the flags of the nightly run. */
    public static final String SYSTEM = "system";

    @Inject
    private ClaimRepository claims;

    @Inject
    private FundRepository funds;

    @Inject
    private Ledger ledger;

    @Inject
    private PayableCaseService cases;

    @Inject
    private PayeeService payees;

    @Inject
    private CurrentTime time;

    @Inject
    private ClientPaymentReports clientPayments;

    @Inject
    private Event<AuditEvent> audit;

    /** Runs the claim rules on {@code claim}; returns the flags raised now (not those raised before). */
    public List<FundingFlag> check(SubsidyClaim claim, String raisedBy) {
        ClaimFacts facts = factsOf(claim);
        Map<RuleCode, RuleSetting> settings = ruleSettings();
        List<FundingFlag> raised = new ArrayList<>();
        for (ClaimRule rule : ClaimRule.all()) {
            RuleSetting s = settings.get(rule.code());
            if (s != null && !s.isEnabled()) {
                continue;
            }
            rule.check(facts).flatMap(f -> raise(f, s, raisedBy)).ifPresent(raised::add);
        }
        return raised;
    }

    /** Runs the withholding rule over every allocation; returns the flags raised now. */
    public List<FundingFlag> checkAllocations(String raisedBy, LocalDate today) {
        RuleSetting s = ruleSettings().get(RuleCode.WITHHELD_ALLOCATION);
        if (s != null && !s.isEnabled()) {
            return List.of();
        }
        FundingSettings settings = funds.settings();
        WithheldAllocationRule rule = new WithheldAllocationRule();
        List<FundingFlag> raised = new ArrayList<>();
        for (Allocation a : funds.findAllAllocations()) {
            BigDecimal out = ledger.outflowSince(a.getFundId(), a.getToUnitId(), a.getReceivedOn());
            String fundName = funds.findFund(a.getFundId()).map(Fund::getName).orElse("#" + a.getFundId());
            rule.check(a, out, fundName, today, settings.getPassOnDays()).flatMap(f -> raise(f, s, raisedBy))
                    .ifPresent(raised::add);
        }
        return raised;
    }

    /** The facts of a claim, as the rules see them. */
    public ClaimFacts factsOf(SubsidyClaim c) {
        FundingSettings settings = funds.settings();
        String status = cases.findStatus(c.getCaseId()).map(Enum::name).orElse("MISSING");
        PayableCase payable = claims.findPayableCase(c.getCaseId()).orElse(null);
        LocalDate workDay = payable == null ? null : (payable.endedOn() != null ? payable.endedOn() : payable.assignedOn());
        List<ClaimFacts.AssignedLawyer> assigned = payable == null ? List.of() : assignedLawyers(c.getCaseId());
        PayeeService.Payee payee = payees.getPayee(c.getLawyerId());
        Payment.PayeeAccount registered = payee.accountNo() == null ? null
                : new Payment.PayeeAccount(payee.accountHolder(), payee.bankName(), payee.accountNo());
        Payment.PayeeAccount paidTo = claims.findPaymentOfClaim(c.getId())
                .map(p -> new Payment.PayeeAccount(p.getPayeeName(), p.getBankName(), p.getAccountNo())).orElse(null);
        Optional<Fund> fund = funds.findFund(c.getFundId());
        OffsetDateTime windowStart = time.now().minusDays(settings.getSplitWindowDays());
        BigDecimal[] budget = budgetOf(c.getUnitId(), c.getFundId());
        return new ClaimFacts(c, status, workDay, assigned, registered, paidTo, payees.findFirmsSharingAccount(c.getFirmId()),
                payee.status(), payee.statusSince(), fund.map(f -> f.allows(FundUse.CASE_SUBSIDY)).orElse(false),
                fund.map(Fund::getName).orElse("#" + c.getFundId()),
                claims.findOtherActive(c.getCaseId(), c.getStage(), c.getId()),
                claims.findApprovedAmountsOfFirm(c.getFirmId(), windowStart, c.getId()), budget[0], budget[1],
                clientPayments.count(c.getCaseId(), c.getLawyerId()), settings);
    }

    /**
     * The lawyers a case had, as the lawyers context keeps them. The case's subject is found through
     * the claims' read model: funding keeps the case id only, and the lawyers context files
     * assignments by subject, which the cases boundary names.
     */
    private List<ClaimFacts.AssignedLawyer> assignedLawyers(long caseId) {
        return cases.findSubject(caseId)
                .map(s -> payees.findCaseLawyers(s.type(), s.id()).stream()
                        .map(l -> new ClaimFacts.AssignedLawyer(l.lawyerId(), l.firmId(), l.from(), l.to())).toList())
                .orElse(List.of());
    }

    /**
     * The budget and the spending of the year at the unit that pays from the claim's fund: what became
     * available there (budgets and allocations received) and what was committed, this claim excluded.
     */
    private BigDecimal[] budgetOf(long unitId, long fundId) {
        BigDecimal received = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        for (Ledger.Sum s : ledger.sums(List.of(unitId))) {
            if (s.account() == LedgerAccount.AVAILABLE && s.fundId() == fundId) {
                received = received.add(s.debit());
            }
            if (s.account() == LedgerAccount.COMMITTED && s.fundId() == fundId) {
                committed = committed.add(s.debit());
            }
        }
        return new BigDecimal[]{received, committed};
    }

    /** Whether the claim has an open flag of high severity (its approval is refused then). */
    public boolean hasOpenHighFlag(long claimId) {
        return claims.countOpenFlags(claimId, Severity.HIGH) > 0;
    }

    /**
     * Records a finding of another part of funding (reconciliation) as a flag, once per rule and subject,
     * on behalf of {@code actor} of {@code unitId} — also from a batch job, where there is no caller.
     * Returns the flag raised now, or empty when the rule is switched off or the flag exists already.
     */
    public Optional<FundingFlag> raiseFor(Finding f, String actor, Long unitId) {
        RuleSetting s = ruleSettings().get(f.rule());
        if (s != null && !s.isEnabled() || claims.findFlagByKey(f.dedupeKey()).isPresent()) {
            return Optional.empty();
        }
        Severity severity = s == null ? f.rule().defaultSeverity() : s.getSeverity();
        FundingFlag flag = claims.addFlagFlushed(new FundingFlag(f, severity, actor, time.now()));
        audit.fire(AuditEvent.by(actor, unitId, AuditAction.CREATE, "FundingFlag", flag.getId(), "raised " + f.rule() + " ("
                + severity + "): " + f.evidence()));
        return Optional.of(flag);
    }

    private Optional<FundingFlag> raise(Finding f, RuleSetting setting, String raisedBy) {
        if (claims.findFlagByKey(f.dedupeKey()).isPresent()) {
            return Optional.empty();
        }
        Severity severity = setting == null ? f.rule().defaultSeverity() : setting.getSeverity();
        FundingFlag flag = claims.addFlagFlushed(new FundingFlag(f, severity, raisedBy, time.now()));
        String summary = "raised " + f.rule() + " (" + severity + "): " + f.evidence();
        audit.fire(SYSTEM.equals(raisedBy) ? AuditEvent.by(SYSTEM, null, AuditAction.CREATE, "FundingFlag", flag.getId(), summary)
                : AuditEvent.of(AuditAction.CREATE, "FundingFlag", flag.getId(), summary));
        return Optional.of(flag);
    }

    private Map<RuleCode, RuleSetting> ruleSettings() {
        Map<RuleCode, RuleSetting> m = new EnumMap<>(RuleCode.class);
        funds.ruleSettings().forEach(r -> m.put(r.getRule(), r));
        return m;
    }
}
