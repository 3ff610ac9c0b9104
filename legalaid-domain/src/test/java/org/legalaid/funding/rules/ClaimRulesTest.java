package org.legalaid.funding.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.legalaid.funding.Finding;
import org.legalaid.funding.FundingFixtures;
import org.legalaid.funding.Payment;
import org.legalaid.funding.RuleCode;
import org.legalaid.funding.SettingsForm;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.funding.FundingFixtures.CASE_NUMBER;
import static org.legalaid.funding.FundingFixtures.FIRM_ID;
import static org.legalaid.funding.FundingFixtures.FIRM_NAME;
import static org.legalaid.funding.FundingFixtures.LAWYER_ID;
import static org.legalaid.funding.FundingFixtures.LAWYER_NAME;
import static org.legalaid.funding.FundingFixtures.yuan;

/** Each anti-misappropriation rule with facts that trip it and facts that do not (issue 13, "Tests"). */
@DisplayName("Anti-misappropriation rules over a claim: each trips on its own fact and explains itself with the figures")
class ClaimRulesTest {

    /** Asserts the finding is about claim 12 of unit 7, with the explanation key and the figures a person reads. */
    private static Finding assertFinding(Optional<Finding> found, RuleCode rule, String key, List<String> figures) {
        assertTrue(found.isPresent(), "expected a finding of " + rule);
        Finding f = found.get();
        assertEquals(rule, f.rule());
        assertEquals("SubsidyClaim:12", f.subject());
        assertEquals(FundingFixtures.UNIT, f.unitId());
        assertEquals(Long.valueOf(12L), f.claimId());
        assertEquals(key, f.explanationKey());
        assertEquals(figures, f.figures());
        assertTrue(f.evidence().startsWith("claim=12; case=" + CASE_NUMBER + " (101); "), f.evidence());
        assertEquals(rule.name() + "|SubsidyClaim:12", f.dedupeKey());
        return f;
    }

    @Test
    @DisplayName("all eleven claim rules run, each with its own code, and a clean claim trips none")
    void cleanClaimTripsNoRule() {
        List<ClaimRule> all = ClaimRule.all();
        assertEquals(11, all.size());
        Set<RuleCode> codes = all.stream().map(ClaimRule::code).collect(Collectors.toSet());
        assertEquals(11, codes.size());
        assertFalse(codes.contains(RuleCode.WITHHELD_ALLOCATION), "withholding is about allocations, not claims");
        ClaimFacts clean = new Facts().build();
        for (ClaimRule r : all) {
            assertEquals(Optional.empty(), r.check(clean), r.code().name());
        }
    }

    @Nested
    @DisplayName("1. not archived")
    class NotArchived {
        private final ClaimRule rule = new NotArchivedRule();

        @Test
        @DisplayName("a case not yet archived is flagged, naming the case and its status")
        void flagsCaseNotArchived() {
            Facts f = new Facts();
            f.caseStatus = "REVIEWED";
            assertFinding(rule.check(f.build()), RuleCode.NOT_ARCHIVED, "flag.notArchived", List.of(CASE_NUMBER, "REVIEWED"));
        }

        @Test
        @DisplayName("an archived case is not flagged")
        void passesArchivedCase() {
            assertEquals(Optional.empty(), rule.check(new Facts().build()));
        }
    }

    @Nested
    @DisplayName("2. payee not assigned")
    class PayeeNotAssigned {
        private final ClaimRule rule = new PayeeNotAssignedRule();

        @Test
        @DisplayName("a lawyer who was not assigned to the case is flagged, naming lawyer, firm and case")
        void flagsLawyerNotAssigned() {
            Facts f = new Facts();
            f.assignedLawyers = List.of(new ClaimFacts.AssignedLawyer(LAWYER_ID + 1, FIRM_ID, LocalDate.of(2026, 1, 10), null));
            Finding found = assertFinding(rule.check(f.build()), RuleCode.PAYEE_NOT_ASSIGNED, "flag.payeeNotAssigned",
                    List.of(LAWYER_NAME, FIRM_NAME, CASE_NUMBER));
            assertTrue(found.evidence().contains("lawyer=501; firm=601"), found.evidence());
        }

