package org.legalaid.quality;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Cross-inspection groups (seed 000: 13 centres in four groups inspecting each other): no centre inspects itself")
class CrossInspectionTest {

    @Test
    void noCentreIsEverInspectedByItsOwnGroup() {
        for (int centres = 2; centres <= 25; centres++) {
            List<Long> ids = LongStream.rangeClosed(1, centres).boxed().toList();
            for (int groups = 2; groups <= centres; groups++) {
                Map<Long, CrossInspection.Place> places = CrossInspection.assign(ids, groups);
                assertEquals(centres, places.size());
                for (CrossInspection.Place p : places.values()) {
                    assertNotEquals(p.group(), p.inspectedBy(), centres + " centres in " + groups + " groups");
                }
                for (int g = 0; g < groups; g++) {
                    int group = g;
                    assertTrue(places.values().stream().anyMatch(p -> p.group() == group), "every group has a centre");
                    assertTrue(places.values().stream().anyMatch(p -> p.inspectedBy() == group), "every group inspects");
                }
            }
        }
    }

    @Test
    void thirteenCentresInFourGroupsAsTheSeed() {
        Map<Long, CrossInspection.Place> places = CrossInspection.assign(LongStream.rangeClosed(1, 13).boxed().toList(), 4);
        assertEquals(4, places.values().stream().filter(p -> p.group() == 0).count());
        assertEquals(3, places.values().stream().filter(p -> p.group() == 3).count());
        assertEquals(3, places.get(1L).inspectedBy(), "group 0 is inspected by the last group");
        assertEquals(0, places.get(2L).inspectedBy());
    }

    @Test
    void refusesOneGroupFewerCentresThanGroupsAndDuplicates() {
        assertThrows(BusinessException.class, () -> CrossInspection.assign(List.of(1L, 2L, 3L), 1));
        assertThrows(BusinessException.class, () -> CrossInspection.assign(List.of(1L, 2L), 3));
        assertThrows(BusinessException.class, () -> CrossInspection.assign(List.of(1L, 1L, 2L), 2));
    }
}
