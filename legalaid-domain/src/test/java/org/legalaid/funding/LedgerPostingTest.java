package org.legalaid.funding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.funding.LedgerPosting.Line;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.legalaid.funding.FundingFixtures.NOW;
import static org.legalaid.funding.FundingFixtures.yuan;
import static org.legalaid.funding.LedgerAccount.APPROPRIATION;
import static org.legalaid.funding.LedgerAccount.AVAILABLE;
import static org.legalaid.funding.LedgerAccount.COMMITTED;

@DisplayName("A ledger posting: lines that balance, appended after the chain's last posting, corrected only by reversal")
class LedgerPostingTest {

    private static final long FUND = 1L;
    private static final long UNIT = 7L;

    private static LedgerPosting commitment(BigDecimal amount) {
        return LedgerPosting.next(4, "a".repeat(64), PostingKind.COMMITMENT, "SubsidyClaim:12", "青法援〔2026〕101号",
                "finapprover", NOW, List.of(Line.debit(FUND, UNIT, COMMITTED, amount), Line.credit(FUND, UNIT, AVAILABLE, amount)));
    }

    @Test
    @DisplayName("debits that do not equal credits are refused")
    void refusesUnbalancedLines() {
        assertThrows(IllegalArgumentException.class, () -> LedgerPosting.next(0, LedgerChain.GENESIS, PostingKind.BUDGET,
                "B-2026", "budget", "finapprover", NOW,
                List.of(Line.debit(FUND, UNIT, AVAILABLE, yuan("100.00")), Line.credit(FUND, UNIT, APPROPRIATION, yuan("99.99")))));
    }

    @Test
    @DisplayName("a single line is refused, even of zero on the other side")
    void refusesSingleLine() {
        assertThrows(IllegalArgumentException.class, () -> LedgerPosting.next(0, LedgerChain.GENESIS, PostingKind.BUDGET,
                "B-2026", "budget", "finapprover", NOW, List.of(Line.debit(FUND, UNIT, AVAILABLE, yuan("100.00")))));
    }

    @Test
    @DisplayName("a line with both sides, neither side or a negative side is refused")
    void refusesLineWithoutExactlyOnePositiveSide() {
        Line credit = Line.credit(FUND, UNIT, APPROPRIATION, yuan("100.00"));
        for (Line bad : List.of(new Line(FUND, UNIT, AVAILABLE, yuan("100.00"), yuan("100.00")),
                new Line(FUND, UNIT, AVAILABLE, yuan("0.00"), yuan("0.00")),
                new Line(FUND, UNIT, AVAILABLE, yuan("-100.00"), yuan("0.00")))) {
            assertThrows(IllegalArgumentException.class, () -> LedgerPosting.next(0, LedgerChain.GENESIS, PostingKind.BUDGET,
                    "B-2026", "budget", "finapprover", NOW, List.of(bad, credit)), bad.toString());
        }
    }

    @Test
    @DisplayName("a balanced posting follows the previous one: next seq, its hash as previous hash, its own hash computed")
    void followsTheChainsLastPosting() {
        LedgerPosting p = commitment(yuan("3000.00"));
        assertEquals(5, p.getSeq());
        assertEquals("a".repeat(64), p.getPrevHash());
        assertEquals(LedgerChain.hashOf(p), p.getHash());
        assertEquals(64, p.getHash().length());
        assertEquals(yuan("3000.00"), p.total());
        assertEquals(List.of(1, 2), p.getLines().stream().map(LedgerLine::getLineNo).toList());
    }

    @Test
    @DisplayName("the time is kept in UTC to the millisecond, so the hash is the same after a round trip through the database")
    void keepsTimeInUtcToTheMillisecond() {
        OffsetDateTime t = OffsetDateTime.of(2026, 6, 1, 9, 0, 0, 123_456_789, ZoneOffset.ofHours(8));
        LedgerPosting p = LedgerPosting.next(0, LedgerChain.GENESIS, PostingKind.BUDGET, "B", "m", "u", t,
                List.of(Line.debit(FUND, UNIT, AVAILABLE, yuan("1")), Line.credit(FUND, UNIT, APPROPRIATION, yuan("1"))));
        assertEquals(ZoneOffset.UTC, p.getPostedAt().getOffset());
        assertEquals(123_000_000, p.getPostedAt().getNano());
        assertEquals(t.toInstant().toEpochMilli(), p.getPostedAt().toInstant().toEpochMilli());
    }

    @Test
    @DisplayName("a reversal swaps every line's sides, names the posting it reverses and carries the reason as memo")
    void reversalSwapsSides() {
        LedgerPosting original = commitment(yuan("3000.00"));
        LedgerPosting r = LedgerPosting.reversal(original.getSeq(), original.getHash(), original, "金额录入错误",
                "finapprover2", NOW.plusHours(1));
        assertEquals(PostingKind.REVERSAL, r.getKind());
        assertEquals(6, r.getSeq());
        assertEquals(original.getHash(), r.getPrevHash());
        assertEquals(Long.valueOf(5), r.getReversesSeq());
        assertEquals("金额录入错误", r.getMemo());
        assertEquals(original.getReference(), r.getReference());
        for (int i = 0; i < 2; i++) {
            LedgerLine o = original.getLines().get(i);
            LedgerLine s = r.getLines().get(i);
            assertEquals(o.getAccount(), s.getAccount());
            assertEquals(o.getDebit(), s.getCredit());
            assertEquals(o.getCredit(), s.getDebit());
            assertEquals(0, o.effect().add(s.effect()).signum(), "the reversal undoes the line's effect");
        }
    }

    @Test
    @DisplayName("a reversal is not itself reversed, and next() does not make reversals")
    void refusesReversalOfReversalAndReversalByNext() {
        LedgerPosting original = commitment(yuan("3000.00"));
        LedgerPosting r = LedgerPosting.reversal(5, original.getHash(), original, "错", "finapprover2", NOW);
        assertThrows(IllegalArgumentException.class, () -> LedgerPosting.reversal(6, r.getHash(), r, "再错", "u", NOW));
        assertThrows(IllegalArgumentException.class, () -> LedgerPosting.next(0, LedgerChain.GENESIS, PostingKind.REVERSAL,
                "R", "m", "u", NOW,
                List.of(Line.debit(FUND, UNIT, AVAILABLE, yuan("1")), Line.credit(FUND, UNIT, APPROPRIATION, yuan("1")))));
    }

    @Test
    @DisplayName("a line raises its account by debit on debit-normal accounts and by credit on the appropriation")
    void lineEffectFollowsTheAccountsNormalSide() {
        LedgerPosting budget = LedgerPosting.next(0, LedgerChain.GENESIS, PostingKind.BUDGET, "B", "m", "u", NOW,
                List.of(Line.debit(FUND, UNIT, AVAILABLE, yuan("500")), Line.credit(FUND, UNIT, APPROPRIATION, yuan("500"))));
        assertEquals(yuan("500.00"), budget.getLines().get(0).effect());
        assertEquals(yuan("500.00"), budget.getLines().get(1).effect());
        LedgerPosting commit = commitment(yuan("200"));
        assertEquals(yuan("200.00"), commit.getLines().get(0).effect());
        assertEquals(yuan("-200.00"), commit.getLines().get(1).effect());
    }

    @Test
    @DisplayName("amounts on the lines are rounded to the fen")
    void roundsLineAmountsToTheFen() {
        LedgerPosting p = commitment(yuan("10.005"));
        assertEquals(yuan("10.01"), p.getLines().get(0).getDebit());
        assertEquals(yuan("10.01"), p.getLines().get(1).getCredit());
    }
}
