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
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One version of an evaluation form (评估表) for criminal or for civil and administrative cases: sections
 * and items with their maximum scores and guidance, the grade bands by total, and whether evaluators
 * see the case blind. A version is never changed: a new version is a new row with the next number, and
 * evaluations keep the version they were scored on — seed 004 (八) found files "未使用新表", so the
 * version is part of every evaluation.
 */
@Entity
@Table(name = "quality_form")
public class EvaluationForm implements Serializable {

    public static final int TITLE_MAX = 100;
    public static final int MAX_ITEMS = 100;

    @Id
    @SequenceGenerator(name = "quality_form_seq", sequenceName = "quality_form_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_form_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private FormKind kind;

    @Column(name = "form_version", nullable = false, updatable = false)
    private int formVersion;

    @Column(name = "title", nullable = false, length = TITLE_MAX, updatable = false)
    private String title;

    @Column(name = "blind", nullable = false, updatable = false)
    private boolean blind;

    @Column(name = "excellent_from", nullable = false, precision = 6, scale = 1, updatable = false)
    private BigDecimal excellentFrom;

    @Column(name = "good_from", nullable = false, precision = 6, scale = 1, updatable = false)
    private BigDecimal goodFrom;

    @Column(name = "pass_from", nullable = false, precision = 6, scale = 1, updatable = false)
    private BigDecimal passFrom;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quality_form_item", joinColumns = @JoinColumn(name = "form_id"))
    @OrderColumn(name = "position")
    private List<FormItem> items = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = UserName.MAX, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected EvaluationForm() {
    }

    /**
     * @param formVersion the next version of the kind (1 for the first)
     * @throws BusinessException {@code quality.form.items} without items or with more than 100, a duplicate
     *                           code, a maximum not above 0, or a code, section or text blank or too long; {@code quality.form.bandsAboveMaximum} when the
     *                           pass band lies above the form's highest total; those of {@link GradeBands}
     */
    public EvaluationForm(FormKind kind, int formVersion, String title, boolean blind, GradeBands bands,
                          List<FormItem> items, String createdBy, OffsetDateTime createdAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.formVersion = formVersion;
        this.title = Objects.requireNonNull(title, "title");
        this.blind = blind;
        Objects.requireNonNull(bands, "bands");
        Set<String> codes = new HashSet<>();
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new BusinessException("quality.form.items");
        }
        for (FormItem i : items) {
            if (!codes.add(i.getCode()) || i.getMaxScore().signum() <= 0 || !fits(i.getCode(), FormItem.CODE_MAX)
                    || !fits(i.getSection(), FormItem.SECTION_MAX) || !fits(i.getText(), FormItem.TEXT_MAX)
                    || i.getGuidance() != null && i.getGuidance().length() > FormItem.GUIDANCE_MAX) {
                throw new BusinessException("quality.form.items");
            }
        }
        this.items = new ArrayList<>(items);
        if (bands.excellentFrom().compareTo(maximumTotal()) > 0) {
            throw new BusinessException("quality.form.bandsAboveMaximum", bands.excellentFrom(), maximumTotal());
        }
        this.excellentFrom = bands.excellentFrom();
        this.goodFrom = bands.goodFrom();
        this.passFrom = bands.passFrom();
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    private static boolean fits(String text, int max) {
        return !text.isBlank() && text.length() <= max;
    }

    public GradeBands bands() {
        return new GradeBands(excellentFrom, goodFrom, passFrom);
    }

    /** The highest total the form allows: the sum of its items' maxima. */
    public BigDecimal maximumTotal() {
        return items.stream().map(FormItem::getMaxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The total of an evaluation's scores, checked item by item.
     *
     * @throws BusinessException {@code quality.score.missing} (item code) for an item without a score;
     *                           {@code quality.score.aboveMaximum} (item code, score, maximum); {@code
     *                           quality.score.negative} (item code); {@code quality.score.unknownItem} (code)
     */
    public BigDecimal total(Map<String, BigDecimal> scores) {
        Objects.requireNonNull(scores, "scores");
        for (String code : scores.keySet()) {
            if (items.stream().noneMatch(i -> i.getCode().equals(code))) {
                throw new BusinessException("quality.score.unknownItem", code);
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (FormItem i : items) {
            BigDecimal s = scores.get(i.getCode());
            if (s == null) {
                throw new BusinessException("quality.score.missing", i.getCode());
            }
            if (s.signum() < 0) {
                throw new BusinessException("quality.score.negative", i.getCode());
            }
            if (s.compareTo(i.getMaxScore()) > 0) {
                throw new BusinessException("quality.score.aboveMaximum", i.getCode(), s, i.getMaxScore());
            }
            total = total.add(s);
        }
        return total;
    }

    /**
     * Whether this version is outdated by {@code current}, the newest version of the same kind: an evaluation
     * scored on it is flagged on the results and the evaluation page (seed 004 (八) "案件质量评估表未使用新表").
     */
    public boolean isOutdatedBy(EvaluationForm current) {
        return current != null && current.kind == kind && current.formVersion > formVersion;
    }

    public Long getId() { return id; }
    public FormKind getKind() { return kind; }
    public int getFormVersion() { return formVersion; }
    public String getTitle() { return title; }
    public boolean isBlind() { return blind; }
    public List<FormItem> getItems() { return List.copyOf(items); }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
