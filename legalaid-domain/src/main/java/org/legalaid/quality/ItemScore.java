package org.legalaid.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** The score an evaluator gave one item of the form, with a comment. */
@Embeddable
public class ItemScore implements Serializable {

    public static final int COMMENT_MAX = 500;

    @Column(name = "item_code", nullable = false, length = FormItem.CODE_MAX)
    private String itemCode;

    @Column(name = "score", nullable = false, precision = 6, scale = 1)
    private BigDecimal score;

    @Column(name = "comment", length = COMMENT_MAX)
    private String comment;

    protected ItemScore() {
    }

    public ItemScore(String itemCode, BigDecimal score, String comment) {
        this.itemCode = Objects.requireNonNull(itemCode, "itemCode");
        this.score = Objects.requireNonNull(score, "score");
        this.comment = comment;
    }

    public String getItemCode() { return itemCode; }
    public BigDecimal getScore() { return score; }
    public String getComment() { return comment; }
}
