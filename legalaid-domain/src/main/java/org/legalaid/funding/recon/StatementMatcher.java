package org.legalaid.funding.recon;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Matches statement lines to the payments sent, in passes (issue 13, "Reconciliation"):
 * <ol>
 * <li>by the payment reference the bank returned: the line settles that payment — matched, or an
 * <em>account mismatch</em> when it went to another account, or an <em>amount mismatch</em>;</li>
 * <li>by the account, the exact amount and a day within the window (settings, days either side),
 * the nearest day first, then the oldest payment;</li>
 * <li>one line settling several payments of one batch to the same account, by their sum.</li>
 * </ol>
 * Each pass sees only the lines and payments the earlier passes left, and a payment is settled by one
 * line at most. Lines left over are <em>lines without payment</em>; payments left over are
 * <em>payments without line</em>.
 *
 * <p>The per-line methods are what the batch job runs, chunk by chunk, with the payments already taken
 * kept in the database; {@link #reconcile} runs the same passes in memory over a whole statement (the
 * definition the job's results are tested against).
 */
public final class StatementMatcher {

    private final int windowDays;

    public StatementMatcher(int windowDays) {
        if (windowDays < 0) {
            throw new IllegalArgumentException("window " + windowDays);
        }
        this.windowDays = windowDays;
    }

    /** Pass 1: the result of a line whose reference names {@code payment}, when it does. */
    public Optional<LineResult> byReference(StatementLine line, Optional<SentPayment> payment) {
        if (line.paymentReference().isEmpty() || payment.isEmpty()
                || !payment.get().reference().equals(line.paymentReference().get())) {
            return Optional.empty();
        }
        SentPayment p = payment.get();
        ReconOutcome outcome = !digits(p.accountNo()).equals(line.accountNo()) ? ReconOutcome.ACCOUNT_MISMATCH
                : p.amount().compareTo(line.amount()) != 0 ? ReconOutcome.AMOUNT_MISMATCH : ReconOutcome.MATCHED;
        return Optional.of(new LineResult(line, outcome, ReconPass.REFERENCE, List.of(p)));
    }

    /**
     * Pass 2: the payments a line may settle by account, exact amount and day, best first (nearest day,
     * then lowest id). The first one not yet taken is the match.
     */
    public List<SentPayment> byAccount(StatementLine line, Collection<SentPayment> untaken) {
        return untaken.stream()
                .filter(p -> digits(p.accountNo()).equals(line.accountNo()) && p.amount().compareTo(line.amount()) == 0
                        && within(line, p))
                .sorted(Comparator.<SentPayment>comparingLong(p -> Math.abs(ChronoUnit.DAYS.between(p.day(), line.date())))
                        .thenComparingLong(SentPayment::id))
                .toList();
    }

    /**
     * Pass 3: the groups of payments a line may settle by their sum — the untaken payments of one batch
     * to the line's account within the window, two or more, adding up to the line's amount — lowest
     * batch first. The first group none of whose payments is taken is the match.
     */
    public List<List<SentPayment>> bySum(StatementLine line, Collection<SentPayment> untaken) {
        Map<Long, List<SentPayment>> byBatch = new TreeMap<>();
        for (SentPayment p : untaken) {
            if (digits(p.accountNo()).equals(line.accountNo()) && within(line, p)) {
                byBatch.computeIfAbsent(p.batchId(), b -> new ArrayList<>()).add(p);
            }
        }
        List<List<SentPayment>> out = new ArrayList<>();
        for (List<SentPayment> group : byBatch.values()) {
            BigDecimal sum = group.stream().map(SentPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (group.size() >= 2 && sum.compareTo(line.amount()) == 0) {
                group.sort(Comparator.comparingLong(SentPayment::id));
                out.add(List.copyOf(group));
            }
        }
        return out;
    }

    /** Whether the payment's day lies within the window of the line's day. */
    public boolean within(StatementLine line, SentPayment p) {
        return Math.abs(ChronoUnit.DAYS.between(p.day(), line.date())) <= windowDays;
    }

    /** The whole reconciliation of a statement in memory: each line's result, then the payments left. */
    public Result reconcile(List<StatementLine> lines, List<SentPayment> payments) {
        Map<String, SentPayment> byReference = new HashMap<>();
        payments.forEach(p -> byReference.put(p.reference(), p));
        Set<Long> taken = new HashSet<>();
        Map<Long, LineResult> results = new LinkedHashMap<>();
        for (StatementLine l : lines) {
            byReference(l, l.paymentReference().map(byReference::get)).filter(r -> taken.add(r.payments().get(0).id()))
                    .ifPresent(r -> results.put(l.lineNo(), r));
        }
        for (StatementLine l : lines) {
            if (!results.containsKey(l.lineNo())) {
                byAccount(l, untaken(payments, taken)).stream().findFirst().ifPresent(p -> {
                    taken.add(p.id());
                    results.put(l.lineNo(), new LineResult(l, ReconOutcome.MATCHED, ReconPass.ACCOUNT_AMOUNT, List.of(p)));
                });
            }
        }
        for (StatementLine l : lines) {
            if (!results.containsKey(l.lineNo())) {
                bySum(l, untaken(payments, taken)).stream().findFirst().ifPresent(g -> {
                    g.forEach(p -> taken.add(p.id()));
                    results.put(l.lineNo(), new LineResult(l, ReconOutcome.MATCHED, ReconPass.SUM, g));
                });
            }
        }
        List<LineResult> out = new ArrayList<>();
        for (StatementLine l : lines) {
            out.add(results.getOrDefault(l.lineNo(), LineResult.unmatched(l)));
        }
        return new Result(out, untaken(payments, taken));
    }

    private static List<SentPayment> untaken(List<SentPayment> payments, Set<Long> taken) {
        return payments.stream().filter(p -> !taken.contains(p.id())).toList();
    }

    /** An account number as the statement carries it: digits only. */
    public static String digits(String account) {
        return account == null ? "" : account.replaceAll("\\D", "");
    }

    /** A statement's reconciliation: each line's result and the payments no line settles. */
    public record Result(List<LineResult> lines, List<SentPayment> unmatchedPayments) {

        public long count(ReconOutcome outcome) {
            return outcome == ReconOutcome.UNMATCHED_PAYMENT ? unmatchedPayments.size()
                    : lines.stream().filter(l -> l.outcome() == outcome).count();
        }
    }
}
