package org.legalaid.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** One item of an evaluation form: its section, a code unique in the form, what is judged, the maximum score and the guidance. */
@Embeddable
public class FormItem implements Serializable {

    public static final int CODE_MAX = 20;
    public static final int SECTION_MAX = 60;
    public static final int TEXT_MAX = 200;
    public static final int GUIDANCE_MAX = 1000;

    @Column(name = "code", nullable = false, length = CODE_MAX)
    private String code;

    @Column(name = "section", nullable = false, length = SECTION_MAX)
    private String section;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "max_score", nullable = false, precision = 6, scale = 1)
    private BigDecimal maxScore;

    @Column(name = "guidance", length = GUIDANCE_MAX)
    private String guidance;

    protected FormItem() {
    }

    public FormItem(String code, String section, String text, BigDecimal maxScore, String guidance) {
        this.code = Objects.requireNonNull(code, "code");
        this.section = Objects.requireNonNull(section, "section");
        this.text = Objects.requireNonNull(text, "text");
        this.maxScore = Objects.requireNonNull(maxScore, "maxScore");
        this.guidance = guidance;
    }

    public String getCode() { return code; }
    public String getSection() { return section; }
    public String getText() { return text; }
    public BigDecimal getMaxScore() { return maxScore; }
    public String getGuidance() { return guidance; }
}
