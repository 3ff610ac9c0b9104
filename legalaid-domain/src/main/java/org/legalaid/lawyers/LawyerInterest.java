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
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A party a lawyer acts or acted for, whose firm does, or to whom the lawyer is related, outside
 * legal aid — declared so that the assignment never gives the lawyer (or the firm) a case against
 * that party (Lawyers Law 律师法 art. 39; issue 4 "conflicts of interest"). The party is keyed by
 * {@link ConflictKeys}, the same way as the cases' parties.
 */
@Entity
@Table(name = "lawyer_interest")
public class LawyerInterest implements Serializable {

    public static final int NAME_MAX = 50;
    public static final int NOTE_MAX = 500;

    @Id
    @SequenceGenerator(name = "lawyer_interest_seq", sequenceName = "lawyer_interest_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lawyer_interest_seq")
    private Long id;

    @Column(name = "lawyer_id", nullable = false, updatable = false)
    private long lawyerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 20, updatable = false)
    private InterestRelation relation;

    @Column(name = "party_name", nullable = false, length = NAME_MAX, updatable = false)
    private String partyName;

    @Column(name = "party_key", nullable = false, length = ConflictKeys.KEY_MAX, updatable = false)
    private String partyKey;

    @Column(name = "note", length = NOTE_MAX, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = UserName.MAX, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected LawyerInterest() {
        // for JPA
    }

    /**
     * @param partyKey the party's {@link ConflictKeys} key
     * @throws BusinessException {@code lawyers.interest.nameRequired}
     */
    public LawyerInterest(long lawyerId, InterestRelation relation, String partyName, String partyKey, String note,
                          String recordedBy, OffsetDateTime recordedAt) {
        if (partyName == null || partyName.isBlank()) {
            throw new BusinessException("lawyers.interest.nameRequired");
        }
        this.lawyerId = lawyerId;
        this.relation = Objects.requireNonNull(relation);
        this.partyName = partyName.strip();
        this.partyKey = Objects.requireNonNull(partyKey);
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() { return id; }
    public long getLawyerId() { return lawyerId; }
    public InterestRelation getRelation() { return relation; }
    public String getPartyName() { return partyName; }
    public String partyKey() { return partyKey; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public OffsetDateTime getRecordedAt() { return recordedAt; }
}
