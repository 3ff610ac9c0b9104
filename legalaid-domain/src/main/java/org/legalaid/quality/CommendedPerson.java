package org.legalaid.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** A person commended at an inspection's acceptance (seed 000 "表彰和宣传一批先进的单位和个人"), with their unit and why. */
@Embeddable
public class CommendedPerson implements Serializable {

    public static final int NAME_MAX = 60;
    public static final int REASON_MAX = 500;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = InspectedCentre.UNIT_NAME_MAX)
    private String unitName;

    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;

    protected CommendedPerson() {
    }

    public CommendedPerson(String name, long unitId, String unitName, String reason) {
        this.name = Objects.requireNonNull(name, "name");
        this.unitId = unitId;
        this.unitName = Objects.requireNonNull(unitName, "unitName");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String getName() { return name; }
    public long getUnitId() { return unitId; }
    public String getUnitName() { return unitName; }
    public String getReason() { return reason; }
}
