package org.legalaid.funding;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
    public static final String GENESIS = "0".repeat(64);

    private LedgerChain() {
    }

    /** SHA-256 over the posting's fields and its lines in order, each field length-prefixed. */
    public static String hashOf(LedgerPosting p) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, Long.toString(p.getSeq()));
        field(sb, p.getKind().name());
        field(sb, p.getReference());
        field(sb, p.getMemo());
        field(sb, p.getReversesSeq() == null ? "" : p.getReversesSeq().toString());
        field(sb, p.getPostedBy());
        field(sb, Long.toString(p.getPostedAt().toInstant().toEpochMilli()));
        field(sb, p.getPrevHash());
        List<LedgerLine> lines = new ArrayList<>(p.getLines());
        lines.sort(Comparator.comparingInt(LedgerLine::getLineNo));
        for (LedgerLine l : lines) {
            field(sb, Integer.toString(l.getLineNo()));
            field(sb, Long.toString(l.getFundId()));
            field(sb, Long.toString(l.getUnitId()));
            field(sb, l.getAccount().name());
            field(sb, plain(l.getDebit()));
            field(sb, plain(l.getCredit()));
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String plain(BigDecimal amount) {
        return Yuan.fen(amount).toPlainString();
    }

    private static void field(StringBuilder sb, String value) {
        sb.append(value.length()).append(':').append(value).append('|');
    }

    /**
     * Verifies postings given in ascending {@code seq} order against the head: the first posting
     * missing, linked to the wrong predecessor or whose content no longer matches its hash; or a
     * tail that ends before the head.
     */
    public static Verification verify(Iterator<LedgerPosting> inOrder, long headSeq, String headHash) {
        long expectedSeq = 1;
        String expectedPrev = GENESIS;
        long checked = 0;
        while (inOrder.hasNext()) {
            LedgerPosting p = inOrder.next();
            if (p.getSeq() != expectedSeq) {
                return new Verification(false, checked, expectedSeq, Problem.MISSING);
            }
            if (!p.getPrevHash().equals(expectedPrev)) {
                return new Verification(false, checked, p.getSeq(), Problem.LINK_BROKEN);
            }
            if (!hashOf(p).equals(p.getHash())) {
                return new Verification(false, checked, p.getSeq(), Problem.CONTENT_CHANGED);
            }
            checked++;
            expectedSeq++;
            expectedPrev = p.getHash();
        }
        if (expectedSeq - 1 != headSeq || !expectedPrev.equals(headHash)) {
            return new Verification(false, checked, expectedSeq, Problem.TAIL_MISSING);
        }
        return new Verification(true, checked, 0, null);
    }

    /** What is wrong with the first broken posting. */
    public enum Problem {
        /** A position is missing: the posting was deleted. */
        MISSING,
        /** The posting does not follow the one before: edited or reordered. */
        LINK_BROKEN,
        /** The posting or one of its lines was edited. */
        CONTENT_CHANGED,
        /** The chain ends before the head: the last postings were deleted. */
        TAIL_MISSING;

        public String labelKey() {
            return "ledgerProblem." + name();
        }
    }

    /**
     * The result of a verification.
     *
     * @param intact     whether every posting is as it was written
     * @param checked    postings found intact before the first problem
     * @param brokenSeq  the position of the first broken posting (0 when intact)
     * @param problem    what is wrong there (null when intact)
     */
    public record Verification(boolean intact, long checked, long brokenSeq, Problem problem) {
    }
}
