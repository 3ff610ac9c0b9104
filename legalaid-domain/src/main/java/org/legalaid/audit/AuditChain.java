package org.legalaid.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * The hash chain's arithmetic: how a row's hash is computed, and how a run of rows is verified.
 * Pure Java so that the rule is unit-tested without a database.
 */
public final class AuditChain {

    /** The previous hash of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * SHA-256 over the row's fields in a fixed order, each length-prefixed so that no two different
     * rows can produce the same input by shifting text between fields.
     */
    public static String hashOf(AuditEntry e) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, Long.toString(e.seq()));
        field(sb, Long.toString(e.occurredAt().toInstant().toEpochMilli()));
        field(sb, e.actor());
        field(sb, e.unitId() == null ? "" : e.unitId().toString());
        field(sb, e.action().name());
        field(sb, e.entityType());
        field(sb, e.entityId() == null ? "" : e.entityId());
        field(sb, e.summary());
        field(sb, e.prevHash());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void field(StringBuilder sb, String value) {
        sb.append(value.length()).append(':').append(value).append('|');
    }

    /**
     * Verifies rows given in ascending {@code seq} order against the head. Reports the first row
     * whose content no longer matches its hash (edited), whose {@code prevHash} does not match the
     * row before (edited or reordered), or where a position is missing (deleted); and a tail that
     * ends before the head (deleted last rows).
     */
    public static Verification verify(Iterator<AuditEntry> rowsInOrder, long headSeq, String headHash) {
        long expectedSeq = 1;
        String expectedPrev = GENESIS;
        long checked = 0;
        while (rowsInOrder.hasNext()) {
            AuditEntry e = rowsInOrder.next();
            if (e.seq() != expectedSeq) {
                return Verification.broken(checked, expectedSeq, Problem.MISSING);
            }
            if (!e.prevHash().equals(expectedPrev)) {
                return Verification.broken(checked, e.seq(), Problem.LINK_BROKEN);
            }
            if (!hashOf(e).equals(e.hash())) {
                return Verification.broken(checked, e.seq(), Problem.CONTENT_CHANGED);
            }
            checked++;
            expectedSeq++;
            expectedPrev = e.hash();
        }
        if (expectedSeq - 1 != headSeq || !expectedPrev.equals(headHash)) {
            return Verification.broken(checked, expectedSeq, Problem.TAIL_MISSING);
        }
        return Verification.intact(checked);
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
        TAIL_MISSING
    }

    /**
     * The verification result.
     *
     * @param intact     true when the whole chain verified
     * @param rowsChecked rows verified before the first problem (all of them when intact)
     * @param firstBrokenSeq position of the first broken row, or 0 when intact
     * @param problem    what is wrong there, or null when intact
     */
    public record Verification(boolean intact, long rowsChecked, long firstBrokenSeq, Problem problem) {
        static Verification intact(long checked) {
            return new Verification(true, checked, 0, null);
        }

        static Verification broken(long checked, long seq, Problem problem) {
            return new Verification(false, checked, seq, problem);
        }
    }
}
