package org.legalaid.funding;

import org.legalaid.shared.HashChain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.funding.LedgerPosting.Line;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.funding.FundingFixtures.NOW;
import static org.legalaid.funding.FundingFixtures.set;
import static org.legalaid.funding.FundingFixtures.yuan;
import static org.legalaid.funding.LedgerAccount.APPROPRIATION;
import static org.legalaid.funding.LedgerAccount.AVAILABLE;
import static org.legalaid.funding.LedgerAccount.COMMITTED;
import static org.legalaid.funding.LedgerAccount.PAID;

@DisplayName("The ledger's hash chain: an intact chain verifies; an edit, a deletion or a dropped tail is named at its position")
class LedgerChainTest {

    private static final long FUND = 1L;
    private static final long CITY = 1L;
    private static final long DISTRICT = 2L;

    /** budget, allocation, commitment, payment, reversal of the payment: seq 1–5. */
    private final List<LedgerPosting> chain = new ArrayList<>();

    private LedgerPosting last() {
        return chain.get(chain.size() - 1);
    }

    private void post(PostingKind kind, String reference, String memo, Line... lines) {
        long seq = chain.isEmpty() ? 0 : last().getSeq();
        String prev = chain.isEmpty() ? LedgerChain.GENESIS : last().getHash();
        chain.add(LedgerPosting.next(seq, prev, kind, reference, memo, "finofficer", NOW.plusMinutes(chain.size()), List.of(lines)));
    }

    @BeforeEach
    void fivePostings() {
        BigDecimal a = yuan("100000.00");
        post(PostingKind.BUDGET, "B-2026", "2026年度预算", Line.debit(FUND, CITY, AVAILABLE, a), Line.credit(FUND, CITY, APPROPRIATION, a));
        post(PostingKind.ALLOCATION, "A-1", "下拨", Line.debit(FUND, DISTRICT, AVAILABLE, yuan("40000")),
                Line.credit(FUND, CITY, AVAILABLE, yuan("40000")));
        post(PostingKind.COMMITMENT, "SubsidyClaim:12", "青法援〔2026〕101号", Line.debit(FUND, DISTRICT, COMMITTED, yuan("3000")),
                Line.credit(FUND, DISTRICT, AVAILABLE, yuan("3000")));
        post(PostingKind.PAYMENT, "Payment:7", "批次 3", Line.debit(FUND, DISTRICT, PAID, yuan("3000")),
                Line.credit(FUND, DISTRICT, COMMITTED, yuan("3000")));
        LedgerPosting payment = last();
        chain.add(LedgerPosting.reversal(payment.getSeq(), payment.getHash(), payment, "银行退票", "finofficer", NOW.plusHours(1)));
    }

    private HashChain.Verification verify(List<LedgerPosting> postings) {
        return LedgerChain.verify(postings.iterator(), last().getSeq(), last().getHash());
    }

    @Test
    @DisplayName("an untouched chain verifies, every posting checked")
    void untouchedChainVerifies() {
        HashChain.Verification v = verify(chain);
        assertTrue(v.intact());
        assertEquals(5, v.rowsChecked());
        assertEquals(0, v.firstBrokenSeq());
        assertNull(v.problem());
    }

    @Test
    @DisplayName("each posting links to the hash of the one before, the first to the genesis hash")
    void eachPostingLinksToThePrevious() {
        assertEquals(LedgerChain.GENESIS, chain.get(0).getPrevHash());
        for (int i = 1; i < chain.size(); i++) {
            assertEquals(i + 1, chain.get(i).getSeq());
            assertEquals(chain.get(i - 1).getHash(), chain.get(i).getPrevHash());
        }
    }

