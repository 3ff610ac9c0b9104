package org.legalaid.quality;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A case drawn by a campaign and its way to a final grade (seed 004 "三、评估方法"): the initial evaluation;
 * for 优秀 and 不合格 a re-evaluation by a different evaluator; a difference beyond the campaign's margin
 * goes to a panel that decides by majority; the unit's objection (异议) within the period, reviewed by
 * someone other than the objector; then, on publication, the grade is final and nothing changes it.
 */
@Entity
@Table(name = "quality_sample")
public class SampledCase implements Serializable {

    public static final int TEXT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "quality_sample_seq", sequenceName = "quality_sample_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_sample_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_kind", nullable = false, length = 30, updatable = false)
    private FormKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "stratum", nullable = false, length = 10, updatable = false)
    private Sampler.Stratum stratum;

    @Column(name = "lawyer_id", updatable = false)
    private Long lawyerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 15)
    private SampleState state = SampleState.INITIAL;

    @Column(name = "initial_total", precision = 6, scale = 1)
    private BigDecimal initialTotal;

    @Enumerated(EnumType.STRING)
    @Column(name = "initial_grade", length = 10)
    private Grade initialGrade;

    @Column(name = "reevaluation_total", precision = 6, scale = 1)
    private BigDecimal reevaluationTotal;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", length = 10)
    private Grade grade;

    @Column(name = "panel_votes", length = 100)
    private String panelVotes;

    @Column(name = "panel_by", length = UserName.MAX)
    private String panelBy;

    @Column(name = "objection", length = TEXT_MAX)
    private String objection;

    @Column(name = "objected_by", length = UserName.MAX)
    private String objectedBy;

    @Column(name = "objected_at")
    private OffsetDateTime objectedAt;

    @Column(name = "objection_upheld")
    private Boolean objectionUpheld;

    @Column(name = "objection_review", length = TEXT_MAX)
    private String objectionReview;

    @Column(name = "objection_reviewed_by", length = UserName.MAX)
    private String objectionReviewedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade_before_objection", length = 10)
    private Grade gradeBeforeObjection;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_grade", length = 10)
    private Grade finalGrade;

    @Column(name = "final_on")
    private LocalDate finalOn;

    protected SampledCase() {
    }

    public SampledCase(long campaignId, Sampler.Drawn d, Long lawyerId) {
        this.campaignId = campaignId;
        this.caseId = d.caseId();
        this.unitId = d.unitId();
        this.kind = d.kind();
        this.stratum = d.stratum();
        this.lawyerId = lawyerId;
    }

    /**
     * The initial evaluation was submitted: 优秀 and 不合格 wait for a re-evaluation, any other grade stands.
     */
    public void initialEvaluated(BigDecimal total, Grade g) {
        requireOpen();
        requireState(SampleState.INITIAL);
        this.initialTotal = total;
        this.initialGrade = g;
        if (g.needsReevaluation()) {
            state = SampleState.REEVALUATION;
        } else {
            grade = g;
            state = SampleState.EVALUATED;
        }
    }

    /**
     * The re-evaluation was submitted: its grade stands unless its total differs from the initial one by
     * more than {@code margin} points, which sends the case to the panel.
     */
    public void reevaluated(BigDecimal total, Grade g, BigDecimal margin) {
        requireOpen();
        requireState(SampleState.REEVALUATION);
        this.reevaluationTotal = total;
        if (total.subtract(initialTotal).abs().compareTo(margin) > 0) {
            state = SampleState.PANEL;
        } else {
            grade = g;
            state = SampleState.EVALUATED;
        }
    }

    /**
     * The panel's decision by majority: an odd number of votes, at least three, and one grade with more than
     * half of them.
     *
     * @throws BusinessException {@code quality.panel.votes} for fewer than three or an even number of votes;
     *                           {@code quality.panel.noMajority}
     */
    public Grade panelDecides(List<Grade> votes, String by) {
        requireOpen();
        requireState(SampleState.PANEL);
        Grade g = majority(votes);
        this.panelVotes = votes.stream().map(Enum::name).collect(Collectors.joining(","));
        this.panelBy = Objects.requireNonNull(by, "by");
        this.grade = g;
        this.state = SampleState.EVALUATED;
        return g;
    }

    /** The grade with more than half of {@code votes} (see {@link #panelDecides}). */
    public static Grade majority(List<Grade> votes) {
        if (votes == null || votes.size() < 3 || votes.size() % 2 == 0
                || votes.stream().anyMatch(Objects::isNull)) {
            throw new BusinessException("quality.panel.votes");
        }
        Map<Grade, Integer> n = new EnumMap<>(Grade.class);
        votes.forEach(v -> n.merge(v, 1, Integer::sum));
        return n.entrySet().stream().filter(e -> e.getValue() * 2 > votes.size()).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new BusinessException("quality.panel.noMajority"));
    }

    /**
     * The unit objects to the grade (异议), once, within the campaign's period (checked by the caller).
     *
     * @throws BusinessException {@code quality.objection.twice}; {@code quality.sample.notEvaluated}
     */
    public void object(String reason, String by, OffsetDateTime at) {
        requireOpen();
        requireState(SampleState.EVALUATED);
        if (objection != null) {
            throw new BusinessException("quality.objection.twice");
        }
        this.objection = Objects.requireNonNull(reason, "reason");
        this.objectedBy = Objects.requireNonNull(by, "by");
        this.objectedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * The objection's review (异议审核): upheld with the grade it changes to, or rejected; never by the
     * objector.
     *
     * @throws BusinessException {@code quality.objection.none}; {@code quality.objection.reviewed}; {@code
     *                           quality.objection.ownReview}; {@code quality.objection.gradeRequired} when
     *                           upheld without a different grade
     */
    public void reviewObjection(boolean upheld, Grade newGrade, String review, String by) {
        requireOpen();
        if (objection == null) {
            throw new BusinessException("quality.objection.none");
        }
        if (objectionUpheld != null) {
            throw new BusinessException("quality.objection.reviewed");
        }
        if (by.equals(objectedBy)) {
            throw new BusinessException("quality.objection.ownReview");
        }
        if (upheld && (newGrade == null || newGrade == grade)) {
            throw new BusinessException("quality.objection.gradeRequired");
        }
        this.objectionUpheld = upheld;
        this.objectionReview = Objects.requireNonNull(review, "review");
        this.objectionReviewedBy = by;
        if (upheld) {
            this.gradeBeforeObjection = grade;
            this.grade = newGrade;
        }
    }

    public boolean hasOpenObjection() {
        return objection != null && objectionUpheld == null;
    }

    /**
     * The grade becomes final (publication).
     *
     * @throws BusinessException {@code quality.sample.notEvaluated}; {@code quality.objection.open}
     */
    public void makeFinal(LocalDate on) {
        requireOpen();
        requireState(SampleState.EVALUATED);
        if (hasOpenObjection()) {
            throw new BusinessException("quality.objection.open");
        }
        this.finalGrade = grade;
        this.finalOn = on;
    }

    public boolean isFinal() {
        return finalGrade != null;
    }

    /** @throws BusinessException {@code quality.final} once the grade is final */
    private void requireOpen() {
        if (isFinal()) {
            throw new BusinessException("quality.final");
        }
    }

    private void requireState(SampleState expected) {
        if (state != expected) {
            throw new BusinessException(expected == SampleState.EVALUATED ? "quality.sample.notEvaluated"
                    : "quality.sample.state", state.labelKey());
        }
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getCampaignId() { return campaignId; }
    public long getCaseId() { return caseId; }
    public long getUnitId() { return unitId; }
    public FormKind getKind() { return kind; }
    public Sampler.Stratum getStratum() { return stratum; }
    public Long getLawyerId() { return lawyerId; }
    public SampleState getState() { return state; }
    public BigDecimal getInitialTotal() { return initialTotal; }
    public Grade getInitialGrade() { return initialGrade; }
    public BigDecimal getReevaluationTotal() { return reevaluationTotal; }
    public Grade getGrade() { return grade; }
    public String getPanelVotes() { return panelVotes; }
    public String getObjection() { return objection; }
    public String getObjectedBy() { return objectedBy; }
    public Boolean getObjectionUpheld() { return objectionUpheld; }
    public String getObjectionReview() { return objectionReview; }
    public Grade getGradeBeforeObjection() { return gradeBeforeObjection; }
    public Grade getFinalGrade() { return finalGrade; }
    public LocalDate getFinalOn() { return finalOn; }
}
