package org.legalaid.complaints.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.legalaid.complaints.AnnualReport;
import org.legalaid.complaints.Complaint;
import org.legalaid.complaints.control.ComplaintReportWriter;
import org.legalaid.complaints.control.ComplaintRepository;
import org.legalaid.intake.DeadlineCalendar;
import org.legalaid.intake.boundary.ComplaintClockService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.CurrentTime;
import org.legalaid.shared.pdf.OfficialDocumentContent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The annual report on complaints to the level above (年度投诉处理情况报告, MoJ order 149 art. 28): the
 * year's figures of a unit and every unit under it ({@link AnnualReport}), on the page, as an Excel
 * workbook and as an official PDF document. The complaint handler and the heads read it for the units
 * in their scope; each export is audited.
 */
@Stateless
@RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
public class ComplaintReportService {

    static final String REPORT = "ComplaintAnnualReport";

    @Inject
    private ComplaintRepository complaints;

    @Inject
    private OrganisationService organisation;

    @Inject
    private ComplaintClockService clocks;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    /**
     * The report with the names it shows.
     *
     * @param report    the figures
     * @param unitId    the unit whose subtree it covers
     * @param unitName  that unit's name
     * @param unitNames names of the units of the caller's scope, by id
     */
    public record ReportView(AnnualReport report, long unitId, String unitName, Map<Long, String> unitNames) implements Serializable {
        public String name(long id) {
            return unitNames.getOrDefault(id, String.valueOf(id));
        }
    }

    /** The units the caller may report on, parents first (the first is their own). */
    public Map<Long, String> findUnits() {
        return new LinkedHashMap<>(organisation.findUnitNamesInScope());
    }

    /**
     * The figures of {@code year} for the unit {@code unitId} and the units under it (the caller's own
     * unit when null).
     *
     * @throws NotFoundException for a unit outside the caller's scope
     */
    public ReportView report(@Min(2000) @Max(2100) int year, Long unitId) {
        Map<Long, String> names = organisation.findUnitNamesInScope();
        long unit = unitId == null ? names.keySet().iterator().next() : unitId;
        List<Long> subtree = organisation.findUnitIdsInSubtree(unit);
        if (subtree.isEmpty()) {
            throw new NotFoundException("OrgUnit", unit);
        }
        DeadlineCalendar cal = clocks.deadlineCalendar();
        List<AnnualReport.Entry> entries = complaints.findForReport(subtree, LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay()).stream().map(c -> entry(c, cal)).toList();
        return new ReportView(AnnualReport.of(year, entries), unit, names.get(unit), names);
    }

    private static AnnualReport.Entry entry(Complaint c, DeadlineCalendar cal) {
        boolean decided = c.getOutcome() != null && c.getDecidedAt() != null;
        return new AnnualReport.Entry(c.getUnitId(), c.getGround(), c.getRespondentType(), c.getReceivedAt(), c.getLastAcceptedAt(),
                decided ? c.getOutcome() : null, decided ? c.getDecidedAt() : null,
                decided && c.getLastAcceptedAt() != null ? c.decisionDue(cal) : null);
    }

    /** The report as an .xlsx workbook (figures as numbers); the export is audited. */
    public byte[] workbook(@Min(2000) @Max(2100) int year, Long unitId, @NotNull ResourceBundle labels) {
        ReportView v = report(year, unitId);
        byte[] xlsx = ComplaintReportWriter.workbook(v.report(), v.unitName(), v.unitNames(), labels);
        audit.fire(AuditEvent.of(AuditAction.READ, REPORT, v.unitId(), year + " annual complaint report exported (Excel)"));
        return xlsx;
    }

    /** The report as an official document for the shared PDF renderer; the export is audited. */
    public OfficialDocumentContent document(@Min(2000) @Max(2100) int year, Long unitId, @NotNull ResourceBundle labels) {
        ReportView v = report(year, unitId);
        OfficialDocumentContent doc = ComplaintReportWriter.document(v.report(), v.unitName(), v.unitNames(), labels, time.today());
        audit.fire(AuditEvent.of(AuditAction.READ, REPORT, v.unitId(), year + " annual complaint report exported (PDF)"));
        return doc;
    }
}
