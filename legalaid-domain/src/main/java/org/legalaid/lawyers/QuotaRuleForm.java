package org.legalaid.lawyers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A year's quota rule as the bureau's supervisor or the administrator edits it: the figures as
 * typed, turned into a {@link QuotaRule} by {@link #toRule()}, which applies the rule's checks
 * (negative quota, overlapping bands, a kind converted twice) with their messages. Negative numbers
 * are deliberately left to the domain rule so that the message names what is wrong.
 */
public class QuotaRuleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Min(QuotaRuleEntry.MIN_YEAR)
    @Max(QuotaRuleEntry.MAX_YEAR)
    private Integer year;

    @NotNull
    @Max(QuotaRuleEntry.MAX_CASES)
    private Integer casesPerLawyer;

    @NotNull
    private FirmQuotaMode firmMode = FirmQuotaMode.SUM_OF_LAWYERS;

    @Size(max = QuotaRuleEntry.NOTE_MAX)
    @PlainText
    private String note;

    @Valid
    @Size(max = 20)
    private List<Band> bands = new ArrayList<>();

    @Valid
    @Size(max = 10)
    private List<Credit> credits = new ArrayList<>();

    /** One firm-size band as typed. */
    public static class Band implements Serializable {
        private static final long serialVersionUID = 1L;
        @NotNull
        private Integer minLawyers;
        private Integer maxLawyers;
        @NotNull
        @Max(QuotaRuleEntry.MAX_CASES)
        private Integer cases;

        public Band() {
        }

        public Band(Integer minLawyers, Integer maxLawyers, Integer cases) {
            this.minLawyers = minLawyers;
            this.maxLawyers = maxLawyers;
            this.cases = cases;
        }

        public Integer getMinLawyers() { return minLawyers; }
        public void setMinLawyers(Integer minLawyers) { this.minLawyers = minLawyers; }
        public Integer getMaxLawyers() { return maxLawyers; }
        public void setMaxLawyers(Integer maxLawyers) { this.maxLawyers = maxLawyers; }
        public Integer getCases() { return cases; }
        public void setCases(Integer cases) { this.cases = cases; }
    }

    /** One credit conversion as typed. */
    public static class Credit implements Serializable {
        private static final long serialVersionUID = 1L;
        @NotNull
        private CreditKind kind;
        @NotNull
        @DecimalMax("9999.99")
        private BigDecimal unitsPerCase;

        public Credit() {
        }

        public Credit(CreditKind kind, BigDecimal unitsPerCase) {
            this.kind = kind;
            this.unitsPerCase = unitsPerCase;
        }

        public CreditKind getKind() { return kind; }
        public void setKind(CreditKind kind) { this.kind = kind; }
        public BigDecimal getUnitsPerCase() { return unitsPerCase; }
        public void setUnitsPerCase(BigDecimal unitsPerCase) { this.unitsPerCase = unitsPerCase; }
    }

    /** The form of a stored rule, for editing. */
    public static QuotaRuleForm of(QuotaRuleEntry entry) {
        QuotaRule rule = entry.toRule();
        QuotaRuleForm f = new QuotaRuleForm();
        f.year = rule.year();
        f.casesPerLawyer = rule.casesPerLawyer();
        f.firmMode = rule.firmMode();
        f.note = entry.getNote();
        rule.bands().forEach(b -> f.bands.add(new Band(b.minLawyers(), b.maxLawyers(), b.cases())));
        rule.credits().forEach(c -> f.credits.add(new Credit(c.kind(), c.unitsPerCase())));
        return f;
    }

    /**
     * The rule the form describes. Bands are ignored for {@link FirmQuotaMode#SUM_OF_LAWYERS}.
     *
     * @throws org.legalaid.shared.BusinessException the rule's own checks ({@link QuotaRule},
     *                                               {@link FirmBand}, {@link CreditRule})
     */
    public QuotaRule toRule() {
        List<FirmBand> b = firmMode == FirmQuotaMode.BY_SIZE
                ? bands.stream().map(x -> new FirmBand(x.minLawyers, x.maxLawyers, x.cases)).toList()
                : List.of();
        List<CreditRule> c = credits.stream().map(x -> new CreditRule(x.kind, x.unitsPerCase)).toList();
        return new QuotaRule(year, casesPerLawyer, firmMode, b, c);
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Integer getCasesPerLawyer() { return casesPerLawyer; }
    public void setCasesPerLawyer(Integer casesPerLawyer) { this.casesPerLawyer = casesPerLawyer; }
    public FirmQuotaMode getFirmMode() { return firmMode; }
    public void setFirmMode(FirmQuotaMode firmMode) { this.firmMode = firmMode; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<Band> getBands() { return bands; }
    public void setBands(List<Band> bands) { this.bands = bands; }
    public List<Credit> getCredits() { return credits; }
    public void setCredits(List<Credit> credits) { this.credits = credits; }
}
