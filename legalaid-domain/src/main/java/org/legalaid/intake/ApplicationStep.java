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
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One entry of an application's timeline: what happened, when, and who did it. Appended by the
 * boundary with every change of state and never changed; the detail page lists them in order.
 * (The audit trail records the same events tamper-evidently; this is the readable, per-case view.)
 */
@Entity
@Table(name = "application_step")
public class ApplicationStep implements Serializable {

    @Id
    @SequenceGenerator(name = "application_step_seq", sequenceName = "application_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_step_seq")
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40, updatable = false)
    private ApplicationStepKind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = UserName.MAX, updatable = false)
    private String actor;

    @Column(name = "note", length = Application.REASONS_MAX, updatable = false)
    private String note;

    protected ApplicationStep() {
        // for JPA
    }

    public ApplicationStep(long applicationId, ApplicationStepKind kind, LocalDateTime at, String actor, String note) {
        this.applicationId = applicationId;
        this.kind = Objects.requireNonNull(kind);
        this.occurredAt = Objects.requireNonNull(at);
        this.actor = Objects.requireNonNull(actor);
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Long getId() { return id; }
    public long getApplicationId() { return applicationId; }
    public ApplicationStepKind getKind() { return kind; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getNote() { return note; }
}
