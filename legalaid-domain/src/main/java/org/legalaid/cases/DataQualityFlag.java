package org.legalaid.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A data-quality finding on a case: one break of the date order, exactly as {@link DateViolation}
 * states it (issue 5: "flagged in a data-quality list, with the exact violation"). Found by the
 * import of a legacy file; never changed.
 */
@Entity
@Table(name = "case_data_flag")
public class DataQualityFlag implements Serializable {

    @Id
    @SequenceGenerator(name = "case_data_flag_seq", sequenceName = "case_data_flag_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_data_flag_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "import_id", updatable = false)
    private Long importId;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 20, updatable = false)
    private CaseMilestone step;

    @Column(name = "step_date", nullable = false, updatable = false)
    private LocalDate stepDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "depends_on", length = 20, updatable = false)
    private CaseMilestone dependsOn;

    @Column(name = "depends_on_date", updatable = false)
    private LocalDate dependsOnDate;

    @Column(name = "found_at", nullable = false, updatable = false)
    private OffsetDateTime foundAt;

    protected DataQualityFlag() {
        // for JPA
    }

    public DataQualityFlag(long caseId, long unitId, Long importId, DateViolation v, OffsetDateTime foundAt) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.importId = importId;
        this.step = v.step();
        this.stepDate = v.date();
        this.dependsOn = v.dependsOn();
        this.dependsOnDate = v.dependsOnDate();
        this.foundAt = foundAt;
    }

    /** The violation this flag records. */
    public DateViolation violation() {
        return new DateViolation(step, stepDate, dependsOn, dependsOnDate);
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getUnitId() { return unitId; }
    public Long getImportId() { return importId; }
    public CaseMilestone getStep() { return step; }
    public LocalDate getStepDate() { return stepDate; }
    public CaseMilestone getDependsOn() { return dependsOn; }
    public LocalDate getDependsOnDate() { return dependsOnDate; }
    public OffsetDateTime getFoundAt() { return foundAt; }
}
