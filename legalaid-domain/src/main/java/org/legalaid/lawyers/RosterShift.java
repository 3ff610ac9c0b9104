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
import org.legalaid.shared.UserName;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One half day of duty of a lawyer at a station (table {@code duty_shift}; LAL art. 14). A full
 * day is stored as a morning and an afternoon row, so the database's unique key on lawyer, date
 * and half day makes "one lawyer in two places at once" impossible even when two officers roster
 * at the same moment. The domain view is {@link DutyShift}.
 */
@Entity
@Table(name = "duty_shift")
public class RosterShift {

    @Id
    @SequenceGenerator(name = "duty_shift_seq", sequenceName = "duty_shift_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_shift_seq")
    private Long id;

    @Column(name = "station_id", nullable = false, updatable = false)
    private long stationId;

    @Column(name = "lawyer_id", nullable = false, updatable = false)
    private long lawyerId;

    @Column(name = "duty_date", nullable = false, updatable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "half_day", nullable = false, length = 10, updatable = false)
    private Shift halfDay;

    @Column(name = "created_by", nullable = false, length = UserName.MAX, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected RosterShift() {
        // for JPA
    }

    /** @param halfDay {@link Shift#MORNING} or {@link Shift#AFTERNOON} */
    public RosterShift(long stationId, long lawyerId, LocalDate date, Shift halfDay, String createdBy, OffsetDateTime at) {
        if (halfDay == Shift.FULL_DAY) {
            throw new IllegalArgumentException("a full day is stored as two half days");
        }
        this.stationId = stationId;
        this.lawyerId = lawyerId;
        this.date = Objects.requireNonNull(date);
        this.halfDay = Objects.requireNonNull(halfDay);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(at);
    }

    public DutyShift toDutyShift() {
        return new DutyShift(lawyerId, stationId, date, halfDay);
    }

    public Long getId() { return id; }
    public long getStationId() { return stationId; }
    public long getLawyerId() { return lawyerId; }
    public LocalDate getDate() { return date; }
    public Shift getHalfDay() { return halfDay; }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
