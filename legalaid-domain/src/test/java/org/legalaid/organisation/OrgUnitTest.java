package org.legalaid.organisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.organisation.Units.unit;

@DisplayName("Organisation tree rules (docs/domain.md, Organisation)")
class OrgUnitTest {

    private OrgUnit bureau;
    private OrgUnit centre;
    private OrgUnit districtA;
    private OrgUnit districtB;
    private OrgUnit station;

    @BeforeEach
    void tree() {
        bureau = unit("BUREAU", UnitType.BUREAU, null);
        centre = unit("CENTRE", UnitType.CENTRE, bureau);
        districtA = unit("DA", UnitType.DISTRICT_CENTRE, centre);
        districtB = unit("DB", UnitType.DISTRICT_CENTRE, centre);
        station = unit("DA-WS1", UnitType.WORKSTATION, districtA);
    }

    @Test
    void pathListsTheAncestorsDownToTheUnit() {
        assertEquals(bureau.path() + centre.id() + "/" + districtA.id() + "/" + station.id() + "/", station.path());
        assertEquals(3, station.depth());
        assertEquals(0, bureau.depth());
    }

    @Test
    void aUnitIsWithinItsAncestorsAndNotWithinItsSiblings() {
        assertTrue(station.isWithin(districtA));
        assertTrue(station.isWithin(bureau));
        assertTrue(districtA.isWithin(districtA));
        assertFalse(station.isWithin(districtB));
        assertFalse(districtA.isWithin(station));
    }

    @Test
    void refusesAWorkstationDirectlyUnderTheBureau() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new OrgUnit("WS", "x", UnitType.WORKSTATION, bureau));
        assertEquals("organisation.unit.parentTypeNotAllowed", e.messageKey());
    }

    @Test
    void refusesADistrictCentreWithoutParent() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new OrgUnit("D", "x", UnitType.DISTRICT_CENTRE, null));
        assertEquals("organisation.unit.parentRequired", e.messageKey());
    }

    @Test
    void refusesASecondLevelBureau() {
        assertThrows(BusinessException.class, () -> new OrgUnit("B2", "x", UnitType.BUREAU, bureau));
    }

    @Test
    void workstationMayHangUnderTheCityCentreOrADistrictCentre() {
        assertTrue(unit("C-WS", UnitType.WORKSTATION, centre).isWithin(centre));
        assertTrue(station.isWithin(districtA));
    }

    @Test
    void movingAWorkstationToAnotherDistrictChangesItsPath() {
        station.moveTo(districtB);
        assertTrue(station.isWithin(districtB));
        assertFalse(station.isWithin(districtA));
    }

    @Test
    void refusesMovingAUnitIntoItsOwnSubtree() {
        OrgUnit subStation = station;
        BusinessException e = assertThrows(BusinessException.class, () -> districtA.moveTo(subStation));
        assertEquals("organisation.unit.moveIntoOwnSubtree", e.messageKey());
    }

    @Test
    void rebasingADescendantFollowsItsMovedAncestor() {
        String oldPrefix = districtA.path();
        OrgUnit otherCentre = unit("CENTRE2", UnitType.CENTRE, bureau);
        districtA.moveTo(otherCentre);
        station.rebase(oldPrefix, districtA.path());
        assertTrue(station.isWithin(otherCentre));
    }

    @Test
    void refusesDeactivatingAUnitWithActiveChildrenOrStaff() {
        assertEquals("organisation.unit.hasActiveChildren",
                assertThrows(BusinessException.class, () -> districtA.deactivate(1, 0)).messageKey());
        assertEquals("organisation.unit.hasActiveStaff",
                assertThrows(BusinessException.class, () -> districtA.deactivate(0, 2)).messageKey());
        districtA.deactivate(0, 0);
        assertFalse(districtA.active());
    }

    @Test
    void refusesANewUnitUnderADeactivatedUnit() {
        districtB.deactivate(0, 0);
        BusinessException e = assertThrows(BusinessException.class,
                () -> new OrgUnit("DB-WS", "x", UnitType.WORKSTATION, districtB));
        assertEquals("organisation.unit.parentInactive", e.messageKey());
    }
}
