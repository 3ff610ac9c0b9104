package org.legalaid.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.organisation.UnitType;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.reporting.Figures;
import org.legalaid.reporting.Period;
import org.legalaid.reporting.ReportKind;
import org.legalaid.reporting.SubmittedReport;
import org.legalaid.reporting.SmallCounts;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.reporting.control.ReportRepository;
import org.legalaid.reporting.control.ReportWorkbook;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.control.CurrentTime;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reports submitted upward (issue 17; seed 003: 月报告、季自评 "报市法律援助中心", 及时准确). A district
 * centre's director prepares the report of a period — its figures as they are now — checks it and
 * submits it; the submitted version is frozen with who submitted it and when. A correction is the next
 * version, with its reason. The level above sees which of its reporting units (the district centres
 * below it) have submitted, which are late, and the roll-up of what they submitted.
 *
 * <p>Two submissions of the same report at once leave one version: both compute version 1, and the
 * database's unique key on (unit, kind, period, version) refuses the second, which is told that the
 * report was submitted meanwhile ({@code reporting.report.alreadySubmitted}); two corrections at once
 * meet the same key ({@code reporting.report.changed}).
 */
@Stateless
@RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER})
public class ReportService {

    static final String REPORT = "SubmittedReport";
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    private ReportRepository reports;

    @Inject
    private StatisticsService statistics;

    @Inject
    private OrganisationService organisation;

    @Inject
    private org.legalaid.intake.boundary.DeadlineService deadlines;

    @Inject
    private Actors actors;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    /**
     * Whether the caller prepares, submits and corrects their unit's reports (a centre's director);
     * the page offers those acts only then, and the methods below refuse everyone else.
     */
    public boolean maySubmit() {
        return context.isCallerInRole(Roles.APPROVER);
    }

    /**
     * The figures the caller's unit would submit for a period now, for checking before submitting.
     *
     * @throws BusinessException {@code reporting.report.periodKind} when the period does not fit the report
     */
    @RolesAllowed(Roles.APPROVER)
    public Figures prepare(@NotNull ReportKind kind, @NotNull Period period) {
        requireFits(kind, period);
        return statistics.figures(callerUnit(), period);
    }

    /**
     * Submits the first version of the caller's unit's report of a period.
     *
     * @throws BusinessException {@code reporting.report.alreadySubmitted} when a version exists (or was
     *                           submitted at the same moment); {@code reporting.report.periodKind};
     *                           {@code reporting.report.notEnded} before the period has ended
     */
    @RolesAllowed(Roles.APPROVER)
    public SubmittedReport submit(@NotNull ReportKind kind, @NotNull Period period,
                                  @Size(max = SubmittedReport.NOTE_MAX) @PlainText String note) {
        requireFits(kind, period);
        long unit = callerUnit();
        if (!time.today().isAfter(period.end())) {
            throw new BusinessException("reporting.report.notEnded", period.chineseName());
        }
        if (reports.findLatest(unit, kind, period).isPresent()) {
            throw new BusinessException("reporting.report.alreadySubmitted", period.chineseName());
        }
        SubmittedReport r = SubmittedReport.first(unit, kind, period, dueDate(kind, period), statistics.figures(unit, period), note,
                actors.username(), time.now());
        store(r, "reporting.report.alreadySubmitted", period);
        audit.fire(AuditEvent.of(AuditAction.CREATE, REPORT, r.getId(), kind + " " + period.code() + " of unit " + unit
                + " version 1 submitted, figures " + r.figures()));
        return r;
    }

