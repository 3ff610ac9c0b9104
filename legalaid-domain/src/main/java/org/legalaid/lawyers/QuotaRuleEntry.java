package org.legalaid.lawyers;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The stored quota rule of a year (义务量核定, LAL art. 16): the figures of a {@link QuotaRule}
 * with its firm-size bands and credit conversions, and who last changed it. One per year. The
 * rules live in {@link QuotaRule}; this entity only accepts a rule that has been built (and so
 * validated) already.
 */
@Entity
@Table(name = "quota_rule")
public class QuotaRuleEntry implements Serializable {

    public static final int NOTE_MAX = 500;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2999;
    public static final int MAX_CASES = 999;

    @Id
    @SequenceGenerator(name = "quota_rule_seq", sequenceName = "quota_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quota_rule_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "rule_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "cases_per_lawyer", nullable = false)
    private int casesPerLawyer;

    @Enumerated(EnumType.STRING)
    @Column(name = "firm_mode", nullable = false, length = 20)
    private FirmQuotaMode firmMode;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quota_firm_band", joinColumns = @JoinColumn(name = "rule_id"))
    private List<QuotaBandRow> bands = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quota_credit_rule", joinColumns = @JoinColumn(name = "rule_id"))
    private List<QuotaCreditRow> credits = new ArrayList<>();

    @Column(name = "updated_by", nullable = false, length = UserName.MAX)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected QuotaRuleEntry() {
        // for JPA
    }

    public QuotaRuleEntry(QuotaRule rule, String note, String by, OffsetDateTime at) {
        this.year = rule.year();
        replace(rule, note, by, at);
    }

    /** Puts a new version of the same year's rule in place. */
    public void replace(QuotaRule rule, String note, String by, OffsetDateTime at) {
        if (rule.year() != year) {
            throw new IllegalArgumentException("rule of " + rule.year() + " for the entry of " + year);
        }
        this.casesPerLawyer = rule.casesPerLawyer();
        this.firmMode = rule.firmMode();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.bands.clear();
        rule.bands().forEach(b -> bands.add(new QuotaBandRow(b)));
        this.credits.clear();
        rule.credits().forEach(c -> credits.add(new QuotaCreditRow(c)));
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    /** The rule these rows describe. */
    public QuotaRule toRule() {
        return new QuotaRule(year, casesPerLawyer, firmMode, bands.stream().map(QuotaBandRow::band).toList(),
                credits.stream().map(QuotaCreditRow::rule).toList());
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public int getYear() { return year; }
    public int getCasesPerLawyer() { return casesPerLawyer; }
    public FirmQuotaMode getFirmMode() { return firmMode; }
    public String getNote() { return note; }
    public String getUpdatedBy() { return updatedBy; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
}
