package org.legalaid.cases.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.legalaid.cases.CaseCount;
import org.legalaid.cases.CaseKey;
import org.legalaid.cases.CaseListFilter;
import org.legalaid.cases.CaseListRow;
import org.legalaid.cases.CaseSeek;
import org.legalaid.cases.CaseSort;
import org.legalaid.cases.control.CaseExportWriter;
import org.legalaid.cases.control.CaseListQueries;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.CurrentTime;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The central case list (issue 5, "Case list at scale"): the cases of the caller's units,
 * filtered and sorted by allow-listed fields only, paged by key (next and previous pages seek on
 * (sort key, id); a jump to a deep page finds its first key by an index-only offset scan), counted
 * exactly when that is cheap and estimated otherwise, and exported to CSV or Excel from a
 * server-side cursor.
 *
 * <p>Scope: a caller sees the cases of their unit and the units under it; a chosen unit narrows
 * that to its subtree and never widens it (a unit outside the scope matches nothing).
 */
@Stateless
@RolesAllowed({Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.APPROVER, Roles.REVIEWER, Roles.BUREAU_SUPERVISOR,
        Roles.INTAKE_CLERK, Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.QUALITY_EVALUATOR,
        Roles.COMPLAINT_HANDLER})
public class CaseListService {

    /** Up to this many rows the list counts exactly; above it the planner's estimate is shown. */
    public static final long EXACT_COUNT_UP_TO = 10_000;

    /** The largest page the list serves. */
    public static final int MAX_PAGE_SIZE = 200;

    /** The audit trail's record type of an export. */
    public static final String CASE_LIST_EXPORT = "CaseListExport";

    /** Export file formats. */
    public enum ExportFormat {
        CSV, XLSX
    }

    /**
     * The words of an export in the reader's language: the column headings (as many as
     * {@link #COLUMNS}) and the labels of states and matter types by their enum label keys.
     */
    public record ExportLabels(List<String> headers, Map<String, String> values, String sheetName) implements Serializable {
        public ExportLabels {
            if (headers.size() != COLUMNS) {
                throw new IllegalArgumentException("an export has " + COLUMNS + " columns");
            }
            headers = List.copyOf(headers);
            values = Map.copyOf(values);
        }
    }

    /** Number of exported columns: 案号, unit, matter, client, title, lawyer, firm, status, applied, assigned, ended, archived. */
    public static final int COLUMNS = 12;

    @Resource
    private jakarta.ejb.SessionContext context;

    @Resource(lookup = "java:jboss/datasources/LegalAidDS")
    private DataSource dataSource;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    /** How many cases the filter matches (estimated above {@link #EXACT_COUNT_UP_TO}). */
    public CaseCount count(@NotNull CaseListFilter filter) {
        return count(filter, EXACT_COUNT_UP_TO);
    }

    /** How many cases the filter matches, exactly up to {@code exactUpTo}, estimated above (on PostgreSQL). */
    public CaseCount count(@NotNull CaseListFilter filter, @Min(0) long exactUpTo) {
        List<Long> units = units(filter);
        try (Connection c = dataSource.getConnection()) {
            return CaseListQueries.count(c, filter, units, time.local(), exactUpTo);
        } catch (SQLException e) {
            throw new IllegalStateException("counting the cases failed", e);
        }
    }

    /**
     * The page starting at row {@code offset} (0-based): the first page, or a jump (a deep page found
     * by its first key).
     */
    public List<CaseListRow> findPage(@NotNull CaseListFilter filter, @NotNull CaseSort sort, @Min(0) long offset,
                                      @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        List<Long> units = units(filter);
        try (Connection c = dataSource.getConnection()) {
            return CaseListQueries.pageAt(c, filter, units, time.local(), sort, offset, size);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the case list failed", e);
        }
    }

    /** The page after ({@link CaseSeek#AFTER}) or before ({@link CaseSeek#BEFORE}) a row's key: keyset paging. */
    public List<CaseListRow> findPage(@NotNull CaseListFilter filter, @NotNull CaseSort sort, @NotNull CaseSeek seek,
                                      CaseKey key, @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        if (seek != CaseSeek.FIRST && (key == null || key.sortValue() == null
                || !sort.field().equals(sortFieldOf(key, sort)))) {
            throw new BusinessException("caseList.key.invalid");
        }
        List<Long> units = units(filter);
        try (Connection c = dataSource.getConnection()) {
            return CaseListQueries.page(c, filter, units, time.local(), sort, seek, key, size);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the case list failed", e);
        }
    }