    /**
     * Submits a correction: the next version of the caller's unit's report, with the figures as they
     * are now and the reason.
     *
     * @param expectedVersion the version the caller saw as the latest
     * @throws BusinessException {@code reporting.report.notSubmitted} when there is nothing to correct;
     *                           {@code reporting.report.changed} when another version came first;
     *                           {@code reporting.report.reasonRequired}
     */
    @RolesAllowed(Roles.APPROVER)
    public SubmittedReport correct(@NotNull ReportKind kind, @NotNull Period period, int expectedVersion,
                                   @Size(max = SubmittedReport.REASON_MAX) @PlainText String reason,
                                   @Size(max = SubmittedReport.NOTE_MAX) @PlainText String note) {
        requireFits(kind, period);
        long unit = callerUnit();
        SubmittedReport latest = reports.findLatest(unit, kind, period)
                .orElseThrow(() -> new BusinessException("reporting.report.notSubmitted", period.chineseName()));
        if (latest.getReportVersion() != expectedVersion) {
            throw new BusinessException("reporting.report.changed", latest.getReportVersion());
        }
        SubmittedReport r = latest.correct(statistics.figures(unit, period), reason, note, actors.username(), time.now());
        store(r, "reporting.report.changed", period);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, REPORT, r.getId(), kind + " " + period.code() + " of unit " + unit
                + " corrected to version " + r.getReportVersion() + " (" + r.getCorrectionReason() + "), figures " + r.figures()));
        return r;
    }

    /** Every version of a unit's report of a period, the latest first (the unit must be in the caller's scope). */
    public List<SubmittedReport> findVersions(long unitId, @NotNull ReportKind kind, @NotNull Period period) {
        requireInScope(unitId);
        return reports.findVersions(unitId, kind, period);
    }

    /**
     * A submitted version in the caller's scope.
     *
     * @throws NotFoundException when there is none in scope
     */
    public SubmittedReport getReport(long id) {
        SubmittedReport r = reports.find(id).orElseThrow(() -> new NotFoundException(REPORT, id));
        if (!organisation.findUnitIdsInScope().contains(r.getUnitId())) {
            throw new NotFoundException(REPORT, id);
        }
        return r;
    }

    /**
     * A submitted version as an .xlsx workbook, counts below the small-count threshold as "&lt;5" (the
     * file leaves the system). The export is audited.
     *
     * @param labels figure name → label, in the reader's language
     * @throws NotFoundException when the version is not in the caller's scope
     */
    public byte[] exportWorkbook(long reportId, @NotNull Map<String, String> labels) {
        SubmittedReport r = getReport(reportId);
        String unit = organisation.findUnitNamesInScope().getOrDefault(r.getUnitId(), String.valueOf(r.getUnitId()));
        List<Map.Entry<String, String>> about = List.of(
                Map.entry("单位", unit),
                Map.entry("期间", r.period().chineseName()),
                Map.entry("版本", String.valueOf(r.getReportVersion())),
                Map.entry("报送人", r.getSubmittedBy()),
                Map.entry("报送时间", r.getSubmittedAt().atZoneSameInstant(org.legalaid.shared.ChinaTime.ZONE).toLocalDateTime()
                        .toString().replace('T', ' ')),
                Map.entry("截止日", r.getDueOn().toString()),
                Map.entry("更正理由", r.getCorrectionReason() == null ? "" : r.getCorrectionReason()),
                Map.entry("说明", r.getNote() == null ? "" : r.getNote()));
        byte[] xlsx = ReportWorkbook.write(unit + " " + r.period().chineseName() + " " + kindName(r.getKind()), about,
                r.figures(), labels, new SmallCounts(Integer.getInteger("legalaid.reporting.smallCountThreshold",
                        SmallCounts.DEFAULT_THRESHOLD)));
        audit.fire(AuditEvent.of(AuditAction.READ, REPORT, r.getId(), "report exported as Excel"));
        return xlsx;
    }

    /**
     * A submitted version as an official document (issue 17 "Excel and PDF for each report"; the
     * shared renderer, {@code org.legalaid.shared.pdf}): the unit's report to the level above with its
     * period, version, who submitted it and when, the reason of a correction, and every figure —
     * counts below the small-count threshold as "&lt;5", amounts in yuan —, signed by the unit on the
     * day it was submitted. The print is audited.
     *
     * @param labels figure name → its Chinese label
     * @throws NotFoundException when the version is not in the caller's scope
     */
    public OfficialDocumentContent document(long reportId, @NotNull Map<String, String> labels) {
        SubmittedReport r = getReport(reportId);
        String unit = organisation.findUnitNamesInScope().getOrDefault(r.getUnitId(), String.valueOf(r.getUnitId()));
        SmallCounts rule = new SmallCounts(Integer.getInteger("legalaid.reporting.smallCountThreshold", SmallCounts.DEFAULT_THRESHOLD));
        LocalDate submittedOn = r.getSubmittedAt().atZoneSameInstant(org.legalaid.shared.ChinaTime.ZONE).toLocalDate();
        OfficialDocumentContent.Builder b = OfficialDocumentContent.builder().issuingOrgan(unit)
                .title(unit + r.period().chineseName() + "法律援助工作" + kindName(r.getKind()))
                .paragraph("现将本单位" + r.period().chineseName() + "法律援助工作统计数据报送如下（第" + r.getReportVersion()
                        + "版" + (r.getCorrectionReason() == null ? "" : "，更正理由：" + r.getCorrectionReason()) + "）。"
                        + "少于" + rule.threshold() + "件的数字以“<" + rule.threshold() + "”表示。")
                .field("报送人", organisation.findStaffNames(List.of(r.getSubmittedBy())).getOrDefault(r.getSubmittedBy(), r.getSubmittedBy()))
                .field("截止日", org.legalaid.shared.pdf.ChineseDates.format(r.getDueOn()));
        if (r.getNote() != null && !r.getNote().isBlank()) {
            b.field("说明", r.getNote());
        }
        b.heading("统计数据");
        r.figures().asMap().forEach((name, value) -> b.field(labels.getOrDefault(name, name), rule.show(name, value)));
        audit.fire(AuditEvent.of(AuditAction.READ, REPORT, r.getId(), "report printed as PDF"));
        return b.signature(unit, submittedOn).build();
    }

    /** The due date of a report: its kind's working days after the period on intake's holiday calendar. */
    private LocalDate dueDate(ReportKind kind, Period period) {
        return deadlines.workingDayAfter(period.end(), kind.workingDaysAfter());
    }

    private static String kindName(ReportKind kind) {
        return switch (kind) {
            case MONTHLY -> "月报告";
            case QUARTERLY_SELF_ASSESSMENT -> "季度自评";
            case HALF_YEAR_CHECK -> "半年检查";
            case ANNUAL_ASSESSMENT -> "年终考核";
        };
    }

    /**
     * What the caller's level sees of a report: every district centre in the subtree of {@code unitId}
     * (the caller's own unit when {@code null}), whether and when it submitted, whether it is late,
     * and the roll-up of the latest submitted versions.
     */
    public ReportOverview overview(Long unitId, @NotNull ReportKind kind, @NotNull Period period) {
        requireFits(kind, period);
        long top = unitId == null ? callerUnit() : unitId;
        requireInScope(top);
        List<Long> reporting = organisation.findUnitIdsOfTypeInSubtree(top, UnitType.DISTRICT_CENTRE);
        Map<Long, String> names = organisation.findUnitNamesInScope();
        Map<Long, SubmittedReport> latest = reports.findLatestOf(reporting, kind, period);
        LocalDate due = dueDate(kind, period);
        LocalDate today = time.today();
        List<UnitReport> rows = new ArrayList<>();
        List<Figures> submitted = new ArrayList<>();
        for (Long id : reporting) {
            SubmittedReport r = latest.get(id);
            boolean late = r == null ? today.isAfter(due) : first(id, kind, period).late();
            rows.add(new UnitReport(id, names.get(id), due, r, late));
            if (r != null) {
                submitted.add(r.figures());
            }
        }
        return new ReportOverview(kind, period, rows, Figures.sum(submitted));
    }

    private SubmittedReport first(long unitId, ReportKind kind, Period period) {
        List<SubmittedReport> versions = reports.findVersions(unitId, kind, period);
        return versions.get(versions.size() - 1);
    }

    private void store(SubmittedReport r, String keyOnCollision, Period period) {
        try {
            reports.add(r);
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                // Someone submitted the same version of this report a moment ago.
                throw new BusinessException(keyOnCollision, keyOnCollision.endsWith("changed") ? r.getReportVersion() : period.chineseName());
            }
            throw e;
        }
    }

    private static void requireFits(ReportKind kind, Period period) {
        if (!kind.fits(period)) {
            throw new BusinessException("reporting.report.periodKind", period.code());
        }
    }

    private void requireInScope(long unitId) {
        if (organisation.findUnitIdsInSubtree(unitId).isEmpty()) {
            throw new NotFoundException(StatisticsService.UNIT, unitId);
        }
    }

    private long callerUnit() {
        return actors.current().orElseThrow(() -> new IllegalStateException("no account acts in this call")).unitId();
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
