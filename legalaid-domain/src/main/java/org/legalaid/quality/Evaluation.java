package org.legalaid.quality;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One evaluator's evaluation of a sampled case in one round (seed 004 "每名评估师对评估的案卷出具了独立的评审意见"):
 * assigned with the reason of the assignment (how many evaluators could take it, the chosen one's load),
 * then scored item by item on the form version it was assigned with, with comments, the problems found
 * and an opinion; total and grade computed by the form. Submitted once; never changed afterwards.
 */
@Entity
@Table(name = "quality_evaluation")
public class Evaluation implements Serializable {

    public static final int OPINION_MAX = 2000;

    @Id
    @SequenceGenerator(name = "quality_evaluation_seq", sequenceName = "quality_evaluation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_evaluation_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "sample_id", nullable = false, updatable = false)
    private long sampleId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "round", nullable = false, length = 15, updatable = false)
    private Round round;

    @Column(name = "evaluator_id", nullable = false, updatable = false)
    private long evaluatorId;

    @Column(name = "evaluator_user", nullable = false, length = UserName.MAX, updatable = false)
    private String evaluatorUser;

    @Column(name = "form_id", nullable = false, updatable = false)
    private long formId;

    @Column(name = "eligible", nullable = false, updatable = false)
    private int eligible;

    @Column(name = "load_before", nullable = false, updatable = false)
    private int loadBefore;

    @Column(name = "total", precision = 6, scale = 1)
    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", length = 10)
    private Grade grade;

    @Column(name = "opinion", length = OPINION_MAX)
    private String opinion;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quality_evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    private List<ItemScore> scores = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quality_evaluation_problem", joinColumns = @JoinColumn(name = "evaluation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "problem")
    private Set<ProblemType> problems = EnumSet.noneOf(ProblemType.class);

    protected Evaluation() {
    }

    public Evaluation(SampledCase s, Round round, Evaluator evaluator, EvaluationForm form, CrossAvoidance.Placement p) {
        this.campaignId = s.getCampaignId();
        this.sampleId = s.getId();
        this.caseId = s.getCaseId();
        this.round = Objects.requireNonNull(round, "round");
        this.evaluatorId = evaluator.getId();
        this.evaluatorUser = evaluator.getUserName();
        this.formId = form.getId();
        this.eligible = p.eligible();
        this.loadBefore = p.loadBefore();
    }

    /**
     * Scores the case on {@code form} (the version it was assigned with): every item within its maximum.
     *
     * @param comments the comment of each item (optional)
     * @throws BusinessException {@code quality.evaluation.submitted} when submitted already; {@code
     *                           quality.evaluation.form} for another form; those of {@link
     *                           EvaluationForm#total}
     */
    public Grade submit(EvaluationForm form, Map<String, BigDecimal> itemScores, Map<String, String> comments,
                        Set<ProblemType> found, String opinion, OffsetDateTime at) {
        if (submittedAt != null) {
            throw new BusinessException("quality.evaluation.submitted");
        }
        if (!form.getId().equals(formId)) {
            throw new BusinessException("quality.evaluation.form");
        }
        BigDecimal t = form.total(itemScores);
        Map<String, String> c = comments == null ? Map.of() : comments;
        List<ItemScore> lines = new ArrayList<>();
        for (FormItem i : form.getItems()) {
            String comment = c.get(i.getCode());
            if (comment != null && comment.length() > ItemScore.COMMENT_MAX) {
                throw new BusinessException("quality.evaluation.commentTooLong", i.getCode(), ItemScore.COMMENT_MAX);
            }
            lines.add(new ItemScore(i.getCode(), itemScores.get(i.getCode()), comment == null || comment.isBlank() ? null : comment));
        }
        this.scores = lines;
        this.problems = found == null || found.isEmpty() ? EnumSet.noneOf(ProblemType.class) : EnumSet.copyOf(found);
        this.opinion = opinion;
        this.total = t;
        this.grade = form.bands().gradeOf(t);
        this.submittedAt = Objects.requireNonNull(at, "at");
        return grade;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** The scores by item code. */
    public Map<String, ItemScore> scoresByItem() {
        Map<String, ItemScore> out = new LinkedHashMap<>();
        scores.forEach(s -> out.put(s.getItemCode(), s));
        return out;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getCampaignId() { return campaignId; }
    public long getSampleId() { return sampleId; }
    public long getCaseId() { return caseId; }
    public Round getRound() { return round; }
    public long getEvaluatorId() { return evaluatorId; }
    public String getEvaluatorUser() { return evaluatorUser; }
    public long getFormId() { return formId; }
    public int getEligible() { return eligible; }
    public int getLoadBefore() { return loadBefore; }
    public BigDecimal getTotal() { return total; }
    public Grade getGrade() { return grade; }
    public String getOpinion() { return opinion; }
    public OffsetDateTime getSubmittedAt() { return submittedAt; }
    public List<ItemScore> getScores() { return List.copyOf(scores); }
    public Set<ProblemType> getProblems() { return problems.isEmpty() ? Set.of() : EnumSet.copyOf(problems); }
}
