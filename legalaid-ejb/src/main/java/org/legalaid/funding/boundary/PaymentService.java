package org.legalaid.funding.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.funding.ChineseAmount;
import org.legalaid.funding.ClaimAct;
import org.legalaid.funding.FinanceDuty;
import org.legalaid.funding.Fund;
import org.legalaid.funding.LedgerAccount;
import org.legalaid.funding.LedgerLine;
import org.legalaid.funding.LedgerPosting;
import org.legalaid.funding.Payment;
import org.legalaid.funding.PaymentBatch;
import org.legalaid.funding.PostingKind;
import org.legalaid.funding.SubsidyClaim;
import org.legalaid.funding.control.BankFile;
import org.legalaid.funding.control.ClaimRepository;
import org.legalaid.funding.control.FundRepository;
import org.legalaid.funding.control.FundingRules;
import org.legalaid.funding.control.Ledger;
import org.legalaid.funding.control.PayableCases;
import org.legalaid.lawyers.LawyerKind;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import org.legalaid.lawyers.boundary.PayeeService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.control.CurrentTime;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.pdf.OfficialDocumentContent;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Payment batches (issue 13, "Claim to payment"): a finance officer who neither claimed, reviewed nor
 * approved the claims puts approved claims into a batch — each paid to the firm's registered account
 * as it stands — writes the bank file, and records the bank's confirmation, which posts the payments
 * to the ledger (Dr paid, Cr committed) and stops each case's payment clock. One case, lawyer and stage
 * is paid at most once: the database's unique key on the payment refuses a second one, also within one
 * batch. The payment voucher (付款凭证) states the amount in Chinese capitals.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
public class PaymentService {

    static final String BATCH = "PaymentBatch";

    @Inject
    private ClaimRepository claims;

    @Inject
    private FundRepository funds;

    @Inject
    private Ledger ledger;

    @Inject
    private FundingRules rules;

    @Inject
    private PayableCases payableCases;

    @Inject
    private PayeeService payees;

