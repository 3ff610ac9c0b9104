package org.legalaid.funding;

import org.legalaid.shared.UserName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** Whether a rule runs and how severe its flags are, kept by the finance approver (audited). */
@Entity
@Table(name = "funding_rule_setting")
public class RuleSetting implements Serializable {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "rule", length = 40)
    private RuleCode rule;

    @Version
    private long version;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 10)
    private Severity severity;

    @Column(name = "changed_by", nullable = false, length = UserName.MAX)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected RuleSetting() {
        // for JPA
    }

    public void change(boolean enabled, Severity severity, String by, OffsetDateTime now) {
        this.enabled = enabled;
        this.severity = severity;
        this.changedBy = by;
        this.changedAt = now;
    }

    public RuleCode getRule() { return rule; }
    public long getVersion() { return version; }
    public boolean isEnabled() { return enabled; }
    public Severity getSeverity() { return severity; }
    public String getChangedBy() { return changedBy; }
    public OffsetDateTime getChangedAt() { return changedAt; }
}
