package org.legalaid.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.cases.CaseCount;
import org.legalaid.cases.CaseKey;
import org.legalaid.cases.CaseListFilter;
import org.legalaid.cases.CaseListRow;
import org.legalaid.cases.CaseSeek;
import org.legalaid.cases.CaseSort;
import org.legalaid.cases.CaseSortField;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.boundary.CaseListService;
import org.legalaid.cases.boundary.CaseListService.ExportFormat;
import org.legalaid.cases.boundary.CaseListService.ExportLabels;
import org.legalaid.intake.MatterType;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.BusinessException;
import org.legalaid.web.i18n.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The central case list (/cases/list.xhtml; issue 5, "Case list at scale"): the cases of the
 * user's units, filtered and sorted on the server by allow-listed fields, paged by key — the next
 * or previous page seeks from the rows on screen, any other page is a jump — with the count exact
 * when small and "约 …" when estimated; the current filter exported to Excel or CSV.
 *
 * <p>The sort may also come from the address ({@code ?sort=clientName&dir=asc}); a field that is not
 * on the list is refused with a message and the default order is kept.
 */
@Named
@ViewScoped
public class CaseListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseListService caseList;

    private Boolean mayExport;

    @Inject
    private OrganisationService organisation;

    private Long unitId;
    private CaseStatus[] statuses = new CaseStatus[0];
    private MatterType matterType;
    private String lawyerName;
    private String clientName;
    private String caseNumber;
    private LocalDate assignedFrom;
    private LocalDate assignedTo;
    private LocalDate endedFrom;
    private LocalDate endedTo;
    private LocalDate archivedFrom;
    private LocalDate archivedTo;
    private boolean overdue;

    private String sortParam;
    private String dirParam;
    private String statusParam;

    private Map<Long, String> unitNames;
    private CaseSort sort = CaseSort.DEFAULT;
    private final Model model = new Model();

    @PostConstruct
    void init() {
        unitNames = organisation.findUnitNamesInScope();
    }

    /**
     * Applies {@code ?status=HANDLING,SUBMITTED&sort=clientName&dir=asc} from the address (view
     * action), so that a list can be linked to: unknown states and sort fields are refused with a
     * message, never passed on.
     */
    public void applyParams() {
        if (statusParam != null && !statusParam.isBlank()) {
            List<CaseStatus> chosen = new java.util.ArrayList<>();
            for (String name : statusParam.split(",")) {
                java.util.Arrays.stream(CaseStatus.values()).filter(st -> st.name().equals(name.strip())).findFirst()
                        .ifPresentOrElse(chosen::add, () -> Messages.addError("caseList.status.unknown", name.strip()));
            }
            statuses = chosen.toArray(new CaseStatus[0]);
        }
        if (sortParam == null || sortParam.isBlank()) {
            return;
        }
        Optional<CaseSortField> field = CaseSortField.fromParam(sortParam);
        if (field.isEmpty()) {
            Messages.addError("caseList.sort.unknown", sortParam);
            return;
        }
        sort = new CaseSort(field.get(), !"asc".equals(dirParam));
    }

    /** The search button: the filter changed, so the count and the page keys start again. */
    public void search() {
        model.forget();
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("listForm:table")
                instanceof org.primefaces.component.datatable.DataTable table) {
            table.setFirst(0);
        }
    }

    public void resetFilter() {
        unitId = null;
        statuses = new CaseStatus[0];
        matterType = null;
        lawyerName = null;
        clientName = null;
        caseNumber = null;
        assignedFrom = null;
        assignedTo = null;
        endedFrom = null;
        endedTo = null;
        archivedFrom = null;
        archivedTo = null;
        overdue = false;
        model.forget();
    }

    CaseListFilter filter() {
        Set<CaseStatus> s = statuses == null || statuses.length == 0 ? Set.of() : EnumSet.copyOf(List.of(statuses));
        return new CaseListFilter(unitId, s, matterType, null, lawyerName, clientName, caseNumber, assignedFrom,
                assignedTo, endedFrom, endedTo, archivedFrom, archivedTo, overdue);
    }

    /** "共 1,234 件" or "约 1,000,000 件". */
    public String getCountLabel() {
        CaseCount c = model.count();
        Locale locale = Messages.locale(FacesContext.getCurrentInstance());
        String n = String.format(locale, "%,d", c.value());
        return Messages.text(locale, c.estimated() ? "caseList.count.estimated" : "caseList.count.exact", n);
    }

    /** The boundary's answer, asked once per view. */
    public boolean isMayExport() {
        if (mayExport == null) {
            mayExport = caseList.mayExport();
        }
        return mayExport;
    }

    public void exportCsv() throws IOException {
        export(ExportFormat.CSV, "text/csv; charset=UTF-8", "csv");
    }

    public void exportXlsx() throws IOException {
        export(ExportFormat.XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
    }

    private void export(ExportFormat format, String contentType, String extension) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = Messages.locale(faces);
        ExportLabels labels = labels(locale);
        // refused before anything is written: the check the service makes again
        if (!isMayExport()) {
            Messages.addError("caseList.export.denied");
            return;
        }
        ExternalContext ec = faces.getExternalContext();
        String name = Messages.text(locale, "caseList.export.fileName") + "-"
                + LocalDate.now(org.legalaid.shared.ChinaTime.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE) + "." + extension;
        try {
            if (format == ExportFormat.XLSX) {
                // Excel's limit is checked before the response starts, so that a refusal is a message
                CaseCount c = caseList.count(filter(), 1_048_575);
                if (c.estimated()) {
                    throw new BusinessException("caseList.export.tooMany", 1_048_575);
                }
            }
            ec.responseReset();
            ec.setResponseContentType(contentType);
            ec.setResponseHeader("Content-Disposition", "attachment; filename=\"cases." + extension
                    + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
            OutputStream out = ec.getResponseOutputStream();
            caseList.export(filter(), sort, format, labels, out);
            out.flush();
            faces.responseComplete();
        } catch (BusinessException e) {
            Messages.addError(e);
        }
    }

    private ExportLabels labels(Locale locale) {
        List<String> headers = List.of("caseList.col.caseNumber", "caseList.col.unit", "caseList.col.matter",
                        "caseList.col.client", "caseList.col.title", "caseList.col.lawyer", "caseList.col.firm",
                        "caseList.col.status", "caseList.col.appliedOn", "caseList.col.assignedOn", "caseList.col.endedOn",
                        "caseList.col.archivedOn").stream()
                .map(k -> Messages.text(locale, k)).toList();
        Map<String, String> values = new HashMap<>();
        for (CaseStatus s : CaseStatus.values()) {
            values.put(s.labelKey(), Messages.text(locale, s.labelKey()));
        }
        for (MatterType m : MatterType.values()) {
            values.put(m.labelKey(), Messages.text(locale, m.labelKey()));
        }
        return new ExportLabels(headers, values, Messages.text(locale, "caseList.export.sheet"));
    }

    /**
     * The lazy model: remembers the keys of the page on screen, so that "next" and "previous" seek
     * from them; every other page is a jump by offset (the service finds its first key).
     */
    public final class Model extends LazyDataModel<CaseListRow> {

        private static final long serialVersionUID = 1L;

        private CaseListFilter shownFilter;
        private CaseSort shownSort;
        private int shownFirst = -1;
        private int shownSize;
        private CaseKey firstKey;
        private CaseKey lastKey;
        private CaseCount count;
        private CaseListFilter countedFilter;

        void forget() {
            shownFilter = null;
            count = null;
        }

        CaseCount count() {
            CaseListFilter f = filter();
            if (count == null || !f.equals(countedFilter)) {
                count = caseList.count(f);
                countedFilter = f;
            }
            return count;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, count().value());
        }

        @Override
        public List<CaseListRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            sortFrom(sortBy);
            CaseListFilter f = filter();
            boolean same = f.equals(shownFilter) && sort.equals(shownSort) && pageSize == shownSize;
            List<CaseListRow> rows;
            if (same && first == shownFirst + pageSize && lastKey != null) {
                rows = caseList.findPage(f, sort, CaseSeek.AFTER, lastKey, pageSize);
            } else if (same && first == shownFirst - pageSize && firstKey != null) {
                rows = caseList.findPage(f, sort, CaseSeek.BEFORE, firstKey, pageSize);
            } else {
                rows = caseList.findPage(f, sort, first, pageSize);
            }
            shownFilter = f;
            shownSort = sort;
            shownFirst = first;
            shownSize = pageSize;
            firstKey = rows.isEmpty() ? null : key(rows.get(0));
            lastKey = rows.isEmpty() ? null : key(rows.get(rows.size() - 1));
            setRowCount(count(filterBy));
            return rows;
        }

        private CaseKey key(CaseListRow r) {
            return new CaseKey(r.sortKey(sort.field()), r.id());
        }

        private void sortFrom(Map<String, SortMeta> sortBy) {
            if (sortBy == null || sortBy.isEmpty()) {
                return;
            }
            // PrimeFaces passes every sortable column; the sorted one has an order
            Optional<SortMeta> active = sortBy.values().stream()
                    .filter(m -> m.getOrder() != null && m.getOrder() != SortOrder.UNSORTED).findFirst();
            if (active.isEmpty()) {
                return;
            }
            SortMeta meta = active.get();
            Optional<CaseSortField> field = CaseSortField.fromParam(meta.getField());
            if (field.isEmpty()) {
                Messages.addError("caseList.sort.unknown", String.valueOf(meta.getField()));
                return;
            }
            sort = new CaseSort(field.get(), meta.getOrder() == SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(CaseListRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public CaseListRow getRowData(String rowKey) {
            return null;
        }
    }

    public LazyDataModel<CaseListRow> getModel() {
        return model;
    }

    public String unitName(long id) {
        return unitNames.getOrDefault(id, "");
    }

    /** The units of the filter, by id, parents before children. */
    public Map<Long, String> getUnits() {
        return unitNames;
    }

    public CaseStatus[] getAllStatuses() {
        return CaseStatus.values();
    }

    public MatterType[] getMatterTypes() {
        return MatterType.values();
    }

    /** The column the table shows sorted, for its initial arrow. */
    public String getSortField() {
        return sort.field().param();
    }

    public boolean isSortDescending() {
        return sort.descending();
    }

    // filter fields

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public CaseStatus[] getStatuses() {
        return statuses;
    }

    public void setStatuses(CaseStatus[] statuses) {
        this.statuses = statuses;
    }

    public MatterType getMatterType() {
        return matterType;
    }

    public void setMatterType(MatterType matterType) {
        this.matterType = matterType;
    }

    public String getLawyerName() {
        return lawyerName;
    }

    public void setLawyerName(String lawyerName) {
        this.lawyerName = lawyerName;
    }

    public String getClientName() {
        return clientName;
    }

    public void setClientName(String clientName) {
        this.clientName = clientName;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public LocalDate getAssignedFrom() {
        return assignedFrom;
    }

    public void setAssignedFrom(LocalDate assignedFrom) {
        this.assignedFrom = assignedFrom;
    }

    public LocalDate getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(LocalDate assignedTo) {
        this.assignedTo = assignedTo;
    }

    public LocalDate getEndedFrom() {
        return endedFrom;
    }

    public void setEndedFrom(LocalDate endedFrom) {
        this.endedFrom = endedFrom;
    }

    public LocalDate getEndedTo() {
        return endedTo;
    }

    public void setEndedTo(LocalDate endedTo) {
        this.endedTo = endedTo;
    }

    public LocalDate getArchivedFrom() {
        return archivedFrom;
    }

    public void setArchivedFrom(LocalDate archivedFrom) {
        this.archivedFrom = archivedFrom;
    }

    public LocalDate getArchivedTo() {
        return archivedTo;
    }

    public void setArchivedTo(LocalDate archivedTo) {
        this.archivedTo = archivedTo;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getSortParam() {
        return sortParam;
    }

    public void setSortParam(String sortParam) {
        this.sortParam = sortParam;
    }

    public String getStatusParam() {
        return statusParam;
    }

    public void setStatusParam(String statusParam) {
        this.statusParam = statusParam;
    }

    public String getDirParam() {
        return dirParam;
    }

    public void setDirParam(String dirParam) {
        this.dirParam = dirParam;
    }
}
