package org.legalaid.quality;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.legalaid.intake.MatterType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An archived case as the quality context recorded it when it was archived (its own read model, {@code
 * quality_archived_case}; no table of the cases context is read), with the automatic check of its file
 * (一案一评) and the people who handled it, for cross-avoidance. The sampler's candidates are these rows.
 * Written once, in the archiving transaction.
 */
@Entity
@Table(name = "quality_archived_case")
public class ArchivedCase {

    public static final int INVOLVED_MAX = 400;

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "case_number", nullable = false, length = 60, updatable = false)
    private String caseNumber;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_type", nullable = false, length = 30, updatable = false)
    private MatterType matterType;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_kind", nullable = false, length = 30, updatable = false)
    private FormKind kind;

    @Column(name = "lawyer_id", updatable = false)
    private Long lawyerId;

    @Column(name = "lawyer_name", length = 60, updatable = false)
    private String lawyerName;

    @Column(name = "firm_name", length = 100, updatable = false)
    private String firmName;

    /** The staff who supervised, reviewed or archived the case, separated by spaces. */
    @Column(name = "involved_users", nullable = false, length = INVOLVED_MAX, updatable = false)
    private String involvedUsers;

    @Column(name = "archived_on", nullable = false, updatable = false)
    private LocalDate archivedOn;

    @Column(name = "finding_count", nullable = false, updatable = false)
    private int findingCount;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private OffsetDateTime checkedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quality_case_finding", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CheckFinding> findings = new ArrayList<>();

    protected ArchivedCase() {
    }

    public ArchivedCase(long caseId, String caseNumber, long unitId, MatterType matterType, Long lawyerId,
                        String lawyerName, String firmName, Set<String> involvedUsers, LocalDate archivedOn,
                        List<CheckFinding> findings, OffsetDateTime checkedAt) {
        this.caseId = caseId;
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.unitId = unitId;
        this.matterType = Objects.requireNonNull(matterType, "matterType");
        this.kind = FormKind.of(matterType);
        this.lawyerId = lawyerId;
        this.lawyerName = lawyerName;
        this.firmName = firmName;
        String involved = String.join(" ", new LinkedHashSet<>(involvedUsers));
        this.involvedUsers = involved.length() > INVOLVED_MAX ? involved.substring(0, INVOLVED_MAX) : involved;
        this.archivedOn = Objects.requireNonNull(archivedOn, "archivedOn");
        this.findings = new ArrayList<>(findings);
        this.findingCount = findings.size();
        this.checkedAt = Objects.requireNonNull(checkedAt, "checkedAt");
    }

    public Candidate candidate() {
        return new Candidate(caseId, unitId, kind, findingCount > 0);
    }

    /** The case as avoidance sees it, kept from the evaluators in {@code excluded}. */
    public CrossAvoidance.CaseProfile profile(Set<Long> excluded) {
        return new CrossAvoidance.CaseProfile(caseId, unitId, firmName, lawyerId, involved(), excluded);
    }

    public Set<String> involved() {
        return involvedUsers.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(involvedUsers.split(" ")));
    }

    public Long getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public long getUnitId() { return unitId; }
    public MatterType getMatterType() { return matterType; }
    public FormKind getKind() { return kind; }
    public Long getLawyerId() { return lawyerId; }
    public String getLawyerName() { return lawyerName; }
    public String getFirmName() { return firmName; }
    public LocalDate getArchivedOn() { return archivedOn; }
    public int getFindingCount() { return findingCount; }
    public OffsetDateTime getCheckedAt() { return checkedAt; }
    public List<CheckFinding> getFindings() { return List.copyOf(findings); }
}
