package org.legalaid.cases;

import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the staff fill in for a progress entry 办案记录. Bound by the page and validated at the
 * service boundary (lengths, no markup); which fields a kind needs is the entry's rule
 * ({@link CaseProgress}), so that a missing date or assessment reads as one clear sentence.
 */
public class NewProgressEntry implements Serializable {

    private ProgressKind kind;

    /** The day of the activity (China time). */
    private LocalDate occurredOn;

    @Size(max = CaseProgress.DETAILS_MAX)
    @PlainText
    private String details;

    @Size(max = CaseProgress.ASSESSMENT_MAX)
    @PlainText
    private String assessment;

    private AttendanceGrade grade;

    @Size(max = CaseProgress.ORGAN_MAX)
    @PlainText
    private String organ;

    @Size(max = CaseProgress.OPINION_MAX)
    @PlainText
    private String organOpinion;

    private Satisfaction satisfaction;

    public NewProgressEntry() {
    }

    public NewProgressEntry(ProgressKind kind, LocalDate occurredOn, String details) {
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.details = details;
    }

    public ProgressKind getKind() { return kind; }
    public void setKind(ProgressKind kind) { this.kind = kind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public String getDetails() { return details; }
    public void setDetails(String details) { this.details = details; }
    public String getAssessment() { return assessment; }
    public void setAssessment(String assessment) { this.assessment = assessment; }
    public AttendanceGrade getGrade() { return grade; }
    public void setGrade(AttendanceGrade grade) { this.grade = grade; }
    public String getOrgan() { return organ; }
    public void setOrgan(String organ) { this.organ = organ; }
    public String getOrganOpinion() { return organOpinion; }
    public void setOrganOpinion(String organOpinion) { this.organOpinion = organOpinion; }
    public Satisfaction getSatisfaction() { return satisfaction; }
    public void setSatisfaction(Satisfaction satisfaction) { this.satisfaction = satisfaction; }
}
