package org.legalaid.it.funding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.legalaid.cases.CaseOutcome;
import org.legalaid.cases.ChecklistLine;
import org.legalaid.cases.ClosingForm;
import org.legalaid.cases.ClosingSubmission;
import org.legalaid.cases.CaseFileItem;
import org.legalaid.cases.ItemVerdict;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.boundary.ClosingService;
import org.legalaid.funding.Fund;
import org.legalaid.funding.FundSource;
import org.legalaid.funding.FundUse;
import org.legalaid.funding.NewSubsidyStandard;
import org.legalaid.funding.ProcedureStage;
import org.legalaid.funding.SubsidyStandard;
import org.legalaid.funding.boundary.FundService;
import org.legalaid.funding.boundary.SubsidyStandardService;
import org.legalaid.intake.MatterType;
import org.legalaid.lawyers.AccountChangeRequest;
import org.legalaid.lawyers.NewBankAccount;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import org.legalaid.lawyers.boundary.PayeeService;
import org.legalaid.it.As;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.it.cases.CaseFixtures;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Funding made the way users make it, on top of {@link CaseFixtures}: in district A of a fresh tree,
 * two finance officers ({@code finance}, {@code finance2}), two finance approvers ({@code finapprover},
 * {@code finapprover2}), a central earmarked fund of this year with a budget of ¥100,000, a
 * standard for civil first instance (¥1,500, +¥300 per further party, remote ¥200, copying up to ¥100,
 * travel up to ¥500), and archived civil cases whose lawyer's firm has a registered bank account.
 */
@Dependent
public class FundingFixtures {

    /** The classes a deployment needs for these fixtures. */
    public static final Class<?>[] CLASSES = {FundingFixtures.class};

    public static final BigDecimal BUDGET = new BigDecimal("100000.00");
    public static final BigDecimal BASE = new BigDecimal("1500.00");

    @Inject
    public CaseFixtures cases;

    @Inject
    private Fixtures fixtures;

    @Inject
    private FundService funds;

    @Inject
    private SubsidyStandardService standards;

    @Inject
    private ClosingService closing;

    @Inject
    private PayeeService payees;

    @Inject
    private LawyerRegistryService registry;

    public As finance;
    public As finance2;
    public As finapprover;
    public As finapprover2;
    public Fund fund;
    public SubsidyStandard standard;
    public LocalDate today;

    public FundingFixtures setUp() throws Exception {
        cases.setUp();
        today = LocalDate.now(ChinaTime.ZONE);
        finance = cases.staff("finance", cases.tree().districtA(), Role.FINANCE_OFFICER);
        finance2 = cases.staff("finance2", cases.tree().districtA(), Role.FINANCE_OFFICER);
        finapprover = cases.staff("finapprover", cases.tree().districtA(), Role.FINANCE_APPROVER);
        finapprover2 = cases.staff("finapprover2", cases.tree().districtA(), Role.FINANCE_APPROVER);
        fund = finance.call(() -> funds.createFund(cases.tree().districtA().id(), today.getYear(), FundSource.CENTRAL_EARMARKED,
                "中央补助办案专款" + cases.tree().suffix(), Set.of(FundUse.CASE_SUBSIDY)));
        finance.call(() -> funds.recordBudget(fund.getId(), BUDGET, "财预〔" + today.getYear() + "〕1号"));
        NewSubsidyStandard s = new NewSubsidyStandard();
        s.setUnitId(cases.tree().districtA().id());
        s.setMatterType(MatterType.CIVIL);
        s.setStage(ProcedureStage.FIRST_INSTANCE);
        s.setBaseAmount(BASE);
        s.setExtraPerParty(new BigDecimal("300.00"));
        s.setRemoteAllowance(new BigDecimal("200.00"));
        s.setCopyingCap(new BigDecimal("100.00"));
        s.setTravelCap(new BigDecimal("500.00"));
        s.setEffectiveFrom(today.minusYears(1).withDayOfYear(1));
        s.setBasis("鲁司〔" + (today.getYear() - 1) + "〕12号");
        standard = finapprover.call(() -> standards.addStandard(s));
        return this;
    }

    /** A civil case handled to its end today, its file complete, reviewed and archived; its firm has a registered account. */
    public LegalCase archivedCase() throws Exception {
        LegalCase c = cases.civilCase();
        cases.supervisor.call(() -> closing.recordCaseEnded(c.getId(), today));
        ClosingForm form = new ClosingForm();
        form.setOutcome(CaseOutcome.JUDGMENT);
        form.setOutcomeText("一审判决被告每月支付赡养费800元");
        form.setReport("承办律师会见受援人三次，阅卷一次，出庭一次，判决支持诉请。");
        form.setSubmittedOn(today);
        form.setPresent(CaseFileItem.requiredFor(ClosingSubmission.kindOf(c, CaseOutcome.JUDGMENT)));
        ClosingSubmission s = cases.supervisor.call(() -> closing.submit(c.getId(), form));
        Map<CaseFileItem, ClosingSubmission.Finding> findings = new EnumMap<>(CaseFileItem.class);
        for (ChecklistLine l : s.getLines()) {
            findings.put(l.getItem(), new ClosingSubmission.Finding(l.isPresent() ? ItemVerdict.ACCEPTED : null, null));
        }
        cases.reviewer.call(() -> closing.review(c.getId(), findings));
        LegalCase archived = cases.approver.call(() -> closing.archive(c.getId()));
        registerAccount(archived.getLawyerId(), "3803020109" + String.format("%08d", Math.floorMod(TestPasswords.uniqueSuffix().hashCode(), 100_000_000)));
        return archived;
    }

    /**
     * Registers a bank account for the lawyer's firm the way users do: the assignment officer asks, the
     * director approves (issue 4).
     */
    public void registerAccount(long lawyerId, String accountNo) throws Exception {
        long firmId = finance.call(() -> payees.getPayee(lawyerId)).firmId();
        NewBankAccount a = new NewBankAccount();
        a.setBankName("中国工商银行青岛分行");
        a.setAccountName("山东案件律师事务所");
        a.setAccountNo(accountNo);
        a.setReason("律所开立法律援助补贴收款账户");
        AccountChangeRequest r = cases.officer.call(() -> registry.requestAccountChange(firmId, a));
        cases.approver.call(() -> registry.approveAccountChange(r.getId(), "核对开户许可证无误"));
    }

    /** A user of district A with the roles (an account is created). */
    public As user(String local, Role... roles) {
        fixtures.account(cases.username(local), cases.tree().districtA(), cases.password(), roles);
        return As.user(cases.username(local), roles);
    }
}
