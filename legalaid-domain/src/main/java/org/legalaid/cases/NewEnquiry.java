package org.legalaid.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A client's progress enquiry as the intake clerk or case supervisor takes it down (LAL art. 46),
 * with the answer when it is given at once.
 */
public class NewEnquiry implements Serializable {

    @NotBlank
    @Size(max = CaseEnquiry.ASKED_BY_MAX)
    @PlainText
    private String askedBy;

    @NotNull
    private EnquiryChannel channel;

    @NotBlank
    @Size(max = CaseEnquiry.QUESTION_MAX)
    @PlainText
    private String question;

    /** When it was asked, China time; now when left empty. */
    private LocalDateTime askedAt;

    /** The answer given from the record, or empty to answer later. */
    @Size(max = CaseEnquiry.ANSWER_MAX)
    @PlainText
    private String answer;

    public NewEnquiry() {
    }

    public NewEnquiry(String askedBy, EnquiryChannel channel, String question, String answer) {
        this.askedBy = askedBy;
        this.channel = channel;
        this.question = question;
        this.answer = answer;
    }

    public String getAskedBy() { return askedBy; }
    public void setAskedBy(String askedBy) { this.askedBy = askedBy; }
    public EnquiryChannel getChannel() { return channel; }
    public void setChannel(EnquiryChannel channel) { this.channel = channel; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public LocalDateTime getAskedAt() { return askedAt; }
    public void setAskedAt(LocalDateTime askedAt) { this.askedAt = askedAt; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
}
