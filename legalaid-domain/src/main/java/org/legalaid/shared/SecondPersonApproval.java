package org.legalaid.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The four-eyes part of a request that one person makes and a second person decides (a lawyer's
 * status change, a firm's bank account — issue 4; docs/domain.md "Lawyers" and "Funding"): who asked
 * and when, where it stands, who decided, when and with what note. One shape for every such request,
 * with its rules in one place: a request is decided once, never by the person who asked for it
 * (compared without regard to case, as sign-in names are), and a rejection says why. The owning
 * entity keeps what is asked for and what approval does; the tables keep these six columns under
 * the same names ({@code requested_by}, {@code requested_at}, {@code state}, {@code decided_by},
 * {@code decided_at}, {@code decision_note}), and their CHECK refuses a decision by the requester too.
 */
@Embeddable
public class SecondPersonApproval implements Serializable {

    /** The longest decision note: the column's length and the boundaries' {@code @Size}. */
    public static final int NOTE_MAX = 500;

    @Column(name = "requested_by", nullable = false, length = UserName.MAX, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private RequestState state;

    @Column(name = "decided_by", length = UserName.MAX)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_note", length = NOTE_MAX)
    private String decisionNote;

    protected SecondPersonApproval() {
        // for JPA
    }

    private SecondPersonApproval(String requestedBy, OffsetDateTime requestedAt) {
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy").strip();
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.state = RequestState.PENDING;
    }

    /** A request asked for by {@code requestedBy} now, waiting for a second person. */
    public static SecondPersonApproval requestedBy(String requestedBy, OffsetDateTime now) {
        return new SecondPersonApproval(requestedBy, now);
    }

    /**
     * Checks that {@code approvedBy} may approve now, without deciding yet — so that the owner can
     * check its own rules first and nothing is marked approved when they refuse.
     *
     * @return the note, stripped, or {@code null} when none was given
     * @throws BusinessException {@code approval.decided}, {@code approval.deciderIsRequester},
     *                           {@code approval.noteTooLong}
     */
    public String checkApproval(String approvedBy, String note) {
        return check(approvedBy, true, note);
    }

    /**
     * Approves (after {@link #checkApproval}, with what it returned).
     */
    public void approve(String approvedBy, String note, OffsetDateTime now) {
        decide(RequestState.APPROVED, approvedBy, check(approvedBy, true, note), now);
    }

    /**
     * Rejects, with the reason the requester will read.
     *
     * @throws BusinessException {@code approval.decided}, {@code approval.deciderIsRequester},
     *                           {@code approval.noteRequired}, {@code approval.noteTooLong}
     */
    public void reject(String rejectedBy, String note, OffsetDateTime now) {
        decide(RequestState.REJECTED, rejectedBy, check(rejectedBy, false, note), now);
    }

    private String check(String decidedBy, boolean approve, String note) {
        if (state != RequestState.PENDING) {
            throw new BusinessException("approval.decided", state.labelKey());
        }
        String decider = Objects.requireNonNull(decidedBy, "decidedBy").strip();
        if (decider.equalsIgnoreCase(requestedBy)) {
            throw new BusinessException("approval.deciderIsRequester");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (!approve && n == null) {
            throw new BusinessException("approval.noteRequired");
        }
        if (n != null && n.length() > NOTE_MAX) {
            throw new BusinessException("approval.noteTooLong", NOTE_MAX);
        }
        return n;
    }

    private void decide(RequestState outcome, String by, String note, OffsetDateTime now) {
        this.state = outcome;
        this.decidedBy = by.strip();
        this.decidedAt = Objects.requireNonNull(now, "now");
        this.decisionNote = note;
    }

    public boolean isPending() {
        return state == RequestState.PENDING;
    }

    public String getRequestedBy() { return requestedBy; }
    public OffsetDateTime getRequestedAt() { return requestedAt; }
    public RequestState getState() { return state; }
    public String getDecidedBy() { return decidedBy; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
    public String getDecisionNote() { return decisionNote; }
}
