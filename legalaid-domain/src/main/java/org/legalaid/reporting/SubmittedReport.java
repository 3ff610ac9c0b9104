package org.legalaid.reporting;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * One version of a report a unit submitted to the level above (seed 003: 月报告、季自评 … "报市法律援助中心",
 * "及时准确"): a frozen snapshot of its figures with who submitted it and when. Nothing in it ever
 * changes: a correction is the next version, with its reason ({@link #correct}). The database keeps
 * one row per unit, kind, period and version (a unique key), so two submissions of the same report at
 * once leave one version.
 */
@Entity
@Table(name = "reporting_report")
public class SubmittedReport implements java.io.Serializable {

    public static final int REASON_MAX = 500;
    public static final int NOTE_MAX = 2000;

    @Id
    @SequenceGenerator(name = "reporting_report_seq", sequenceName = "reporting_report_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_report_seq")
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40, updatable = false)
    private ReportKind kind;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "report_version", nullable = false, updatable = false)
    private int reportVersion;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "note", length = NOTE_MAX, updatable = false)
    private String note;

    @Column(name = "correction_reason", length = REASON_MAX, updatable = false)
    private String correctionReason;

    @Column(name = "submitted_by", nullable = false, length = UserName.MAX, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_report_figure", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "figure", length = 100)
    @Column(name = "figure_value", nullable = false)
    private Map<String, Long> figures = new HashMap<>();

    protected SubmittedReport() {
        // for JPA
    }

    private SubmittedReport(long unitId, ReportKind kind, Period period, LocalDate dueOn, int reportVersion, Figures figures,
                            String note, String correctionReason, String by, OffsetDateTime at) {
        if (!kind.fits(period)) {
            throw new BusinessException("reporting.report.periodKind", period.code());
        }
        this.unitId = unitId;
        this.kind = kind;
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.reportVersion = reportVersion;
        this.dueOn = dueOn;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.correctionReason = correctionReason;
        this.submittedBy = by;
        this.submittedAt = at;
        this.figures = new HashMap<>(figures.asMap());
    }

    /**
     * The first version of a unit's report of a period.
     *
     * @throws BusinessException {@code reporting.report.periodKind} when the period does not fit the kind
     */
    public static SubmittedReport first(long unitId, ReportKind kind, Period period, Figures figures, String note,
                                        String by, OffsetDateTime at) {
        return first(unitId, kind, period, kind.dueDate(period), figures, note, by, at);
    }

    /**
     * The first version of a unit's report of a period, due on {@code dueOn} (the kind's working days
     * after the period on the holiday calendar, {@link ReportKind#dueDate(Period, java.util.function.Predicate)}).
     *
     * @throws BusinessException {@code reporting.report.periodKind} when the period does not fit the kind
     */
    public static SubmittedReport first(long unitId, ReportKind kind, Period period, LocalDate dueOn, Figures figures, String note,
                                        String by, OffsetDateTime at) {
        return new SubmittedReport(unitId, kind, period, dueOn, 1, figures, note, null, by, at);
    }

    /**
     * The next version, correcting this one: the figures as they are now, and why.
     *
     * @throws BusinessException {@code reporting.report.reasonRequired} without a reason
     */
    public SubmittedReport correct(Figures corrected, String reason, String note, String by, OffsetDateTime at) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reporting.report.reasonRequired");
        }
        return new SubmittedReport(unitId, kind, period(), dueOn, reportVersion + 1, corrected, note, reason.strip(), by, at);
    }

    /** Whether this version was submitted after its due date (China's calendar day of submission). */
    public boolean late() {
        return submittedAt.atZoneSameInstant(org.legalaid.shared.ChinaTime.ZONE).toLocalDate().isAfter(dueOn);
    }

    public Period period() {
        return new Period(kind.periodKind(), periodStart, periodEnd);
    }

    public Figures figures() {
        return new Figures(figures);
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public ReportKind getKind() {
        return kind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getReportVersion() {
        return reportVersion;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getNote() {
        return note;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }
}
