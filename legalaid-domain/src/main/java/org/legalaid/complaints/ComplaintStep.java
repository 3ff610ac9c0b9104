package org.legalaid.complaints;

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
 * One entry of a complaint's file (一事一卷, order 149 art. 25): what happened, when, by whom, with
 * the document number where a document was issued. Appended, never changed; the file index lists them.
 */
@Entity
@Table(name = "complaint_step")
public class ComplaintStep implements Serializable {

    public static final int NOTE_MAX = 500;

    @Id
    @SequenceGenerator(name = "complaint_step_seq", sequenceName = "complaint_step_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_step_seq")
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private ComplaintStepKind kind;

    @Column(name = "step_at", nullable = false, updatable = false)
    private LocalDateTime at;

    /** Who acted; null for the public form and for the system. */
    @Column(name = "actor", updatable = false, length = UserName.MAX)
    private String actor;

    @Column(name = "note", updatable = false, length = NOTE_MAX)
    private String note;

    protected ComplaintStep() {
        // for JPA
    }

    public ComplaintStep(long complaintId, ComplaintStepKind kind, LocalDateTime at, String actor, String note) {
        this.complaintId = complaintId;
        this.kind = Objects.requireNonNull(kind);
        this.at = Objects.requireNonNull(at);
        this.actor = actor;
        this.note = note == null ? null : (note.length() <= NOTE_MAX ? note : note.substring(0, NOTE_MAX - 1) + "…");
    }

    public Long getId() { return id; }
    public long getComplaintId() { return complaintId; }
    public ComplaintStepKind getKind() { return kind; }
    public LocalDateTime getAt() { return at; }
    public String getActor() { return actor; }
    public String getNote() { return note; }
}
