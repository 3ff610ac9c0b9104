package org.legalaid.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** The score of one scorecard item for a centre, the reason for its deduction, and whether it came from the data. */
@Embeddable
public class InspectionScore implements Serializable {

    public static final int REASON_MAX = 500;

    @Column(name = "item_code", nullable = false, length = ScorecardItem.CODE_MAX)
    private String itemCode;

    @Column(name = "score", nullable = false, precision = 6, scale = 1)
    private BigDecimal score;

    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    @Column(name = "from_data", nullable = false)
    private boolean fromData;

    protected InspectionScore() {
    }

    public InspectionScore(String itemCode, BigDecimal score, String reason, boolean fromData) {
        this.itemCode = Objects.requireNonNull(itemCode, "itemCode");
        this.score = Objects.requireNonNull(score, "score");
        this.reason = reason;
        this.fromData = fromData;
    }

    public String getItemCode() { return itemCode; }
    public BigDecimal getScore() { return score; }
    public String getReason() { return reason; }
    public boolean isFromData() { return fromData; }
}