    @Test
    @DisplayName("a changed memo is CONTENT_CHANGED at that posting")
    void changedMemoIsContentChanged() {
        set(chain.get(2), "memo", "青法援〔2026〕999号");
        HashChain.Verification v = verify(chain);
        assertFalse(v.intact());
        assertEquals(3, v.firstBrokenSeq());
        assertEquals(HashChain.Problem.CONTENT_CHANGED, v.problem());
        assertEquals(2, v.rowsChecked());
    }

    @Test
    @DisplayName("a changed line amount is CONTENT_CHANGED at that posting")
    void changedLineAmountIsContentChanged() {
        set(chain.get(3).getLines().get(0), "debit", yuan("30000.00"));
        HashChain.Verification v = verify(chain);
        assertEquals(4, v.firstBrokenSeq());
        assertEquals(HashChain.Problem.CONTENT_CHANGED, v.problem());
    }

    @Test
    @DisplayName("a line moved to another fund is CONTENT_CHANGED at that posting")
    void changedLineFundIsContentChanged() {
        set(chain.get(1).getLines().get(0), "fundId", 2L);
        HashChain.Verification v = verify(chain);
        assertEquals(2, v.firstBrokenSeq());
        assertEquals(HashChain.Problem.CONTENT_CHANGED, v.problem());
    }

    @Test
    @DisplayName("an edit that recomputes its own hash breaks the next posting's link")
    void editWithRecomputedHashBreaksTheNextLink() {
        LedgerPosting p = chain.get(1);
        set(p, "postedBy", "intruder");
        set(p, "hash", LedgerChain.hashOf(p));
        HashChain.Verification v = verify(chain);
        assertEquals(3, v.firstBrokenSeq());
        assertEquals(HashChain.Problem.LINK_BROKEN, v.problem());
    }

    @Test
    @DisplayName("a deleted posting is MISSING at its position")
    void deletedPostingIsMissing() {
        List<LedgerPosting> withGap = new ArrayList<>(chain);
        withGap.remove(1);
        HashChain.Verification v = verify(withGap);
        assertFalse(v.intact());
        assertEquals(2, v.firstBrokenSeq());
        assertEquals(HashChain.Problem.MISSING, v.problem());
        assertEquals(1, v.rowsChecked());
    }

    @Test
    @DisplayName("dropped last postings are TAIL_MISSING at the first position gone")
    void droppedTailIsTailMissing() {
        HashChain.Verification v = verify(chain.subList(0, 3));
        assertFalse(v.intact());
        assertEquals(4, v.firstBrokenSeq());
        assertEquals(HashChain.Problem.TAIL_MISSING, v.problem());
        assertEquals(3, v.rowsChecked());
    }

    @Test
    @DisplayName("an empty ledger verifies against a head at the genesis")
    void emptyLedgerVerifiesAgainstGenesisHead() {
        assertTrue(LedgerChain.verify(List.<LedgerPosting>of().iterator(), 0, LedgerChain.GENESIS).intact());
    }

    @Test
    @DisplayName("the hash depends on every field: the same posting with another reference hashes differently")
    void hashCoversTheReference() {
        LedgerPosting p = chain.get(0);
        String before = LedgerChain.hashOf(p);
        set(p, "reference", "B-2027");
        assertFalse(before.equals(LedgerChain.hashOf(p)));
    }

    @Test
    @DisplayName("the head moves only to the posting that follows it")
    void headAdvancesOnlyToTheNextPosting() throws ReflectiveOperationException {
        java.lang.reflect.Constructor<LedgerHead> c = LedgerHead.class.getDeclaredConstructor();
        c.setAccessible(true);
        LedgerHead head = c.newInstance();
        set(head, "lastHash", LedgerChain.GENESIS);
        assertThrows(IllegalStateException.class, () -> head.advanceTo(chain.get(1)));
        head.advanceTo(chain.get(0));
        assertEquals(1, head.lastSeq());
        assertEquals(chain.get(0).getHash(), head.lastHash());
        assertThrows(IllegalStateException.class, () -> head.advanceTo(chain.get(0)));
    }
}
