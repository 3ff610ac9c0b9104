package org.legalaid.cases;

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
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A client's enquiry about the progress of their case and the answer given from the record
 * (LAL art. 46: the legal aid provider informs the client of the progress of the case). Answered
 * once; an answer is not changed afterwards.
 */
@Entity
@Table(name = "case_enquiry")
public class CaseEnquiry implements Serializable {

    public static final int ASKED_BY_MAX = 60;
    public static final int QUESTION_MAX = 2000;
    public static final int ANSWER_MAX = 4000;

    @Id
    @SequenceGenerator(name = "case_enquiry_seq", sequenceName = "case_enquiry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_enquiry_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "asked_by", nullable = false, length = ASKED_BY_MAX, updatable = false)
    private String askedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20, updatable = false)
    private EnquiryChannel channel;

    @Column(name = "question", nullable = false, length = QUESTION_MAX, updatable = false)
    private String question;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private OffsetDateTime askedAt;

    @Column(name = "answer", length = ANSWER_MAX)
    private String answer;

    @Column(name = "answered_by", length = UserName.MAX)
    private String answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "recorded_by", nullable = false, length = UserName.MAX, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected CaseEnquiry() {
        // for JPA
    }

    /**
     * Takes down an enquiry about {@code legalCase} asked at {@code askedAt} (not in the future).
     *
     * @throws BusinessException {@code cases.enquiry.inFuture}
     */
    public CaseEnquiry(LegalCase legalCase, NewEnquiry form, OffsetDateTime askedAt, String recordedBy, OffsetDateTime now) {
        if (askedAt.isAfter(now)) {
            throw new BusinessException("cases.enquiry.inFuture");
        }
        this.caseId = legalCase.getId();
        this.unitId = legalCase.getUnitId();
        this.askedBy = Objects.requireNonNull(form.getAskedBy(), "askedBy").strip();
        this.channel = Objects.requireNonNull(form.getChannel(), "channel");
        this.question = Objects.requireNonNull(form.getQuestion(), "question").strip();
        this.askedAt = askedAt;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = now;
    }

    /**
     * The answer given from the record.
     *
     * @throws BusinessException {@code cases.enquiry.answerRequired}, {@code cases.enquiry.alreadyAnswered}
     */
    public void answer(String text, String by, OffsetDateTime at) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("cases.enquiry.answerRequired");
        }
        if (isAnswered()) {
            throw new BusinessException("cases.enquiry.alreadyAnswered");
        }
        this.answer = text.strip();
        this.answeredBy = Objects.requireNonNull(by, "by");
        this.answeredAt = Objects.requireNonNull(at, "at");
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getCaseId() { return caseId; }
    public long getUnitId() { return unitId; }
    public String getAskedBy() { return askedBy; }
    public EnquiryChannel getChannel() { return channel; }
    public String getQuestion() { return question; }
    public OffsetDateTime getAskedAt() { return askedAt; }
    public String getAnswer() { return answer; }
    public String getAnsweredBy() { return answeredBy; }
    public OffsetDateTime getAnsweredAt() { return answeredAt; }
    public String getRecordedBy() { return recordedBy; }
    public OffsetDateTime getRecordedAt() { return recordedAt; }
}
