package org.legalaid.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * That the daily reminder run found a {@link ClockItem} overdue or due soon on a day. One per item
 * and day (a unique key), so a second run on the same day adds nothing. Appended, never changed.
 */
@Entity
@Table(name = "clock_reminder")
public class ClockReminder {

    @Id
    @SequenceGenerator(name = "clock_reminder_seq", sequenceName = "clock_reminder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clock_reminder_seq")
    private Long id;

    @Column(name = "clock_item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "reminded_on", nullable = false, updatable = false)
    private LocalDate remindedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false, length = 10)
    private DeadlineStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected ClockReminder() {
        // for JPA
    }

    /**
     * @param status {@link DeadlineStatus#OVERDUE} or {@link DeadlineStatus#DUE_SOON}
     */
    public ClockReminder(long itemId, LocalDate remindedOn, DeadlineStatus status, OffsetDateTime now) {
        if (status == DeadlineStatus.ON_TIME) {
            throw new IllegalArgumentException("no reminder for an item on time");
        }
        this.itemId = itemId;
        this.remindedOn = Objects.requireNonNull(remindedOn);
        this.status = Objects.requireNonNull(status);
        this.createdAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }

    public DeadlineStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
