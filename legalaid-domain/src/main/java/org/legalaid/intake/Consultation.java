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
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A consultation (咨询, docs/domain.md "Case lifecycle" 1): a question answered at the window, on the
 * 12348 hotline, by letter or online. It is counted whether or not an application follows, and
 * belongs to the unit of the clerk who recorded it (by id: the unit is the organisation context's).
 *
 * <p>Rules: it cannot be dated in the future; a person's ID number, when given, must be a valid
 * GB 11643 number and is kept whole but shown masked.
 */
@Entity
@Table(name = "consultation")
public class Consultation implements Serializable {

    public static final int NAME_MAX = 50;
    public static final int TEXT_MAX = 4000;
    public static final int REFERRAL_MAX = 200;
    /** A mainland mobile number, or a landline with its area code. */
    public static final String PHONE_PATTERN = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";

    @Id
    @SequenceGenerator(name = "consultation_seq", sequenceName = "consultation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private ConsultationChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 40)
    private MatterCategory topic;

    @Column(name = "consulted_at", nullable = false)
    private OffsetDateTime consultedAt;

    @Column(name = "person_name", length = NAME_MAX)
    private String personName;

    @Column(name = "person_phone", length = 20)
    private String personPhone;

    @Column(name = "person_id_number", length = ResidentIdNumber.LENGTH)
    private String personIdNumber;

    @Column(name = "question", nullable = false, length = TEXT_MAX)
    private String question;

    @Column(name = "answer", nullable = false, length = TEXT_MAX)
    private String answer;

    @Column(name = "referral", length = REFERRAL_MAX)
    private String referral;

    @Column(name = "recorded_by", nullable = false, length = UserName.MAX, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected Consultation() {
        // for JPA
    }

    /**
     * Records a consultation.
     *
     * @param form       what the clerk filled in (validated by Bean Validation before)
     * @param consultedAt when it took place; not after {@code now}
     * @param idNumber   the person's parsed ID number, or null
     * @param unitId     the clerk's unit
     * @param recordedBy the clerk's user name
     * @param now        the current time
     */
    public Consultation(NewConsultation form, OffsetDateTime consultedAt, ResidentIdNumber idNumber, long unitId,
                        String recordedBy, OffsetDateTime now) {
        if (consultedAt.isAfter(now)) {
            throw new BusinessException("intake.consultation.inFuture");
        }
        this.channel = Objects.requireNonNull(form.getChannel());
        this.topic = Objects.requireNonNull(form.getTopic());
        this.consultedAt = consultedAt;
        this.personName = form.getPersonName();
        this.personPhone = form.getPersonPhone();
        this.personIdNumber = idNumber == null ? null : idNumber.value();
        this.question = form.getQuestion().strip();
        this.answer = form.getAnswer().strip();
        this.referral = form.getReferral();
        this.unitId = unitId;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = now;
    }

    /** Whether the consultation names a person (its reading is then audited). */
    public boolean namesAPerson() {
        return personName != null || personIdNumber != null || personPhone != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getUnitId() {
        return unitId;
    }

    public ConsultationChannel getChannel() {
        return channel;
    }

    public MatterCategory getTopic() {
        return topic;
    }

    public OffsetDateTime getConsultedAt() {
        return consultedAt;
    }

    public String getPersonName() {
        return personName;
    }

    public String getPersonPhone() {
        return personPhone;
    }

    /**
     * The full number, to carry the person into an application without retyping it (issue 3:
     * "turn one into an application"); screens show {@link #getPersonIdNumberMasked()}.
     */
    public String personIdNumber() {
        return personIdNumber;
    }

    /** The ID number as shown on screens: first 6 and last 4 characters. */
    public String getPersonIdNumberMasked() {
        return personIdNumber == null ? null : ResidentIdNumber.mask(personIdNumber);
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public String getReferral() {
        return referral;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
