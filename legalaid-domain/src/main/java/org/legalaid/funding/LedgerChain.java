package org.legalaid.funding;

import org.legalaid.shared.HashChain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;


/**
 * The ledger's hash chain: how a posting's hash is computed over the posting and its lines, and
 * how a run of postings is verified against the head. Pure Java, unit-tested.
 */
public final class LedgerChain {

    /** The previous hash of the first posting. */
    public static final String GENESIS = HashChain.GENESIS;

    private LedgerChain() {
    }

    /** SHA-256 over the posting's fields and its lines in order ({@link HashChain.Fields}). */
    public static String hashOf(LedgerPosting p) {
        HashChain.Fields f = HashChain.fields().add(p.getSeq()).add(p.getKind().name()).add(p.getReference()).add(p.getMemo())
                .add(p.getReversesSeq() == null ? "" : p.getReversesSeq().toString()).add(p.getPostedBy())
                .add(p.getPostedAt().toInstant().toEpochMilli()).add(p.getPrevHash());
        List<LedgerLine> lines = new ArrayList<>(p.getLines());
        lines.sort(Comparator.comparingInt(LedgerLine::getLineNo));
        for (LedgerLine l : lines) {
            f.add(l.getLineNo()).add(l.getFundId()).add(l.getUnitId()).add(l.getAccount().name())
                    .add(Yuan.fen(l.getDebit()).toPlainString()).add(Yuan.fen(l.getCredit()).toPlainString());
        }
        return f.sha256();
    }

    /** Verifies postings given in ascending {@code seq} order against the head ({@link HashChain#verify}). */
    public static HashChain.Verification verify(Iterator<LedgerPosting> inOrder, long headSeq, String headHash) {
        return HashChain.verify(inOrder, LedgerPosting::getSeq, LedgerPosting::getPrevHash, LedgerPosting::getHash,
                LedgerChain::hashOf, headSeq, headHash);
    }
}
