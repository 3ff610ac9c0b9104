package org.legalaid.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page-level check (a tampered selection posted to the units page) is in HardeningIT. */
@DisplayName("A tampered tree selection is no selection, not a 500 (issue 19)")
class SafeTreeTest {

    @Test
    void onlyPathsOfChildIndexesAreRowKeys() {
        for (String key : new String[] {"root", "0", "0_2_11"}) {
            assertTrue(SafeTree.isRowKey(key), key);
        }
        for (String tampered : new String[] {"default", "", "0_x", "-1", "0__0", "99999999999", "0_", "_0"}) {
            assertFalse(SafeTree.isRowKey(tampered), tampered);
        }
    }
}
