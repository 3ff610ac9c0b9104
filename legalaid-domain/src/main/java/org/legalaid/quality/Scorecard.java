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
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One version of an institution inspection scorecard: seed 000's "法律援助规范和质量检查参考标准" (6 categories
 * × 20 points = 120, "对每个大项中扣除的分数在扣分备注栏中注明扣分原因") or seed 002's "规范服务达标标准及考核细则" (咨询接待、
 * 受理审查、指派监督、质量保证, each with scored sub-items), and the compliance threshold (达标线). A version is never
 * changed: a new version is a new row, and an inspection keeps the version it was opened on.
 */
@Entity
@Table(name = "quality_scorecard")
public class Scorecard implements java.io.Serializable {

    public static final int STANDARD_MAX = 20;
    public static final int TITLE_MAX = 100;
    public static final int MAX_ITEMS = 100;

    @Id
    @SequenceGenerator(name = "quality_scorecard_seq", sequenceName = "quality_scorecard_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_scorecard_seq")
    private Long id;

    @Column(name = "standard", nullable = false, length = STANDARD_MAX, updatable = false)
    private String standard;

    @Column(name = "scorecard_version", nullable = false, updatable = false)
    private int scorecardVersion;

    @Column(name = "title", nullable = false, length = TITLE_MAX, updatable = false)
    private String title;

    @Column(name = "compliance_from", nullable = false, precision = 6, scale = 1, updatable = false)
    private BigDecimal complianceFrom;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quality_scorecard_item", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderColumn(name = "position")
    private List<ScorecardItem> items = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = UserName.MAX, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Scorecard() {
    }

    /**
     * @throws BusinessException {@code quality.scorecard.items} without items, with more than 100, a duplicate code, a blank or too long code, category or text
     *                           or a maximum not above 0; {@code quality.scorecard.threshold} (threshold, maximum)
     *                           for a threshold not above 0 or above the highest total
     */
    public Scorecard(String standard, int scorecardVersion, String title, BigDecimal complianceFrom,
                     List<ScorecardItem> items, String createdBy, OffsetDateTime createdAt) {
        this.standard = Objects.requireNonNull(standard, "standard");
        this.scorecardVersion = scorecardVersion;
        this.title = Objects.requireNonNull(title, "title");
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new BusinessException("quality.scorecard.items");
        }
        Set<String> codes = new HashSet<>();
        for (ScorecardItem i : items) {
            if (!codes.add(i.getCode()) || i.getMaxScore().signum() <= 0 || !fits(i.getCode(), ScorecardItem.CODE_MAX)
                    || !fits(i.getCategory(), ScorecardItem.CATEGORY_MAX) || !fits(i.getText(), ScorecardItem.TEXT_MAX)) {
                throw new BusinessException("quality.scorecard.items");
            }
        }
        this.items = new ArrayList<>(items);
        if (complianceFrom == null || complianceFrom.signum() <= 0 || complianceFrom.compareTo(maximumTotal()) > 0) {
            throw new BusinessException("quality.scorecard.threshold", complianceFrom, maximumTotal());
        }
        this.complianceFrom = complianceFrom;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether {@code text} is not blank and at most {@code max} characters (an item edited on the scorecards page). */
    private static boolean fits(String text, int max) {
        return !text.isBlank() && text.length() <= max;
    }

    /** The highest total: the sum of the items' maxima (120 for seed 000's card). */
    public BigDecimal maximumTotal() {
        return items.stream().map(ScorecardItem::getMaxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The inspectors' mark of one item scored by hand: the score and, below the maximum, the reason for the deduction. */
    public record Mark(BigDecimal score, String reason) {
    }

    /**
     * Scores a centre, item by item, all checked before anything is returned (nothing half-scored): an item
     * with a figure in {@code figures} is scored from the data (maximum × share met, one decimal) whatever the
     * inspectors typed; every other item needs a mark between 0 and its maximum, and a mark below the maximum
     * a written reason (seed 000 "注明扣分原因").
     *
     * @throws BusinessException {@code quality.inspection.score.unknownItem} (code); {@code
     *                           quality.inspection.score.missing} (code); {@code quality.inspection.score.negative}
     *                           (code); {@code quality.inspection.score.aboveMaximum} (code, score, maximum); {@code
     *                           quality.inspection.deduction.reasonMissing} (code, deduction); {@code
     *                           quality.inspection.deduction.reasonTooLong} (code)
     */
    public List<InspectionScore> score(Map<String, Mark> marks, Map<DataFigure, Figure> figures) {
        Objects.requireNonNull(marks, "marks");
        Objects.requireNonNull(figures, "figures");
        for (String code : marks.keySet()) {
            if (items.stream().noneMatch(i -> i.getCode().equals(code))) {
                throw new BusinessException("quality.inspection.score.unknownItem", code);
            }
        }
        List<InspectionScore> out = new ArrayList<>();
        for (ScorecardItem i : items) {
            Figure f = i.isFromData() ? figures.get(i.getDataFigure()) : null;
            if (f != null && f.counted() > 0) {
                BigDecimal s = f.score(i.getMaxScore());
                out.add(new InspectionScore(i.getCode(), s, s.compareTo(i.getMaxScore()) < 0 ? f.note() : null, true));
                continue;
            }
            Mark m = marks.get(i.getCode());
            if (m == null || m.score() == null) {
                throw new BusinessException("quality.inspection.score.missing", i.getCode());
            }
            if (m.score().signum() < 0) {
                throw new BusinessException("quality.inspection.score.negative", i.getCode());
            }
            if (m.score().compareTo(i.getMaxScore()) > 0) {
                throw new BusinessException("quality.inspection.score.aboveMaximum", i.getCode(), m.score(), i.getMaxScore());
            }
            BigDecimal deduction = i.getMaxScore().subtract(m.score());
            String reason = m.reason() == null || m.reason().isBlank() ? null : m.reason().strip();
            if (deduction.signum() > 0 && reason == null) {
                throw new BusinessException("quality.inspection.deduction.reasonMissing", i.getCode(), deduction);
            }
            if (reason != null && reason.length() > InspectionScore.REASON_MAX) {
                throw new BusinessException("quality.inspection.deduction.reasonTooLong", i.getCode());
            }
            out.add(new InspectionScore(i.getCode(), m.score(), reason, false));
        }
        return out;
    }

    /** Whether a total reaches the threshold (a total equal to it complies). */
    public boolean complies(BigDecimal total) {
        return total != null && total.compareTo(complianceFrom) >= 0;
    }

    public ScorecardItem item(String code) {
        return items.stream().filter(i -> i.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new BusinessException("quality.inspection.score.unknownItem", code));
    }

    public Long getId() { return id; }
    public String getStandard() { return standard; }
    public int getScorecardVersion() { return scorecardVersion; }
    public String getTitle() { return title; }
    public BigDecimal getComplianceFrom() { return complianceFrom; }
    public List<ScorecardItem> getItems() { return List.copyOf(items); }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
