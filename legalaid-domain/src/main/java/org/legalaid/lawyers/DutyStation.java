package org.legalaid.lawyers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.util.Objects;

/**
 * A duty station 值班点 of a legal aid unit at a court, procuratorate or detention centre (LAL
 * art. 14), where duty lawyers are rostered by half day. Its name is unique within the unit. A
 * station no longer served is deactivated, never deleted, so past rosters keep their place.
 */
@Entity
@Table(name = "duty_station")
public class DutyStation implements Serializable {

    public static final int NAME_MAX = 100;
    public static final int ADDRESS_MAX = 200;

    @Id
    @SequenceGenerator(name = "duty_station_seq", sequenceName = "duty_station_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_station_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "station_type", nullable = false, length = 30)
    private StationType type;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "address", length = ADDRESS_MAX)
    private String address;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected DutyStation() {
        // for JPA
    }

    public DutyStation(long unitId, NewDutyStation form) {
        this.unitId = unitId;
        update(form);
    }

    public void update(NewDutyStation form) {
        this.type = Objects.requireNonNull(form.getType());
        this.name = form.getName().strip();
        this.regionCode = form.getRegionCode();
        this.address = form.getAddress() == null || form.getAddress().isBlank() ? null : form.getAddress().strip();
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getUnitId() { return unitId; }
    public StationType getType() { return type; }
    public String getName() { return name; }
    public String getRegionCode() { return regionCode; }
    public String getAddress() { return address; }
    public boolean isActive() { return active; }
}