        @Test
        @DisplayName("the assigned lawyer paid through another firm is flagged")
        void flagsAssignedLawyerThroughAnotherFirm() {
            Facts f = new Facts();
            f.assignedLawyers = List.of(new ClaimFacts.AssignedLawyer(LAWYER_ID, FIRM_ID + 1, LocalDate.of(2026, 1, 10), null));
            assertTrue(rule.check(f.build()).isPresent());
        }

        @Test
        @DisplayName("the assigned lawyer through the assigned firm is not flagged, also after a change of lawyer")
        void passesAssignedLawyerAndFirm() {
            Facts f = new Facts();
            f.assignedLawyers = List.of(
                    new ClaimFacts.AssignedLawyer(LAWYER_ID + 1, FIRM_ID + 1, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 9)),
                    new ClaimFacts.AssignedLawyer(LAWYER_ID, FIRM_ID, LocalDate.of(2026, 1, 10), null));
            assertEquals(Optional.empty(), rule.check(f.build()));
        }
    }

    @Nested
    @DisplayName("3. above the standard")
    class AboveStandard {
        private final ClaimRule rule = new AboveStandardRule();

        @Test
        @DisplayName("an amount above the calculation is flagged with amount, calculation and the reason given")
        void flagsAmountAboveCalculation() {
            Facts f = new Facts();
            f.claim = FundingFixtures.claim(12L, yuan("3500.00"), "案情特别复杂", "finofficer1");
            Finding found = assertFinding(rule.check(f.build()), RuleCode.ABOVE_STANDARD, "flag.aboveStandard",
                    List.of("3500.00", "3000.00", "案情特别复杂"));
            assertTrue(found.evidence().contains("standard=11"), found.evidence());
        }

        @Test
        @DisplayName("the calculated amount, or less, is not flagged")
        void passesCalculatedOrLowerAmount() {
            assertEquals(Optional.empty(), rule.check(new Facts().build()));
            Facts lower = new Facts();
            lower.claim = FundingFixtures.claim(12L, yuan("2999.99"), null, "finofficer1");
            assertEquals(Optional.empty(), rule.check(lower.build()));
        }
    }

    @Nested
    @DisplayName("4a. duplicate")
    class Duplicate {
        private final ClaimRule rule = new DuplicateRule();

        @Test
        @DisplayName("other active claims for the same case and stage are flagged, naming case, stage and their ids")
        void flagsOtherClaimsForSameCaseAndStage() {
            Facts f = new Facts();
            f.sameCaseStage = List.of(41L, 42L);
            Finding found = assertFinding(rule.check(f.build()), RuleCode.DUPLICATE, "flag.duplicate",
                    List.of(CASE_NUMBER, "procedureStage.FIRST_INSTANCE", "41, 42"));
            assertTrue(found.evidence().endsWith("otherClaims=41, 42"), found.evidence());
        }

        @Test
        @DisplayName("the only claim of its case and stage is not flagged")
        void passesOnlyClaim() {
            assertEquals(Optional.empty(), rule.check(new Facts().build()));
        }
    }

    @Nested
    @DisplayName("4b. split payments")
    class SplitPayments {
        private final ClaimRule rule = new SplitPaymentRule();

        /** Second approval above 3,200.00 with a 10 % margin: 2,880.00–3,200.00 is just under; 3 such in 30 days. */
        private Facts nearThreshold() {
            Facts f = new Facts();
            SettingsForm s = FundingFixtures.settingsForm();
            s.setSecondApprovalAbove(yuan("3200.00"));
            f.settings = FundingFixtures.settings(s);
            return f;
        }

        @Test
        @DisplayName("a third payment to the firm just under the second-approval amount is flagged with count, window, limit and sum")
        void flagsThirdPaymentJustUnderTheLimit() {
            Facts f = nearThreshold();
            f.recentToFirm = List.of(yuan("2880.00"), yuan("3200.00"));
            Finding found = assertFinding(rule.check(f.build()), RuleCode.SPLIT_PAYMENTS, "flag.split",
                    List.of(FIRM_NAME, "3", "30", "3200.00", "9080.00"));
            assertTrue(found.evidence().contains("amounts=2880.00, 3200.00, 3000.00"), found.evidence());
        }

        @Test
        @DisplayName("two such payments are not yet a pattern")
        void passesFewerThanTheCount() {
            Facts f = nearThreshold();
            f.recentToFirm = List.of(yuan("3100.00"));
            assertEquals(Optional.empty(), rule.check(f.build()));
        }

        @Test
        @DisplayName("earlier payments below the margin or above the limit do not count")
        void ignoresPaymentsOutsideTheBand() {
            Facts f = nearThreshold();
            f.recentToFirm = List.of(yuan("2879.99"), yuan("3200.01"), yuan("3100.00"));
            assertEquals(Optional.empty(), rule.check(f.build()));
        }

        @Test
        @DisplayName("a claim itself far below the limit is not flagged, however many near it came before")
        void passesClaimFarBelowTheLimit() {
            Facts f = new Facts();
            f.recentToFirm = List.of(yuan("9500.00"), yuan("9900.00"), yuan("9990.00"));
            assertEquals(Optional.empty(), rule.check(f.build()));
        }
    }

    @Nested
    @DisplayName("5a. unregistered account")
    class UnregisteredAccount {
        private final ClaimRule rule = new UnregisteredAccountRule();

        @Test
        @DisplayName("a firm without a registered account is flagged, naming the firm")
        void flagsFirmWithoutRegisteredAccount() {
            Facts f = new Facts();
            f.registeredAccount = null;
            assertFinding(rule.check(f.build()), RuleCode.UNREGISTERED_ACCOUNT, "flag.noRegisteredAccount", List.of(FIRM_NAME));
            f.registeredAccount = new Payment.PayeeAccount(FIRM_NAME, "中国工商银行", " ");
            assertFinding(rule.check(f.build()), RuleCode.UNREGISTERED_ACCOUNT, "flag.noRegisteredAccount", List.of(FIRM_NAME));
        }

        @Test
        @DisplayName("a payment to another account is flagged, the explanation showing the last four digits of each")
        void flagsPaymentToAnotherAccount() {
            Facts f = new Facts();
            f.paidToAccount = new Payment.PayeeAccount("李某", "中国农业银行", "6228480010099998888");
            Finding found = assertFinding(rule.check(f.build()), RuleCode.UNREGISTERED_ACCOUNT, "flag.unregisteredAccount",
                    List.of(FIRM_NAME, "***************8888", "***************5678"));
            assertTrue(found.evidence().contains("paidTo=6228480010099998888; registered=6222020300012345678"), found.evidence());
        }

        @Test
        @DisplayName("a payment to the registered account, or none yet, is not flagged")
        void passesRegisteredAccount() {
            Facts f = new Facts();
            assertEquals(Optional.empty(), rule.check(f.build()));
            f.paidToAccount = Facts.REGISTERED;
            assertEquals(Optional.empty(), rule.check(f.build()));
        }
    }

    @Nested
    @DisplayName("5b. shared account")
    class SharedAccount {
        private final ClaimRule rule = new SharedAccountRule();

        @Test
        @DisplayName("an account also registered for other firms is flagged, naming them")
        void flagsAccountSharedWithOtherFirms() {
            Facts f = new Facts();
            f.firmsSharingAccount = List.of("正义律师事务所", "公平律师事务所");
            assertFinding(rule.check(f.build()), RuleCode.SHARED_ACCOUNT, "flag.sharedAccount",
                    List.of(FIRM_NAME, "正义律师事务所、公平律师事务所"));
        }

        @Test
        @DisplayName("an account of this firm alone is not flagged")
        void passesAccountOfOneFirm() {
            assertEquals(Optional.empty(), new SharedAccountRule().check(new Facts().build()));
        }
    }

    @Nested
    @DisplayName("6. suspended or exited lawyer")
    class SuspendedLawyer {
        private final ClaimRule rule = new SuspendedLawyerRule();

        private Facts suspendedOn(String status, LocalDate since, LocalDate workDay) {
            Facts f = new Facts();
            f.lawyerStatus = status;
            f.lawyerStatusSince = since;
            f.caseWorkDay = workDay;
            return f;
        }

        @Test
        @DisplayName("work after the suspension took effect is flagged, naming lawyer, status, its date and the last work day")
        void flagsWorkAfterSuspension() {
            Facts f = suspendedOn("SUSPENDED", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20));
            assertFinding(rule.check(f.build()), RuleCode.SUSPENDED_LAWYER, "flag.suspendedLawyer",
                    List.of(LAWYER_NAME, "lawyerStatus.SUSPENDED", "2026-03-01", "2026-03-20"));
        }

        @Test
        @DisplayName("work after an exit is flagged too")
        void flagsWorkAfterExit() {
            assertTrue(rule.check(suspendedOn("EXITED", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2)).build()).isPresent());
        }

        @Test
        @DisplayName("work ending on the day the suspension took effect is flagged (the suspension is in force that day)")
        void flagsWorkEndingOnTheSuspensionDay() {
            assertTrue(rule.check(suspendedOn("SUSPENDED", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).build()).isPresent());
        }

        @Test
        @DisplayName("work done before the suspension date is not flagged: it is paid though the lawyer is suspended now")
        void passesWorkBeforeSuspension() {
            assertEquals(Optional.empty(),
                    rule.check(suspendedOn("SUSPENDED", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28)).build()));
        }

        @Test
        @DisplayName("an active lawyer is not flagged")
        void passesActiveLawyer() {
            assertEquals(Optional.empty(),
                    rule.check(suspendedOn("ACTIVE", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20)).build()));
        }
    }

    @Nested
    @DisplayName("7. fund purpose")
    class FundPurpose {
        private final ClaimRule rule = new FundPurposeRule();

        @Test
        @DisplayName("a case subsidy charged to a fund that does not pay case subsidies is flagged, naming the fund")
        void flagsFundWithoutCaseSubsidyUse() {
            Facts f = new Facts();
            f.fundAllowsCaseSubsidy = false;
            f.fundName = "2026年工作经费";
            Finding found = assertFinding(rule.check(f.build()), RuleCode.FUND_PURPOSE, "flag.fundPurpose", List.of("2026年工作经费"));
            assertTrue(found.evidence().endsWith("fund=1"), found.evidence());
        }

        @Test
        @DisplayName("a fund for case subsidies is not flagged")
        void passesCaseSubsidyFund() {
            assertEquals(Optional.empty(), rule.check(new Facts().build()));
        }
    }

    @Nested
    @DisplayName("9. budget overrun")
    class BudgetOverrun {
        private final ClaimRule rule = new BudgetOverrunRule();

        @Test
        @DisplayName("a claim that takes the year's spending one fen over the budget is flagged with budget, spending and excess")
        void flagsSpendingAboveBudget() {
            Facts f = new Facts();
            f.spent = yuan("97000.01");
            assertFinding(rule.check(f.build()), RuleCode.BUDGET_OVERRUN, "flag.budgetOverrun",
                    List.of("100000.00", "100000.01", "0.01"));
        }

        @Test
        @DisplayName("a claim that spends the budget exactly is not flagged")
        void passesSpendingExactlyTheBudget() {
            Facts f = new Facts();
            f.spent = yuan("97000.00");
            assertEquals(Optional.empty(), rule.check(f.build()));
        }
    }

    @Nested
    @DisplayName("10. money from the client")
    class ClientPayment {
        private final ClaimRule rule = new ClientPaymentRule();

        @Test
        @DisplayName("a report that the lawyer took money from the client is flagged, naming the lawyer and the count")
        void flagsReportedClientPayment() {
            Facts f = new Facts();
            f.clientPaymentReports = 2;
            assertFinding(rule.check(f.build()), RuleCode.CLIENT_PAYMENT, "flag.clientPayment", List.of(LAWYER_NAME, "2"));
        }

        @Test
        @DisplayName("no report, no flag")
        void passesWithoutReport() {
            assertEquals(Optional.empty(), rule.check(new Facts().build()));
        }
    }
}