    @Inject
    private LawyerRegistryService registry;

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
     * Puts approved claims into a new batch of the caller's unit, each as a payment to the registered
     * account of the lawyer's firm.
     *
     * @throws BusinessException the checks of {@link ClaimAct#PAY} (role, state, segregation of duties);
     *                           {@code funding.claim.openHighFlag}; {@code funding.payment.noAccount};
     *                           {@code funding.payment.duplicate} (case number) when the case, lawyer
     *                           and stage are paid already or twice in the list
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public PaymentBatch createBatch(@NotEmpty @Size(max = 500) List<Long> claimIds) {
        PaymentBatch batch = claims.addBatch(new PaymentBatch(organisation.getCaller().getUnitId(), actors.username(), time.now()));
        List<Long> units = organisation.findUnitIdsInScope();
        for (Long id : new LinkedHashSet<>(claimIds)) {
            SubsidyClaim c = claims.lockClaim(id).filter(x -> units.contains(x.getUnitId()))
                    .orElseThrow(() -> new NotFoundException(ClaimService.CLAIM, id));
            ClaimAct.PAY.require(context::isCallerInRole, actors.username(), c);
            rules.check(c, actors.username());
            if (rules.hasOpenHighFlag(id)) {
                throw new BusinessException("funding.claim.openHighFlag", c.getCaseNumber());
            }
            PayeeService.Payee payee = payees.getPayee(c.getLawyerId());
            Payment.PayeeAccount account = payee.accountNo() == null ? null
                    : new Payment.PayeeAccount(payee.accountHolder(), payee.bankName(), payee.accountNo());
            ClaimAct.pay(context::isCallerInRole, actors.username(), c, batch.getId(), time.now());
            try {
                claims.addPayment(new Payment(batch.getId(), c, account, time.now()));
            } catch (PersistenceException duplicate) {
                throw new BusinessException("funding.payment.duplicate", c.getCaseNumber());
            }
            audit.fire(AuditEvent.of(AuditAction.UPDATE, ClaimService.CLAIM, id, "in payment batch " + batch.getNumber()));
        }
        audit.fire(AuditEvent.of(AuditAction.CREATE, BATCH, batch.getId(), "batch " + batch.getNumber() + " of "
                + claimIds.size() + " claims"));
        return batch;
    }

    /** The bank file of a batch (the batch then takes no more claims; the file may be written again). */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public byte[] bankFile(long batchId) {
        PaymentBatch b = lockInScope(batchId);
        b.exported(time.now());
        List<Payment> payments = claims.findPayments(batchId);
        Map<Long, String> caseNumbers = new java.util.HashMap<>();
        claims.findClaimsOfBatch(batchId).forEach(c -> caseNumbers.put(c.getId(), c.getCaseNumber()));
        audit.fire(AuditEvent.of(AuditAction.READ, BATCH, batchId, "bank file written, " + payments.size() + " payments"));
        return BankFile.write(payments, p -> "法律援助办案补贴 " + caseNumbers.getOrDefault(p.getClaimId(), ""));
    }

    /**
     * The bank paid the batch on {@code paidOn}: the payments are posted to the ledger and each case's
     * payment clock stops.
     *
     * @throws BusinessException {@code funding.sod.samePerson} when the caller claimed, reviewed or
     *                           approved one of its claims; the checks of {@link PaymentBatch#confirm}
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public PaymentBatch confirm(long batchId, @NotNull LocalDate paidOn) {
        PaymentBatch b = lockInScope(batchId);
        List<SubsidyClaim> inBatch = claims.findClaimsOfBatch(batchId);
        for (SubsidyClaim c : inBatch) {
            c.duties().forEach((duty, who) -> {
                if (duty != FinanceDuty.PAY && who.equalsIgnoreCase(actors.username())) {
                    throw new BusinessException("funding.sod.samePerson", duty.labelKey(), FinanceDuty.PAY.labelKey());
                }
            });
        }
        b.confirm(actors.username(), paidOn, time.today(), time.now());
        List<LedgerPosting.Line> lines = new ArrayList<>();
        for (SubsidyClaim c : inBatch) {
            LedgerPosting commitment = ledger.findBySeq(c.getCommitmentSeq())
                    .orElseThrow(() -> new IllegalStateException("claim " + c.getId() + " has no commitment"));
            LedgerLine committed = commitment.getLines().stream().filter(l -> l.getAccount() == LedgerAccount.COMMITTED)
                    .findFirst().orElseThrow();
            lines.add(LedgerPosting.Line.debit(committed.getFundId(), committed.getUnitId(), LedgerAccount.PAID, c.getAmount()));
            lines.add(LedgerPosting.Line.credit(committed.getFundId(), committed.getUnitId(), LedgerAccount.COMMITTED,
                    c.getAmount()));
            ClaimAct.confirmPaid(c);
            payableCases.paid(c.getCaseId());
        }
        for (Payment p : claims.findPayments(batchId)) {
            p.confirm(paidOn);
        }
        LedgerPosting p = ledger.post(PostingKind.PAYMENT, BATCH + ":" + batchId, "batch " + b.getNumber() + " paid "
                + paidOn, actors.username(), time.now(), lines);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, BATCH, batchId, "confirmed paid on " + paidOn + ", ledger posting "
                + p.getSeq()));
        return b;
    }

    /** Whether the caller may make batches, write bank files and confirm payments (the page offers it only then). */
    public boolean mayPay() {
        return context.isCallerInRole(Roles.FINANCE_OFFICER);
    }

    /** The batches of the caller's units, newest first. */
    public List<PaymentBatch> findBatches(@Min(1) @Max(500) int max) {
        return claims.findBatches(organisation.findUnitIdsInScope(), max);
    }

    /** One batch with its payments. */
    public BatchView getBatch(long batchId) {
        PaymentBatch b = inScope(batchId);
        List<Payment> payments = claims.findPayments(batchId);
        BigDecimal total = payments.stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BatchView(b, payments, total);
    }

    /** Payments of the caller's units, newest first (read-only API). */
    public List<Payment> findPayments(@Min(0) int first, @Min(1) @Max(500) int max) {
        return claims.findPaymentsOf(organisation.findUnitIdsInScope(), first, max);
    }

    /**
     * The payment voucher (付款凭证) of a paid or batched claim, for the renderer: the payee, account,
     * amount in figures and in Chinese capitals, the fund, and the four people — by their names,
     * never their login names — and the assigned person by their title, 律师 or 法律服务工作者
     * (issue 18).
     */
    public OfficialDocumentContent voucher(long claimId) {
        SubsidyClaim c = claims.findClaim(claimId).filter(x -> organisation.findUnitIdsInScope().contains(x.getUnitId()))
                .orElseThrow(() -> new NotFoundException(ClaimService.CLAIM, claimId));
        Payment p = claims.findPaymentOfClaim(claimId).orElseThrow(() -> new NotFoundException("Payment", claimId));
        PaymentBatch b = claims.findBatch(p.getBatchId()).orElseThrow();
        String fund = funds.findFund(c.getFundId()).map(Fund::getName).orElse("");
        String unit = organisation.findUnitNamesInScope().getOrDefault(b.getUnitId(), "");
        DecimalFormat money = new DecimalFormat("¥#,##0.00");
        String title = registry.findKinds(List.of(c.getLawyerId())).getOrDefault(c.getLawyerId(), LawyerKind.LAWYER).title();
        java.util.Set<String> people = new java.util.HashSet<>();
        java.util.stream.Stream.of(c.getClaimedBy(), c.getReviewedBy(), c.getApprovedBy(), c.getSecondApprovedBy(), c.getPaidBy())
                .filter(java.util.Objects::nonNull).forEach(people::add);
        Map<String, String> names = organisation.findStaffNames(people);
        java.util.function.Function<String, String> name = u -> u == null ? "" : names.getOrDefault(u, u);
        audit.fire(AuditEvent.of(AuditAction.READ, ClaimService.CLAIM, claimId, "payment voucher printed"));
        return OfficialDocumentContent.builder()
                .issuingOrgan(unit)
                .title("付款凭证")
                .documentNumber(b.getNumber() + " / " + p.getReference())
                .field("摘要", "法律援助办案补贴 " + c.getCaseNumber())
                .field("收款单位", p.getPayeeName())
                .field("开户银行", p.getBankName())
                .field("收款账号", p.getAccountNo())
                .field("金额（小写）", money.format(p.getAmount()))
                .field("金额（大写）", ChineseAmount.of(p.getAmount()))
                .field("资金来源", fund)
                .field("承办" + title, c.getLawyerName() + "（" + c.getFirmName() + "）")
                .field("申请人", name.apply(c.getClaimedBy()))
                .field("审核人", name.apply(c.getReviewedBy()))
                .field("审批人", name.apply(c.getApprovedBy()) + (c.getSecondApprovedBy() == null ? "" : "、" + name.apply(c.getSecondApprovedBy())))
                .field("出纳", name.apply(c.getPaidBy()))
                .field("支付日期", p.getPaidOn() == null ? "待银行确认" : p.getPaidOn().toString())
                .signature(unit, p.getPaidOn() == null ? time.today() : p.getPaidOn())
                .build();
    }

    private PaymentBatch inScope(long id) {
        return claims.findBatch(id).filter(b -> organisation.findUnitIdsInScope().contains(b.getUnitId()))
                .orElseThrow(() -> new NotFoundException(BATCH, id));
    }

    private PaymentBatch lockInScope(long id) {
        inScope(id);
        return claims.lockBatch(id).orElseThrow(() -> new NotFoundException(BATCH, id));
    }


}
