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
import jakarta.persistence.Version;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The annual assessment 考核 of a lawyer (LAL art. 60): the figures it drew on, frozen when it was
 * recorded ({@link AssessmentFigures}), the result and the supervisor's comment. One per lawyer
 * and year. An {@link AssessmentResult#UNQUALIFIED} result may lead to suspension or exit, which
 * goes through the status lifecycle with its own approval.
 */
@Entity
@Table(name = "lawyer_assessment")
public class LawyerAssessment implements Serializable {

    public static final int COMMENT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "lawyer_assessment_seq", sequenceName = "lawyer_assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lawyer_assessment_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "lawyer_id", nullable = false, updatable = false)
    private long lawyerId;

    @Column(name = "assessment_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "quota", nullable = false, precision = 8, scale = 2, updatable = false)
    private BigDecimal quota;

    @Column(name = "assigned", nullable = false, updatable = false)
    private int assigned;

    @Column(name = "completed", nullable = false, updatable = false)
    private int completed;

    @Column(name = "credited", nullable = false, precision = 8, scale = 2, updatable = false)
    private BigDecimal credited;

    @Column(name = "fulfilment", nullable = false, precision = 8, scale = 4, updatable = false)
    private BigDecimal fulfilment;

    @Column(name = "refusals", nullable = false, updatable = false)
    private int refusals;

    @Column(name = "late_assignments", nullable = false, updatable = false)
    private int lateAssignments;

    @Column(name = "quality_grade", length = 20, updatable = false)
    private String qualityGrade;

    @Column(name = "upheld_complaints", updatable = false)
    private Integer upheldComplaints;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 20, updatable = false)
    private AssessmentResult result;

    @Column(name = "comment", length = COMMENT_MAX, updatable = false)
    private String comment;

    @Column(name = "assessed_by", nullable = false, length = UserName.MAX, updatable = false)
    private String assessedBy;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    private OffsetDateTime assessedAt;

    protected LawyerAssessment() {
        // for JPA
    }

    public LawyerAssessment(long lawyerId, int year, AssessmentFigures figures, AssessmentResult result, String comment,
                            String assessedBy, OffsetDateTime at) {
        this.lawyerId = lawyerId;
        this.year = year;
        this.quota = figures.quota();
        this.assigned = figures.assigned();
        this.completed = figures.completed();
        this.credited = figures.credited();
        this.fulfilment = figures.fulfilment();
        this.refusals = figures.refusals();
        this.lateAssignments = figures.lateAssignments();
        this.qualityGrade = figures.qualityGrade();
        this.upheldComplaints = figures.upheldComplaints();
        this.result = Objects.requireNonNull(result);
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.assessedBy = Objects.requireNonNull(assessedBy);
        this.assessedAt = Objects.requireNonNull(at);
    }

    /** The figures as they were when the assessment was recorded. */
    public AssessmentFigures figures() {
        return new AssessmentFigures(quota, assigned, completed, credited, fulfilment, refusals, lateAssignments,
                qualityGrade, upheldComplaints);
    }

    /** Flag for the list: the result may lead to suspension or exit through the status lifecycle. */
    public boolean mayLeadToSuspension() {
        return result.mayLeadToSuspension();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getLawyerId() { return lawyerId; }
    public int getYear() { return year; }
    public BigDecimal getQuota() { return quota; }
    public int getAssigned() { return assigned; }
    public int getCompleted() { return completed; }
    public BigDecimal getCredited() { return credited; }
    public BigDecimal getFulfilment() { return fulfilment; }
    public int getRefusals() { return refusals; }
    public int getLateAssignments() { return lateAssignments; }
    public String getQualityGrade() { return qualityGrade; }
    public Integer getUpheldComplaints() { return upheldComplaints; }
    public AssessmentResult getResult() { return result; }
    public String getComment() { return comment; }
    public String getAssessedBy() { return assessedBy; }
    public OffsetDateTime getAssessedAt() { return assessedAt; }
}
