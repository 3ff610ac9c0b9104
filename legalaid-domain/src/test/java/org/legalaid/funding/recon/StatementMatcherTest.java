package org.legalaid.funding.recon;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.funding.Finding;
import org.legalaid.funding.Payment;
import org.legalaid.funding.RuleCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Statement matching in passes: reference, then account + amount + window, then one line for several payments of a batch")
class StatementMatcherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final String ACC_A = "380302010900001";
    private static final String ACC_B = "380302010900002";
    private final StatementMatcher matcher = new StatementMatcher(3);

    private static SentPayment payment(long id, long batch, String account, String amount, LocalDate day) {
        return new SentPayment(id, 100 + id, batch, 7, Payment.referenceOf(100 + id), account, new BigDecimal(amount), day);
    }

    private static StatementLine line(long no, String ref, String account, String amount, LocalDate day) {
        return new StatementLine(no, day, ref, "", "律所", account, new BigDecimal(amount));
    }

    @Test
    @DisplayName("pass 1: the reference settles its payment — matched, amount mismatch, account mismatch (the account wins)")
    void byReference() {
        SentPayment p = payment(1, 1, ACC_A, "1900.00", DAY);
        assertEquals(ReconOutcome.MATCHED, matcher.byReference(line(2, p.reference(), ACC_A, "1900.00", DAY.plusDays(30)),
                java.util.Optional.of(p)).orElseThrow().outcome(), "the reference needs no window");
        assertEquals(ReconOutcome.AMOUNT_MISMATCH, matcher.byReference(line(2, p.reference(), ACC_A, "1800.00", DAY),
                java.util.Optional.of(p)).orElseThrow().outcome());
        assertEquals(ReconOutcome.ACCOUNT_MISMATCH, matcher.byReference(line(2, p.reference(), ACC_B, "1800.00", DAY),
                java.util.Optional.of(p)).orElseThrow().outcome());
        assertTrue(matcher.byReference(line(2, "", ACC_A, "1900.00", DAY), java.util.Optional.of(p)).isEmpty());
    }

    @Test
    @DisplayName("pass 2: same account and exact amount within the window, nearest day first; outside the window no match")
    void byAccountAmountAndWindow() {
        SentPayment far = payment(1, 1, ACC_A, "500.00", DAY.minusDays(3));
        SentPayment near = payment(2, 1, ACC_A, "500.00", DAY.minusDays(1));
        SentPayment outside = payment(3, 1, ACC_A, "500.00", DAY.minusDays(4));
        SentPayment otherAmount = payment(4, 1, ACC_A, "500.01", DAY);
        assertEquals(List.of(near, far), matcher.byAccount(line(2, "", ACC_A, "500.00", DAY), List.of(far, near, outside, otherAmount)));
        assertEquals(List.of(), new StatementMatcher(0).byAccount(line(2, "", ACC_A, "500.00", DAY), List.of(far, near)));
    }

    @Test
    @DisplayName("pass 3: one line settles two payments of one batch to the account by their sum; another batch or a wrong sum does not")
    void bySum() {
        SentPayment a = payment(1, 5, ACC_A, "1500.00", DAY);
        SentPayment b = payment(2, 5, ACC_A, "400.00", DAY);
        SentPayment otherBatch = payment(3, 6, ACC_A, "400.00", DAY);
        SentPayment otherAccount = payment(4, 5, ACC_B, "100.00", DAY);
        assertEquals(List.of(List.of(a, b)), matcher.bySum(line(2, "", ACC_A, "1900.00", DAY), List.of(a, b, otherBatch, otherAccount)));
        assertEquals(List.of(), matcher.bySum(line(2, "", ACC_A, "2300.00", DAY), List.of(a, b, otherBatch)));
    }

    @Test
    @DisplayName("a whole statement: the passes run in order over every line, a payment is settled once, the rest are lines and payments without partner")
    void wholeStatement() {
        SentPayment p1 = payment(1, 1, ACC_A, "1900.00", DAY);
        SentPayment p2 = payment(2, 1, ACC_A, "1900.00", DAY);      // same account and amount as p1
        SentPayment p3 = payment(3, 2, ACC_B, "1000.00", DAY);
        SentPayment p4 = payment(4, 2, ACC_B, "700.00", DAY);
        SentPayment p5 = payment(5, 3, ACC_B, "2500.00", DAY);
        SentPayment lost = payment(6, 3, ACC_A, "333.00", DAY);
        List<StatementLine> lines = List.of(
                line(2, "", ACC_A, "1900.00", DAY),                  // pass 2: must not take p1, which line 3 names
                line(3, p1.reference(), ACC_A, "1900.00", DAY),      // pass 1
                line(4, p5.reference(), ACC_B, "2400.00", DAY),      // pass 1: amount mismatch
                line(5, "", ACC_B, "1,700.00".replace(",", ""), DAY.plusDays(2)), // pass 3: p3 + p4
                line(6, p1.reference(), ACC_A, "1900.00", DAY),      // p1 settled already: without payment
                line(7, "", "6222000011112222", "88.00", DAY));     // unknown
        StatementMatcher.Result r = matcher.reconcile(lines, List.of(p1, p2, p3, p4, p5, lost));
        assertEquals(List.of(ReconOutcome.MATCHED, ReconOutcome.MATCHED, ReconOutcome.AMOUNT_MISMATCH, ReconOutcome.MATCHED,
                ReconOutcome.UNMATCHED_LINE, ReconOutcome.UNMATCHED_LINE), r.lines().stream().map(LineResult::outcome).toList());
        assertEquals(List.of(ReconPass.ACCOUNT_AMOUNT, ReconPass.REFERENCE, ReconPass.REFERENCE, ReconPass.SUM, ReconPass.CLOSE,
                ReconPass.CLOSE), r.lines().stream().map(LineResult::pass).toList());
        assertEquals(List.of(p2), r.lines().get(0).payments(), "pass 2 leaves the payment that line 3's reference names");
        assertEquals(List.of(p3, p4), r.lines().get(3).payments());
        assertEquals(List.of(lost), r.unmatchedPayments());
        assertEquals(3, r.count(ReconOutcome.MATCHED));
        assertEquals(2, r.count(ReconOutcome.UNMATCHED_LINE));
        assertEquals(1, r.count(ReconOutcome.UNMATCHED_PAYMENT));
    }

    @Test
    @DisplayName("the flags: one per payment or statement line, explained with their figures")
    void findings() {
        SentPayment p = payment(1, 1, ACC_A, "1900.00", DAY);
        StatementLine l = line(4, p.reference(), ACC_A, "1,234.50".replace(",", ""), DAY);
        Finding amount = ReconFindings.amountMismatch(9, l, p);
        assertEquals(RuleCode.RECON_AMOUNT_MISMATCH, amount.rule());
        assertEquals("RECON_AMOUNT_MISMATCH|Payment:1", amount.dedupeKey());
        assertEquals(List.of(p.reference(), "1,900.00", "1,234.50", "665.50", "4", "-"), amount.figures());
        assertEquals(101L, amount.claimId());
        Finding line = ReconFindings.unmatchedLine(9, 7, l);
        assertEquals("RECON_UNMATCHED_LINE|BankStatement:9:4", line.dedupeKey());
        assertEquals(null, line.claimId());
    }
}