    /**
     * Whether the caller may {@link #export} — the same roles the export is restricted to, asked of
     * the boundary so that the list's buttons show exactly what the export accepts.
     */
    public boolean mayExport() {
        return context.isCallerInRole(Roles.CASE_SUPERVISOR) || context.isCallerInRole(Roles.APPROVER)
                || context.isCallerInRole(Roles.BUREAU_SUPERVISOR);
    }

    /**
     * Writes every case of the filter, in order, to {@code out} as CSV or Excel, streamed from a
     * server-side cursor; audited with the filter and the number of rows. Only those who answer
     * for the caseload export it: the case supervisor, the centre's director, the bureau.
     *
     * @return the number of rows written
     * @throws BusinessException {@code caseList.export.tooMany} when an Excel sheet cannot hold them
     */
    @RolesAllowed({Roles.CASE_SUPERVISOR, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public long export(@NotNull CaseListFilter filter, @NotNull CaseSort sort, @NotNull ExportFormat format,
                       @NotNull ExportLabels labels, @NotNull OutputStream out) {
        List<Long> units = units(filter);
        Map<Long, String> unitNames = organisation.findUnitNamesInScope();
        LocalDateTime now = time.local();
        try (Connection c = dataSource.getConnection()) {
            if (format == ExportFormat.XLSX) {
                CaseCount n = CaseListQueries.count(c, filter, units, now, CaseExportWriter.XLSX_MAX_ROWS);
                if (n.estimated()) {
                    throw new BusinessException("caseList.export.tooMany", CaseExportWriter.XLSX_MAX_ROWS);
                }
            }
            long rows;
            try (CaseExportWriter w = format == ExportFormat.CSV ? CaseExportWriter.csv(out, labels.headers())
                    : CaseExportWriter.xlsx(out, labels.sheetName(), labels.headers())) {
                rows = CaseListQueries.forEach(c, filter, units, now, sort, r -> w.row(cells(r, labels, unitNames)));
            }
            audit.fire(AuditEvent.of(AuditAction.READ, CASE_LIST_EXPORT, organisation.getCaller().getUnitId(),
                    "exported " + rows + " cases as " + format + "; filter: " + filter.describe()
                            + "; sort: " + sort.field().param() + (sort.descending() ? " desc" : " asc")));
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("exporting the case list failed", e);
        }
    }

    private static List<Object> cells(CaseListRow r, ExportLabels labels, Map<Long, String> unitNames) {
        List<Object> cells = new ArrayList<>(COLUMNS);
        cells.add(r.caseNumber());
        cells.add(unitNames.getOrDefault(r.unitId(), String.valueOf(r.unitId())));
        cells.add(labels.values().getOrDefault(r.matterType().labelKey(), r.matterType().name()));
        cells.add(r.clientName());
        cells.add(r.title());
        cells.add(r.lawyerName());
        cells.add(r.firmName());
        cells.add(labels.values().getOrDefault(r.status().labelKey(), r.status().name()));
        cells.add(r.appliedOn());
        cells.add(r.assignedOn());
        cells.add(r.endedOn());
        cells.add(r.archivedOn());
        return cells;
    }

    private static Object sortFieldOf(CaseKey key, CaseSort sort) {
        // a key's value must have the type of the sort field's column (a date or a text)
        boolean date = key.sortValue() instanceof java.time.LocalDate;
        boolean dateField = switch (sort.field()) {
            case ASSIGNED_ON, APPLIED_ON -> true;
            case CASE_NUMBER, CLIENT_NAME -> false;
        };
        return date == dateField ? sort.field() : null;
    }

    /** The caller's units, narrowed to the chosen unit's subtree when one is chosen. */
    private List<Long> units(CaseListFilter filter) {
        if (filter.unitId() == null) {
            return organisation.findUnitIdsInScope();
        }
        return organisation.findUnitIdsInSubtree(filter.unitId());
    }
}
