package org.legalaid.shared;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The arithmetic of the append-only records that prove they were not changed — the audit trail and the
 * funding ledger: each row carries its position (1, 2, 3 … without gaps), the hash of the row before and
 * its own SHA-256 over its fields, each length-prefixed so that no two different rows give the same
 * input by shifting text between fields; a head row keeps the last position and hash, so a deleted tail
 * is seen too. Pure Java, unit-tested.
 */
public final class HashChain {

    /** The previous hash of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** Builds the hashed input of one row: add the fields in a fixed order, then {@link #sha256()}. */
    public static final class Fields {
        private final StringBuilder sb = new StringBuilder(256);

        public Fields add(String value) {
            String v = value == null ? "" : value;
            sb.append(v.length()).append(':').append(v).append('|');
            return this;
        }

        public Fields add(long value) {
            return add(Long.toString(value));
        }

        /** SHA-256 of the fields, as 64 hex digits. */
        public String sha256() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                return HexFormat.of().formatHex(digest.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    public static Fields fields() {
        return new Fields();
    }

    /**
     * Verifies rows given in ascending position against the head: reports the first row missing
     * (deleted), not linked to the row before (edited or reordered), or whose content no longer matches
     * its hash (edited); and a tail that ends before the head (last rows deleted).
     *
     * <p>The walk ends at the head: a row after {@code headSeq} was appended after the head was read
     * (the chain is in use while it is verified, issue 19) and belongs to the next verification, not
     * to a broken tail. Rows written beside the chain without moving the head are found by
     * {@link #beyondHead}.
     *
     * @param recomputed the hash of a row computed again from its fields
     */
    public static <T> Verification verify(Iterator<T> rowsInOrder, ToLongFunction<T> seq, Function<T, String> prevHash,
                                          Function<T, String> hash, Function<T, String> recomputed, long headSeq,
                                          String headHash) {
        long expectedSeq = 1;
        String expectedPrev = GENESIS;
        long checked = 0;
        while (rowsInOrder.hasNext()) {
            T row = rowsInOrder.next();
            long s = seq.applyAsLong(row);
            if (s > headSeq && expectedSeq > headSeq) {
                break;
            }
            if (s != expectedSeq) {
                return new Verification(false, checked, expectedSeq, Problem.MISSING);
            }
            if (!prevHash.apply(row).equals(expectedPrev)) {
                return new Verification(false, checked, s, Problem.LINK_BROKEN);
            }
            if (!recomputed.apply(row).equals(hash.apply(row))) {
                return new Verification(false, checked, s, Problem.CONTENT_CHANGED);
            }
            checked++;
            expectedSeq++;
            expectedPrev = hash.apply(row);
        }
        if (expectedSeq - 1 != headSeq || !expectedPrev.equals(headHash)) {
            return new Verification(false, checked, expectedSeq, Problem.TAIL_MISSING);
        }
        return new Verification(true, checked, 0, null);
    }

    /**
     * The answer when rows exist after the head that no append put there: {@code maxSeq} read after
     * the chain was verified, {@code headSeqAfter} the head read after that. An append writes its row
     * and moves the head in one transaction, so every committed row that {@code maxSeq} saw is at or
     * below the head read later; a row above it was inserted beside the chain (forged).
     */
    public static Verification beyondHead(Verification verified, long maxSeq, long headSeqAfter) {
        if (verified.intact() && maxSeq > headSeqAfter) {
            return new Verification(false, verified.rowsChecked(), headSeqAfter + 1, Problem.NOT_CHAINED);
        }
        return verified;
    }

    /** What is wrong with the first broken row. */
    public enum Problem {
        /** The row's content was changed after it was written. */
        CONTENT_CHANGED,
        /** The row does not follow the row before it. */
        LINK_BROKEN,
        /** The row at this position was deleted. */
        MISSING,
        /** Rows at the end of the chain were deleted. */
        TAIL_MISSING,
        /** Rows after the head were written beside the chain (no append put them there). */
        NOT_CHAINED
    }

    /**
     * The verification result.
     *
     * @param intact         true when the whole chain verified
     * @param rowsChecked    rows verified before the first problem (all of them when intact)
     * @param firstBrokenSeq position of the first broken row, or 0 when intact
     * @param problem        what is wrong there, or null when intact
     */
    public record Verification(boolean intact, long rowsChecked, long firstBrokenSeq, Problem problem) implements Serializable {
    }
}
