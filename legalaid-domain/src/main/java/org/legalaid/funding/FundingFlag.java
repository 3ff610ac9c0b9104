package org.legalaid.funding;

import org.legalaid.shared.UserName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A rule's finding in the exceptions queue (异常处理): explained in plain language, with its evidence
 * and severity, resolved by a finance approver with a reason — never deleted. One flag per rule and
 * subject ({@code dedupe_key}, unique), so the nightly run does not repeat it.
 */
@Entity
@Table(name = "funding_flag")
public class FundingFlag implements Serializable {

    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "funding_flag_seq", sequenceName = "funding_flag_seq", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "funding_flag_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule", nullable = false, length = 40, updatable = false)
    private RuleCode rule;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 10, updatable = false)
    private Severity severity;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "claim_id", updatable = false)
    private Long claimId;

    @Column(name = "subject", nullable = false, length = 80, updatable = false)
    private String subject;

    @Column(name = "explanation_key", nullable = false, length = 80, updatable = false)
    private String explanationKey;

    @Column(name = "figures", nullable = false, length = 1000, updatable = false)
    private String figures;

    @Column(name = "evidence", nullable = false, length = 2000, updatable = false)
    private String evidence;

    @Column(name = "dedupe_key", nullable = false, unique = true, length = 140, updatable = false)
    private String dedupeKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private FlagState state;

    @Column(name = "raised_by", nullable = false, length = UserName.MAX, updatable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private OffsetDateTime raisedAt;

    @Column(name = "resolved_by", length = UserName.MAX)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Column(name = "resolution", length = REASON_MAX)
    private String resolution;

    protected FundingFlag() {
        // for JPA
    }

    public FundingFlag(Finding f, Severity severity, String raisedBy, OffsetDateTime now) {
        this.rule = f.rule();
        this.severity = severity;
        this.unitId = f.unitId();
        this.claimId = f.claimId();
        this.subject = f.subject();
        this.explanationKey = f.explanationKey();
        this.figures = String.join(CalculationLine.SEPARATOR, f.figures());
        this.evidence = f.evidence().length() <= 2000 ? f.evidence() : f.evidence().substring(0, 1999) + "…";
        this.dedupeKey = f.dedupeKey();
        this.state = FlagState.OPEN;
        this.raisedBy = raisedBy;
        this.raisedAt = now;
    }

    /**
     * Resolves the flag with the approver's reason (e.g. "exception approved: 庭审三次，见批示").
     *
     * @throws BusinessException {@code funding.flag.resolved}; {@code funding.flag.reasonRequired}
     */
    public void resolve(String by, String reason, OffsetDateTime now) {
        if (state != FlagState.OPEN) {
            throw new BusinessException("funding.flag.resolved", id);
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("funding.flag.reasonRequired");
        }
        this.state = FlagState.RESOLVED;
        this.resolvedBy = by;
        this.resolvedAt = now;
        this.resolution = reason.strip();
    }

    public boolean isOpen() {
        return state == FlagState.OPEN;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public RuleCode getRule() { return rule; }
    public Severity getSeverity() { return severity; }
    public long getUnitId() { return unitId; }
    public Long getClaimId() { return claimId; }
    public String getSubject() { return subject; }
    public String getExplanationKey() { return explanationKey; }
    public List<String> getFigures() { return figures.isEmpty() ? List.of() : Arrays.asList(figures.split(CalculationLine.SEPARATOR, -1)); }
    public String getEvidence() { return evidence; }
    public String getDedupeKey() { return dedupeKey; }
    public FlagState getState() { return state; }
    public String getRaisedBy() { return raisedBy; }
    public OffsetDateTime getRaisedAt() { return raisedAt; }
    public String getResolvedBy() { return resolvedBy; }
    public OffsetDateTime getResolvedAt() { return resolvedAt; }
    public String getResolution() { return resolution; }
}
