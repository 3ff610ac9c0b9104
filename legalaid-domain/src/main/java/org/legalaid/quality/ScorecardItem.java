package org.legalaid.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One item of an inspection scorecard: its category (seed 000's six categories, seed 002's four parts), a code
 * unique in the scorecard, what is checked, the maximum score and — where the system knows it — the figure it
 * is scored from.
 */
@Embeddable
public class ScorecardItem implements Serializable {

    public static final int CODE_MAX = 20;
    public static final int CATEGORY_MAX = 60;
    public static final int TEXT_MAX = 200;

    @Column(name = "code", nullable = false, length = CODE_MAX)
    private String code;

    @Column(name = "category", nullable = false, length = CATEGORY_MAX)
    private String category;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "max_score", nullable = false, precision = 6, scale = 1)
    private BigDecimal maxScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_figure", length = 30)
    private DataFigure dataFigure;

    protected ScorecardItem() {
    }

    public ScorecardItem(String code, String category, String text, BigDecimal maxScore, DataFigure dataFigure) {
        this.code = Objects.requireNonNull(code, "code");
        this.category = Objects.requireNonNull(category, "category");
        this.text = Objects.requireNonNull(text, "text");
        this.maxScore = Objects.requireNonNull(maxScore, "maxScore");
        this.dataFigure = dataFigure;
    }

    public String getCode() { return code; }
    public String getCategory() { return category; }
    public String getText() { return text; }
    public BigDecimal getMaxScore() { return maxScore; }
    public DataFigure getDataFigure() { return dataFigure; }
    public boolean isFromData() { return dataFigure != null; }
}
