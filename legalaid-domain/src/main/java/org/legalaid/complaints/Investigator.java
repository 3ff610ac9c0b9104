package org.legalaid.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A staff member investigating a complaint (调查人员, order 149 art. 16), with their recusal (回避,
 * art. 18): stepping aside on their own for a conflict, or on a party's request decided by the head.
 * A recused investigator stays in the file; the rule of two counts the active ones
 * ({@link InvestigatorRules}).
 */
@Entity
@Table(name = "complaint_investigator")
public class Investigator implements Serializable {

    @Id
    @SequenceGenerator(name = "complaint_investigator_seq", sequenceName = "complaint_investigator_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_investigator_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Column(name = "username", nullable = false, updatable = false, length = UserName.MAX)
    private String username;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private LocalDateTime assignedAt;

    @Column(name = "assigned_by", nullable = false, updatable = false, length = UserName.MAX)
    private String assignedBy;

    @Column(name = "recused_at")
    private LocalDateTime recusedAt;

    @Column(name = "recusal_reason", length = Complaint.TEXT_MAX)
    private String recusalReason;

    @Column(name = "recusal_requested_at")
    private LocalDateTime recusalRequestedAt;

    @Column(name = "recusal_request", length = Complaint.TEXT_MAX)
    private String recusalRequest;

    @Column(name = "recusal_decided_by", length = UserName.MAX)
    private String recusalDecidedBy;

    @Column(name = "recusal_granted")
    private Boolean recusalGranted;

    protected Investigator() {
        // for JPA
    }

    public Investigator(long complaintId, String username, long unitId, String assignedBy, LocalDateTime at) {
        this.complaintId = complaintId;
        this.username = Objects.requireNonNull(username);
        this.unitId = unitId;
        this.assignedBy = Objects.requireNonNull(assignedBy);
        this.assignedAt = Objects.requireNonNull(at);
    }

    public boolean isActive() {
        return recusedAt == null;
    }

    /** Whether a party's request for this investigator's recusal waits for the head (art. 18). */
    public boolean recusalPending() {
        return recusalRequestedAt != null && recusalGranted == null;
    }

    /** Steps aside for a conflict (自行回避, art. 18). */
    public void recuse(String why, LocalDateTime at) {
        requireActive();
        recusalReason = requireText(why);
        recusedAt = at;
    }

    /** A party asks for this investigator's recusal (申请回避, art. 18); the head decides. */
    public void requestRecusal(String why, LocalDateTime at) {
        requireActive();
        if (recusalPending()) {
            throw new BusinessException("complaints.recusal.pending", username);
        }
        recusalRequest = requireText(why);
        recusalRequestedAt = at;
        recusalGranted = null;
        recusalDecidedBy = null;
    }

    /** The head decides the party's request; granted, the investigator steps aside (art. 18). */
    public void decideRecusal(boolean grant, String by, LocalDateTime at) {
        if (!recusalPending()) {
            throw new BusinessException("complaints.recusal.none", username);
        }
        recusalGranted = grant;
        recusalDecidedBy = Objects.requireNonNull(by);
        if (grant) {
            recusalReason = recusalRequest;
            recusedAt = at;
        }
    }

    private void requireActive() {
        if (!isActive()) {
            throw new BusinessException("complaints.recusal.alreadyRecused", username);
        }
    }

    private static String requireText(String s) {
        if (s == null || s.isBlank()) {
            throw new BusinessException("complaints.textRequired", "reasons");
        }
        String t = s.strip();
        if (t.length() > Complaint.TEXT_MAX) {
            throw new BusinessException("complaints.textTooLong", "reasons", Complaint.TEXT_MAX);
        }
        return t;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getComplaintId() { return complaintId; }
    public String getUsername() { return username; }
    public long getUnitId() { return unitId; }
    public LocalDateTime getAssignedAt() { return assignedAt; }
    public String getAssignedBy() { return assignedBy; }
    public LocalDateTime getRecusedAt() { return recusedAt; }
    public String getRecusalReason() { return recusalReason; }
    public LocalDateTime getRecusalRequestedAt() { return recusalRequestedAt; }
    public String getRecusalRequest() { return recusalRequest; }
    public String getRecusalDecidedBy() { return recusalDecidedBy; }
    public Boolean getRecusalGranted() { return recusalGranted; }
}
