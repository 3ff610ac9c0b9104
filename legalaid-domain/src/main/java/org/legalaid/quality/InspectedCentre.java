package org.legalaid.quality;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A centre in an inspection: its cross-inspection group and the group that inspects it (never its own; the
 * database checks it too), its self-report (seed 000 第二阶段 "各地要写出自查报告"), its scores with the reasons for
 * every deduction, the follow-up of a centre that must rectify (整改) and its outcome, and its commendation.
 */
@Entity
@Table(name = "quality_inspection_centre")
public class InspectedCentre implements java.io.Serializable {

    public static final int REPORT_MAX = 4000;
    public static final int OUTCOME_MAX = 1000;
    public static final int COMMENDATION_MAX = 500;
    public static final int UNIT_NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "quality_inspection_centre_seq", sequenceName = "quality_inspection_centre_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_inspection_centre_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "inspection_id", nullable = false, updatable = false)
    private long inspectionId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = UNIT_NAME_MAX, updatable = false)
    private String unitName;

    @Column(name = "group_no", nullable = false, updatable = false)
    private int group;

    @Column(name = "inspected_by_group", nullable = false, updatable = false)
    private int inspectedBy;

    @Column(name = "self_report", length = REPORT_MAX)
    private String selfReport;

    @Column(name = "self_reported_by", length = UserName.MAX)
    private String selfReportedBy;

    @Column(name = "self_reported_at")
    private OffsetDateTime selfReportedAt;

    @Column(name = "figures_taken_at")
    private OffsetDateTime figuresTakenAt;

    @Column(name = "decided_counted")
    private Integer decidedCounted;

    @Column(name = "decided_met")
    private Integer decidedMet;

    @Column(name = "assigned_counted")
    private Integer assignedCounted;

    @Column(name = "assigned_met")
    private Integer assignedMet;

    @Column(name = "files_counted")
    private Integer filesCounted;

    @Column(name = "files_met")
    private Integer filesMet;

    @Column(name = "total", precision = 6, scale = 1)
    private BigDecimal total;

    @Column(name = "scored_by", length = UserName.MAX)
    private String scoredBy;

    @Column(name = "scored_at")
    private OffsetDateTime scoredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quality_inspection_score", joinColumns = @JoinColumn(name = "centre_id"))
    @OrderColumn(name = "position")
    private List<InspectionScore> scores = new ArrayList<>();

    @Column(name = "rectify_until")
    private LocalDate rectifyUntil;

    @Column(name = "rectification_outcome", length = OUTCOME_MAX)
    private String rectificationOutcome;

    @Column(name = "rectification_by", length = UserName.MAX)
    private String rectificationBy;

    @Column(name = "commendation", length = COMMENDATION_MAX)
    private String commendation;

    protected InspectedCentre() {
    }

    public InspectedCentre(long inspectionId, long unitId, String unitName, CrossInspection.Place place) {
        if (place.group() == place.inspectedBy()) {
            throw new IllegalArgumentException("a centre never inspects itself");
        }
        this.inspectionId = inspectionId;
        this.unitId = unitId;
        this.unitName = Objects.requireNonNull(unitName, "unitName");
        this.group = place.group();
        this.inspectedBy = place.inspectedBy();
    }

    /** The self-report; filed again it replaces the earlier text while self-inspection lasts. */
    public void fileSelfReport(String text, String by, OffsetDateTime at) {
        if (text == null || text.isBlank() || text.strip().length() > REPORT_MAX) {
            throw new BusinessException("quality.inspection.selfReport.text");
        }
        selfReport = text.strip();
        selfReportedBy = Objects.requireNonNull(by, "by");
        selfReportedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Records the centre's figures for the inspection's period, taken once when cross-inspection starts, so
     * every inspector of the group sees the same figures and the results can say where they came from.
     */
    public void takeFigures(java.util.Collection<Figure> figures, OffsetDateTime at) {
        for (Figure f : figures) {
            switch (f.figure()) {
                case DECIDED_IN_7_DAYS -> { decidedCounted = (int) f.counted(); decidedMet = (int) f.met(); }
                case ASSIGNED_IN_3_DAYS -> { assignedCounted = (int) f.counted(); assignedMet = (int) f.met(); }
                case FILES_COMPLETE -> { filesCounted = (int) f.counted(); filesMet = (int) f.met(); }
            }
        }
        figuresTakenAt = Objects.requireNonNull(at, "at");
    }

    /** The figures taken from the data (empty before cross-inspection). */
    public java.util.Map<DataFigure, Figure> figures() {
        java.util.Map<DataFigure, Figure> out = new java.util.EnumMap<>(DataFigure.class);
        if (decidedCounted != null) {
            out.put(DataFigure.DECIDED_IN_7_DAYS, new Figure(DataFigure.DECIDED_IN_7_DAYS, decidedCounted, decidedMet));
        }
        if (assignedCounted != null) {
            out.put(DataFigure.ASSIGNED_IN_3_DAYS, new Figure(DataFigure.ASSIGNED_IN_3_DAYS, assignedCounted, assignedMet));
        }
        if (filesCounted != null) {
            out.put(DataFigure.FILES_COMPLETE, new Figure(DataFigure.FILES_COMPLETE, filesCounted, filesMet));
        }
        return out;
    }

    /** The inspecting group's scores (all checked by {@link Scorecard#score}); scored again they replace the earlier ones. */
    public void score(List<InspectionScore> itemScores, String by, OffsetDateTime at) {
        scores.clear();
        scores.addAll(itemScores);
        total = itemScores.stream().map(InspectionScore::getScore).reduce(BigDecimal.ZERO, BigDecimal::add);
        scoredBy = Objects.requireNonNull(by, "by");
        scoredAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Sets the follow-up date of a centre below the threshold (整改).
     *
     * @throws BusinessException {@code quality.inspection.rectify.compliant} for a centre that complies; {@code
     *                           quality.inspection.rectify.date} for a date before {@code today}
     */
    public void requireRectification(LocalDate until, boolean complies, LocalDate today) {
        if (complies) {
            throw new BusinessException("quality.inspection.rectify.compliant");
        }
        if (until == null || until.isBefore(today)) {
            throw new BusinessException("quality.inspection.rectify.date");
        }
        rectifyUntil = until;
    }

    /**
     * The outcome of the rectification at its follow-up.
     *
     * @throws BusinessException {@code quality.inspection.rectify.none} without a follow-up set; {@code
     *                           quality.inspection.rectify.outcome} without text
     */
    public void recordRectification(String outcome, String by) {
        if (rectifyUntil == null) {
            throw new BusinessException("quality.inspection.rectify.none");
        }
        if (outcome == null || outcome.isBlank() || outcome.strip().length() > OUTCOME_MAX) {
            throw new BusinessException("quality.inspection.rectify.outcome");
        }
        rectificationOutcome = outcome.strip();
        rectificationBy = Objects.requireNonNull(by, "by");
    }

    /** @throws BusinessException {@code quality.inspection.commend.text} without a reason */
    public void commend(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > COMMENDATION_MAX) {
            throw new BusinessException("quality.inspection.commend.text");
        }
        commendation = reason.strip();
    }

    public boolean isScored() {
        return total != null;
    }

    public boolean hasSelfReport() {
        return selfReport != null;
    }

    /** The deductions with their reasons (items scored below their maximum). */
    public List<InspectionScore> deductions(Scorecard card) {
        return scores.stream().filter(s -> s.getScore().compareTo(card.item(s.getItemCode()).getMaxScore()) < 0).toList();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getInspectionId() { return inspectionId; }
    public long getUnitId() { return unitId; }
    public String getUnitName() { return unitName; }
    public int getGroup() { return group; }
    public int getInspectedBy() { return inspectedBy; }
    public String getSelfReport() { return selfReport; }
    public String getSelfReportedBy() { return selfReportedBy; }
    public OffsetDateTime getSelfReportedAt() { return selfReportedAt; }
    public OffsetDateTime getFiguresTakenAt() { return figuresTakenAt; }
    public BigDecimal getTotal() { return total; }
    public String getScoredBy() { return scoredBy; }
    public OffsetDateTime getScoredAt() { return scoredAt; }
    public List<InspectionScore> getScores() { return List.copyOf(scores); }
    public LocalDate getRectifyUntil() { return rectifyUntil; }
    public String getRectificationOutcome() { return rectificationOutcome; }
    public String getRectificationBy() { return rectificationBy; }
    public String getCommendation() { return commendation; }
}
