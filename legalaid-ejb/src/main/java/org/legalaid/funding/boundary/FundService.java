package org.legalaid.funding.boundary;

import org.legalaid.shared.control.CurrentTime;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.HashChain;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.funding.Allocation;
import org.legalaid.funding.Fund;
import org.legalaid.funding.FundSource;
import org.legalaid.funding.FundUse;
import org.legalaid.funding.LedgerAccount;
import org.legalaid.funding.LedgerChain;
import org.legalaid.funding.LedgerPosting;
import org.legalaid.funding.PostingKind;
import org.legalaid.funding.Yuan;
import org.legalaid.funding.control.FundRepository;
import org.legalaid.funding.control.Ledger;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Funds, budgets and allocations (issue 13, "Funds, budgets, allocations"), and the ledger they are
 * written to. The finance officer records funds, budgets and allocations passed down the tree; a
 * finance approver reverses a mistaken posting with a reason (nothing is edited or deleted); the
 * finance roles, the centre's director and the bureau's supervisor read balances, which are sums over
 * the ledger, and verify its hash chain. Everything stays within the caller's units and is audited.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
public class FundService {

    static final String FUND = "Fund";
    static final String POSTING = "LedgerPosting";

    @Inject
    private FundRepository funds;

    @Inject
    private Ledger ledger;

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
     * Opens a fund of a unit of the caller's.
     *
     * @throws BusinessException the checks of {@link Fund}; {@code funding.fund.nameTaken}
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public Fund createFund(long unitId, @Min(2000) @Max(2100) int fiscalYear, @NotNull FundSource source,
                           @NotBlank @Size(max = Fund.NAME_MAX) @PlainText String name, @NotEmpty Set<FundUse> uses) {
        requireUnit(unitId);
        if (funds.fundNameTaken(unitId, fiscalYear, name.strip())) {
            throw new BusinessException("funding.fund.nameTaken", name.strip(), fiscalYear);
        }
        Fund f = funds.addFund(new Fund(unitId, fiscalYear, source, name, uses, actors.username(), time.now()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, FUND, f.getId(), "fund " + f.getName() + " " + source + " "
                + fiscalYear + " uses " + f.getUses()));
        return f;
    }

    /**
     * Records the budget appropriated to a fund (Dr available, Cr appropriation at the fund's unit).
     *
     * @throws BusinessException the {@link Yuan} checks of the amount
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public LedgerPosting recordBudget(long fundId, BigDecimal amount, @NotBlank @Size(max = LedgerPosting.MEMO_MAX) @PlainText String memo) {
        Fund f = fundInScope(fundId);
        BigDecimal a = Yuan.positive(amount, "field.amount");
        LedgerPosting p = ledger.post(PostingKind.BUDGET, "Fund:" + fundId, memo, actors.username(), time.now(), List.of(
                LedgerPosting.Line.debit(fundId, f.getUnitId(), LedgerAccount.AVAILABLE, a),
                LedgerPosting.Line.credit(fundId, f.getUnitId(), LedgerAccount.APPROPRIATION, a)));
        audit.fire(AuditEvent.of(AuditAction.CREATE, POSTING, p.getSeq(), "budget " + a + " to fund " + f.getName()));
        return p;
    }

    /**
     * Passes money of a fund from one unit to another (e.g. city centre → district centre), with the
     * day it was passed on and the day it was received.
     *
     * @throws BusinessException {@code funding.fund.insufficient} when the giving unit has less available;
     *                           the checks of {@link Allocation}
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public Allocation allocate(long fundId, long fromUnitId, long toUnitId, BigDecimal amount, @NotNull LocalDate passedOn,
                               @NotNull LocalDate receivedOn) {
        Fund f = fundInScope(fundId);
        requireUnit(fromUnitId);
        requireUnit(toUnitId);
        BigDecimal a = Yuan.positive(amount, "field.amount");
        BigDecimal available = ledger.balance(fundId, fromUnitId, LedgerAccount.AVAILABLE);
        if (available.compareTo(a) < 0) {
            throw new BusinessException("funding.fund.insufficient", f.getName(), available, a);
        }
        LocalDate today = time.today();
        if (fromUnitId == toUnitId) {
            throw new BusinessException("funding.allocation.sameUnit");
        }
        LedgerPosting p = ledger.post(PostingKind.ALLOCATION, "Fund:" + fundId, "allocation " + fromUnitId + " → " + toUnitId,
                actors.username(), time.now(), List.of(
                        LedgerPosting.Line.debit(fundId, toUnitId, LedgerAccount.AVAILABLE, a),
                        LedgerPosting.Line.credit(fundId, fromUnitId, LedgerAccount.AVAILABLE, a)));
        Allocation alloc = funds.addAllocation(new Allocation(fundId, fromUnitId, toUnitId, a, passedOn, receivedOn, today,
                p.getSeq(), actors.username(), time.now()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, POSTING, p.getSeq(), "allocation " + a + " of fund " + f.getName()
                + " from unit " + fromUnitId + " to unit " + toUnitId + ", passed on " + passedOn + ", received " + receivedOn));
        return alloc;
    }

    /**
     * Reverses a posting with a reason (a correction never edits or deletes a posting).
     *
     * @throws BusinessException the checks of {@link Ledger#reverse}; {@code funding.ledger.notFound}
     *                           for a posting outside the caller's units
     */
    @RolesAllowed(Roles.FINANCE_APPROVER)
    public LedgerPosting reverse(long seq, @NotBlank @Size(max = LedgerPosting.MEMO_MAX) @PlainText String reason) {
        LedgerPosting original = ledger.findBySeq(seq).orElseThrow(() -> new BusinessException("funding.ledger.notFound", seq));
        List<Long> units = organisation.findUnitIdsInScope();
        if (original.getLines().stream().noneMatch(l -> units.contains(l.getUnitId()))) {
            throw new BusinessException("funding.ledger.notFound", seq);
        }
        if (original.getKind() == PostingKind.COMMITMENT || original.getKind() == PostingKind.PAYMENT) {
            throw new BusinessException("funding.ledger.claimPosting", seq);
        }
        LedgerPosting r = ledger.reverse(seq, reason.strip(), actors.username(), time.now());
        audit.fire(AuditEvent.of(AuditAction.CREATE, POSTING, r.getSeq(), "reversal of posting " + seq + ": " + reason.strip()));
        return r;
    }

