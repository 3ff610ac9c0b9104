package org.legalaid.funding.rules;

import org.legalaid.funding.FundingSettings;
import org.legalaid.funding.Payment;
import org.legalaid.funding.SubsidyClaim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the claim rules look at, gathered by the funding boundary from its own records and from
 * the cases and lawyers contexts' boundaries.
 *
 * @param claim               the claim
 * @param caseStatus          the case's status name (cases context), e.g. {@code ARCHIVED}
 * @param caseWorkDay         the last day of the lawyer's work on the case (its end, else its assignment)
 * @param assignedLawyers     every lawyer assigned to the case, ended ones included
 * @param registeredAccount   the firm's registered account now (null when none)
 * @param paidToAccount       the account the claim is or will be paid to (null before a payment exists)
 * @param firmsSharingAccount names of other firms registered with the same account number
 * @param lawyerStatus        the lawyer's status name, e.g. {@code SUSPENDED}
 * @param lawyerStatusSince   the day that status took effect
 * @param fundAllowsCaseSubsidy whether the claim's fund may pay case subsidies
 * @param fundName            the fund's name
 * @param sameCaseStage       other active claims for the same case and stage (any lawyer): their ids
 * @param recentToFirm        the firm's other claims approved or paid within the split window: amounts
 * @param budget              the unit's budget for the year (appropriations and allocations received)
 * @param spent               the unit's commitments and payments for the year so far, this claim excluded
 * @param clientPaymentReports reports that the lawyer took money from the client in this case (complaints)
 */
public record ClaimFacts(SubsidyClaim claim, String caseStatus, LocalDate caseWorkDay, List<AssignedLawyer> assignedLawyers,
                         Payment.PayeeAccount registeredAccount, Payment.PayeeAccount paidToAccount,
                         List<String> firmsSharingAccount, String lawyerStatus, LocalDate lawyerStatusSince,
                         boolean fundAllowsCaseSubsidy, String fundName, List<Long> sameCaseStage,
                         List<BigDecimal> recentToFirm, BigDecimal budget, BigDecimal spent, int clientPaymentReports,
                         FundingSettings settings) {

    /** A lawyer assigned to the case, with the firm and the period. */
    public record AssignedLawyer(long lawyerId, long firmId, LocalDate from, LocalDate to) {
    }

    /** The subject of a flag about this claim. */
    public String subject() {
        return "SubsidyClaim:" + claim.getId();
    }
}
