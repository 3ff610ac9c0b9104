package org.legalaid.audit;

import org.legalaid.shared.HashChain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.AuditAction;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Audit hash chain")
class AuditChainTest {

    private final List<AuditEntry> chain = new ArrayList<>();

    @BeforeEach
    void fiveRows() {
        OffsetDateTime t = OffsetDateTime.of(2026, 5, 1, 8, 0, 0, 123_456_789, ZoneOffset.ofHours(8));
        long seq = 0;
        String prev = AuditChain.GENESIS;
        for (int i = 0; i < 5; i++) {
            AuditEntry e = new AuditEntry(seq, prev, t.plusMinutes(i), "admin", 1L, AuditAction.UPDATE,
                    "OrgUnit", Integer.toString(i), "name: 甲 → 乙" + i);
            chain.add(e);
            seq = e.seq();
            prev = e.hash();
        }
    }

    private AuditEntry head() {
        return chain.get(chain.size() - 1);
    }

    private HashChain.Verification verify() {
        return AuditChain.verify(chain.iterator(), head().seq(), head().hash());
    }

    @Test
    void anUntouchedChainVerifies() {
        HashChain.Verification v = verify();
        assertTrue(v.intact());
        assertEquals(5, v.rowsChecked());
    }

    @Test
    void eachRowLinksToThePreviousRowsHash() {
        assertEquals(AuditChain.GENESIS, chain.get(0).prevHash());
        for (int i = 1; i < chain.size(); i++) {
            assertEquals(chain.get(i - 1).hash(), chain.get(i).prevHash());
        }
        assertEquals(0, chain.get(0).occurredAt().getNano() % 1_000_000, "time is kept to the millisecond");
    }

    @Test
    void findsTheFirstEditedRow() throws ReflectiveOperationException {
        set(chain.get(2), "summary", "name: 甲 → 丙");
        HashChain.Verification v = verify();
        assertFalse(v.intact());
        assertEquals(3, v.firstBrokenSeq());
        assertEquals(HashChain.Problem.CONTENT_CHANGED, v.problem());
    }

    @Test
    void anEditThatRecomputesItsOwnHashBreaksTheNextLink() throws ReflectiveOperationException {
        AuditEntry row = chain.get(1);
        set(row, "actor", "intruder");
        set(row, "hash", AuditChain.hashOf(row));
        HashChain.Verification v = verify();
        assertEquals(3, v.firstBrokenSeq());
        assertEquals(HashChain.Problem.LINK_BROKEN, v.problem());
    }

    @Test
    void findsADeletedRow() {
        chain.remove(3);
        HashChain.Verification v = verify();
        assertEquals(4, v.firstBrokenSeq());
        assertEquals(HashChain.Problem.MISSING, v.problem());
    }

    @Test
    void findsADeletedTailThroughTheHead() {
        AuditEntry head = head();
        chain.remove(chain.size() - 1);
        HashChain.Verification v = AuditChain.verify(chain.iterator(), head.seq(), head.hash());
        assertEquals(HashChain.Problem.TAIL_MISSING, v.problem());
        assertEquals(5, v.firstBrokenSeq());
    }

    @Test
    @DisplayName("issue 19: rows appended after the head was read are the next verification's, not a broken tail")
    void rowsAppendedWhileVerifyingAreNotABrokenTail() {
        AuditEntry headWhenBegun = chain.get(2);
        HashChain.Verification v = AuditChain.verify(chain.iterator(), headWhenBegun.seq(), headWhenBegun.hash());
        assertTrue(v.intact(), "two rows appended during the verification: " + v);
        assertEquals(3, v.rowsChecked());
        assertTrue(HashChain.beyondHead(v, 5, 5).intact(), "their appends moved the head: nothing beside the chain");
    }

    @Test
    @DisplayName("issue 19: a row written after the head without an append is reported, not skipped")
    void aRowForgedAfterTheHeadIsReported() {
        HashChain.Verification v = AuditChain.verify(chain.iterator(), chain.get(3).seq(), chain.get(3).hash());
        HashChain.Verification checked = HashChain.beyondHead(v, 5, 4);
        assertFalse(checked.intact());
        assertEquals(HashChain.Problem.NOT_CHAINED, checked.problem());
        assertEquals(5, checked.firstBrokenSeq());
    }

    @Test
    void aRowDeletedBeforeTheHeadIsStillMissingWhenRowsFollowTheHead() {
        AuditEntry headWhenBegun = chain.get(3);
        chain.remove(2);
        HashChain.Verification v = AuditChain.verify(chain.iterator(), headWhenBegun.seq(), headWhenBegun.hash());
        assertEquals(HashChain.Problem.MISSING, v.problem());
        assertEquals(3, v.firstBrokenSeq());
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        OffsetDateTime t = OffsetDateTime.now(ZoneOffset.UTC);
        AuditEntry a = new AuditEntry(0, AuditChain.GENESIS, t, "ab", 1L, AuditAction.READ, "c", "1", "x");
        AuditEntry b = new AuditEntry(0, AuditChain.GENESIS, t, "a", 1L, AuditAction.READ, "bc", "1", "x");
        assertNotEquals(a.hash(), b.hash());
    }

    @Test
    void theHeadOnlyAdvancesToTheRowThatFollowsIt() throws ReflectiveOperationException {
        AuditHead h = new AuditHead();
        set(h, "lastHash", AuditChain.GENESIS);
        h.advanceTo(chain.get(0));
        assertEquals(1, h.lastSeq());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> h.advanceTo(chain.get(2)));
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