    /** The funds of the caller's units, newest year first. */
    public List<Fund> findFunds() {
        return funds.findFundsOf(organisation.findUnitIdsInScope());
    }

    /** The position of every fund at every unit of the caller's scope, summed from the ledger. */
    public List<FundBalance> findBalances() {
        List<Long> units = organisation.findUnitIdsInScope();
        Map<Long, String> unitNames = organisation.findUnitNamesInScope();
        Map<String, BigDecimal[]> byPosition = new HashMap<>();
        for (Ledger.Sum s : ledger.sums(units)) {
            BigDecimal[] v = byPosition.computeIfAbsent(s.fundId() + ":" + s.unitId(),
                    k -> new BigDecimal[]{Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO});
            switch (s.account()) {
                case APPROPRIATION -> v[0] = v[0].add(s.balance());
                case AVAILABLE -> {
                    if (s.kind() == PostingKind.ALLOCATION) {
                        v[1] = v[1].add(s.debit());
                        v[2] = v[2].add(s.credit());
                    }
                    v[5] = v[5].add(s.balance());
                }
                case COMMITTED -> v[3] = v[3].add(s.balance());
                case PAID -> v[4] = v[4].add(s.balance());
            }
        }
        Map<Long, Fund> fundsById = funds.findFunds(byPosition.keySet().stream()
                .map(k -> Long.valueOf(k.substring(0, k.indexOf(':')))).distinct().toList());
        List<FundBalance> out = new ArrayList<>();
        byPosition.forEach((k, v) -> {
            long fundId = Long.parseLong(k.substring(0, k.indexOf(':')));
            long unitId = Long.parseLong(k.substring(k.indexOf(':') + 1));
            Fund f = fundsById.get(fundId);
            out.add(new FundBalance(fundId, f.getName(), f.getSource(), f.getFiscalYear(), unitId,
                    unitNames.getOrDefault(unitId, "#" + unitId), v[0], v[1], v[2], v[3], v[4], v[5]));
        });
        out.sort(Comparator.comparing(FundBalance::fiscalYear).reversed().thenComparing(FundBalance::fundName)
                .thenComparing(FundBalance::unitName));
        return out;
    }

    /** The latest postings touching the caller's units, newest first. */
    public List<LedgerPosting> findPostings(@Min(1) @Max(500) int max) {
        return ledger.findLatest(organisation.findUnitIdsInScope(), max);
    }

    /** The allocations from or to the caller's units, newest first. */
    public List<Allocation> findAllocations() {
        return funds.findAllocations(organisation.findUnitIdsInScope());
    }

    /** Verifies the ledger's hash chain from the first posting to the head (audited). */
    @RolesAllowed({Roles.FINANCE_APPROVER, Roles.BUREAU_SUPERVISOR})
    public HashChain.Verification verifyLedger() {
        HashChain.Verification v = ledger.verify();
        audit.fire(AuditEvent.of(AuditAction.READ, POSTING, null, "ledger verified: " + (v.intact() ? "intact, "
                + v.rowsChecked() + " postings" : v.problem() + " at posting " + v.firstBrokenSeq())));
        return v;
    }

    private Fund fundInScope(long fundId) {
        Fund f = funds.findFund(fundId).orElseThrow(() -> new NotFoundException(FUND, fundId));
        if (!organisation.findUnitIdsInScope().contains(f.getUnitId())) {
            throw new NotFoundException(FUND, fundId);
        }
        return f;
    }

    private void requireUnit(long unitId) {
        organisation.getUnit(unitId);
    }


}
