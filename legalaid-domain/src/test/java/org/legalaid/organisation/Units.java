package org.legalaid.organisation;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicLong;

/** Builds persisted-looking units for unit tests: JPA would assign the id. */
final class Units {

    private static final AtomicLong IDS = new AtomicLong(1);

    private Units() {
    }

    static OrgUnit unit(String code, UnitType type, OrgUnit parent) {
        OrgUnit unit = new OrgUnit(code, code + " name", type, parent);
        try {
            Field id = OrgUnit.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(unit, IDS.getAndIncrement());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        unit.establishPath();
        return unit;
    }
}
