package org.legalaid.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What an intake clerk fills in for a consultation (咨询). Bound by the page and validated at the
 * service boundary; the person is optional, because many callers stay anonymous.
 */
public class NewConsultation implements Serializable {

    @NotNull
    private ConsultationChannel channel;

    @NotNull
    private MatterCategory topic;

    /** When the consultation took place, China Standard Time; now when left empty. */
    private LocalDateTime consultedAt;

    @Size(max = Consultation.NAME_MAX)
    @PlainText
    private String personName;

    @Pattern(regexp = Consultation.PHONE_PATTERN, message = "{legalaid.validation.phone}")
    private String personPhone;

    /** 居民身份证 number, optional; checked against GB 11643 by the service. */
    @Size(max = 20)
    private String personIdNumber;

    @NotBlank
    @Size(max = Consultation.TEXT_MAX)
    @PlainText
    private String question;

    @NotBlank
    @Size(max = Consultation.TEXT_MAX)
    @PlainText
    private String answer;

    @Size(max = Consultation.REFERRAL_MAX)
    @PlainText
    private String referral;

    public ConsultationChannel getChannel() {
        return channel;
    }

    public void setChannel(ConsultationChannel channel) {
        this.channel = channel;
    }

    public MatterCategory getTopic() {
        return topic;
    }

    public void setTopic(MatterCategory topic) {
        this.topic = topic;
    }

    public LocalDateTime getConsultedAt() {
        return consultedAt;
    }

    public void setConsultedAt(LocalDateTime consultedAt) {
        this.consultedAt = consultedAt;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = blankToNull(personName);
    }

    public String getPersonPhone() {
        return personPhone;
    }

    public void setPersonPhone(String personPhone) {
        this.personPhone = blankToNull(personPhone);
    }

    public String getPersonIdNumber() {
        return personIdNumber;
    }

    public void setPersonIdNumber(String personIdNumber) {
        this.personIdNumber = blankToNull(personIdNumber);
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getReferral() {
        return referral;
    }

    public void setReferral(String referral) {
        this.referral = blankToNull(referral);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
