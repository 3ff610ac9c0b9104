package org.legalaid.funding.recon;

import org.legalaid.funding.Finding;
import org.legalaid.funding.RuleCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The flags reconciliation raises, each explained in plain language with its figures. One flag per
 * subject: a payment ({@code Payment:12}) for a mismatch or a missing bank line, a statement line
 * ({@code BankStatement:3:17}) for a line without payment — a second run or another statement does
 * not repeat it.
 */
public final class ReconFindings {

    private ReconFindings() {
    }

    /** The subject of a payment's reconciliation flags. */
    public static String paymentSubject(long paymentId) {
        return "Payment:" + paymentId;
    }

    /** The subject of a statement line's flag. */
    public static String lineSubject(long statementId, long lineNo) {
        return "BankStatement:" + statementId + ":" + lineNo;
    }

    /** The line's reference settles the payment, but it was paid in to another account. */
    public static Finding accountMismatch(long statementId, StatementLine l, SentPayment p) {
        return new Finding(RuleCode.RECON_ACCOUNT_MISMATCH, paymentSubject(p.id()), p.unitId(), p.claimId(),
                "flag.recon.accountMismatch", List.of(p.reference(), p.accountNo(), l.accountNo(), money(l.amount()),
                String.valueOf(l.lineNo())),
                "statement " + statementId + " line " + l.lineNo() + ": " + p.reference() + " sent to " + p.accountNo()
                        + ", bank paid " + l.amount() + " to " + l.accountNo() + " on " + l.date());
    }

    /** The line's reference settles the payment, with another amount. */
    public static Finding amountMismatch(long statementId, StatementLine l, SentPayment p) {
        BigDecimal diff = l.amount().subtract(p.amount());
        return new Finding(RuleCode.RECON_AMOUNT_MISMATCH, paymentSubject(p.id()), p.unitId(), p.claimId(),
                "flag.recon.amountMismatch", List.of(p.reference(), money(p.amount()), money(l.amount()),
                money(diff.abs()), String.valueOf(l.lineNo()), diff.signum() > 0 ? "+" : "-"),
                "statement " + statementId + " line " + l.lineNo() + ": " + p.reference() + " amount " + p.amount()
                        + ", bank paid " + l.amount() + " on " + l.date());
    }

    /** A statement line that settles no payment. */
    public static Finding unmatchedLine(long statementId, long unitId, StatementLine l) {
        return new Finding(RuleCode.RECON_UNMATCHED_LINE, lineSubject(statementId, l.lineNo()), unitId, null,
                "flag.recon.unmatchedLine", List.of(String.valueOf(l.lineNo()), l.date().toString(), money(l.amount()),
                nz(l.counterparty()), l.accountNo(), nz(l.reference()) + (l.summary() == null || l.summary().isBlank()
                        ? "" : " " + l.summary())),
                "statement " + statementId + " line " + l.lineNo() + ": " + l.date() + " " + l.amount() + " to "
                        + l.accountNo() + " " + nz(l.counterparty()) + " ref " + nz(l.reference()));
    }

    /** A payment sent within the statement's period that no line settles. */
    public static Finding unmatchedPayment(long statementId, SentPayment p, LocalDate from, LocalDate to) {
        return new Finding(RuleCode.RECON_UNMATCHED_PAYMENT, paymentSubject(p.id()), p.unitId(), p.claimId(),
                "flag.recon.unmatchedPayment", List.of(p.reference(), money(p.amount()), p.day().toString(),
                from.toString(), to.toString()),
                "statement " + statementId + " (" + from + " to " + to + "): no line for " + p.reference() + " "
                        + p.amount() + " to " + p.accountNo() + " sent " + p.day());
    }

    private static String money(BigDecimal a) {
        return String.format(java.util.Locale.ROOT, "%,.2f", a);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
