package org.legalaid.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What staff enter for the lawyer who hands in the closing file (LAL art. 50): the outcome, the
 * closing report, the day the case ended (unless recorded before or ended by termination), the
 * day the file was handed in, and the items of the file handed in.
 */
public class ClosingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private CaseOutcome outcome;

    @Size(max = ClosingSubmission.OUTCOME_TEXT_MAX)
    @PlainText
    private String outcomeText;

    @NotBlank
    @Size(max = ClosingSubmission.REPORT_MAX)
    @PlainText
    private String report;

    @PastOrPresent
    private LocalDate endedOn;

    @NotNull
    @PastOrPresent
    private LocalDate submittedOn;

    @NotNull
    private Set<CaseFileItem> present = EnumSet.noneOf(CaseFileItem.class);

    /** The hand-in as the domain takes it. */
    public ClosingSubmission.HandIn handIn() {
        return new ClosingSubmission.HandIn(outcome, outcomeText, report, endedOn, submittedOn, present);
    }

    public CaseOutcome getOutcome() { return outcome; }
    public void setOutcome(CaseOutcome outcome) { this.outcome = outcome; }
    public String getOutcomeText() { return outcomeText; }
    public void setOutcomeText(String outcomeText) { this.outcomeText = outcomeText; }
    public String getReport() { return report; }
    public void setReport(String report) { this.report = report; }
    public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public void setSubmittedOn(LocalDate submittedOn) { this.submittedOn = submittedOn; }
    public Set<CaseFileItem> getPresent() { return present; }
    public void setPresent(Set<CaseFileItem> present) {
        this.present = present == null || present.isEmpty() ? EnumSet.noneOf(CaseFileItem.class) : EnumSet.copyOf(present);
    }
}
