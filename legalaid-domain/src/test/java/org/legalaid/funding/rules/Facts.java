package org.legalaid.funding.rules;

import org.legalaid.funding.FundingFixtures;
import org.legalaid.funding.FundingSettings;
import org.legalaid.funding.Payment;
import org.legalaid.funding.SubsidyClaim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.legalaid.funding.FundingFixtures.FIRM_ID;
import static org.legalaid.funding.FundingFixtures.LAWYER_ID;

/**
 * Facts about a claim that trip no rule: an archived case of the assigned lawyer and firm, paid to the
 * registered account, an active lawyer, a fund for case subsidies, no other claim, within budget. Each
 * test changes the one fact its rule looks at.
 */
final class Facts {

    static final Payment.PayeeAccount REGISTERED = new Payment.PayeeAccount(FundingFixtures.FIRM_NAME, "中国工商银行青岛分行",
            "6222020300012345678");

    SubsidyClaim claim = FundingFixtures.claim(12L, "finofficer1");
    String caseStatus = "ARCHIVED";
    LocalDate caseWorkDay = LocalDate.of(2026, 3, 20);
    List<ClaimFacts.AssignedLawyer> assignedLawyers = List.of(
            new ClaimFacts.AssignedLawyer(LAWYER_ID, FIRM_ID, LocalDate.of(2026, 1, 10), null));
    Payment.PayeeAccount registeredAccount = REGISTERED;
    Payment.PayeeAccount paidToAccount = null;
    List<String> firmsSharingAccount = List.of();
    String lawyerStatus = "ACTIVE";
    LocalDate lawyerStatusSince = LocalDate.of(2016, 5, 1);
    boolean fundAllowsCaseSubsidy = true;
    String fundName = "2026年中央补助办案专款";
    List<Long> sameCaseStage = List.of();
    List<BigDecimal> recentToFirm = List.of();
    BigDecimal budget = new BigDecimal("100000.00");
    BigDecimal spent = new BigDecimal("20000.00");
    int clientPaymentReports = 0;
    FundingSettings settings = FundingFixtures.settings();

    ClaimFacts build() {
        return new ClaimFacts(claim, caseStatus, caseWorkDay, assignedLawyers, registeredAccount, paidToAccount,
                firmsSharingAccount, lawyerStatus, lawyerStatusSince, fundAllowsCaseSubsidy, fundName, sameCaseStage,
                recentToFirm, budget, spent, clientPaymentReports, settings);
    }
}
