package org.legalaid.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.cases.LegacyImport;
import org.legalaid.cases.ImportReport;
import org.legalaid.cases.boundary.LegacyImportService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The import of legacy cases (历史案件导入): choose the unit, upload the CSV file, see what each row
 * becomes (imported, imported and flagged with its date-order breaks, or not imported and why),
 * then confirm. The file's bytes stay in the view until then; the import reads them again.
 */
@Named
@ViewScoped
public class CaseImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LegacyImportService imports;

    @Inject
    private org.legalaid.web.StaffNames people;

    @Inject
    private OrganisationService organisation;

    private Map<Long, String> units;
    private Long unitId;
    private String fileName;
    private byte[] content;
    private ImportReport report;
    private List<LegacyImport> history;

    @PostConstruct
    void init() {
        units = organisation.findActiveUnitNamesInScope();
        history = imports.findImports();
    }

    /** A file arrived: read it and show the preview. */
    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        content = event.getFile().getContent();
        report = Actions.attempt(() -> imports.preview(content), null).orElse(null);
        if (report == null) {
            content = null;
        }
    }

    public void importFile() {
        if (content == null || unitId == null) {
            return;
        }
        Actions.attempt(() -> imports.importFile(unitId, fileName, content), null).ifPresent(done -> {
            report = done;
            content = null;
            history = imports.findImports();
            Messages.addInfo("cases.import.done", done.imported() + done.flagged(), done.flagged(), done.refused());
        });
    }

    /** The sentences that say what is wrong with a row (problems to fix, or date-order breaks flagged). */
    public List<String> findings(ImportReport.Row row) {
        Locale locale = Messages.locale(FacesContext.getCurrentInstance());
        List<String> out = new ArrayList<>();
        row.problems().forEach(p -> out.add(Messages.text(locale, p.key(), p.args().toArray())));
        row.violations().forEach(v -> out.add(Messages.text(locale, v.messageKey(), v.arguments())));
        return out;
    }

    /** How many rows the file has and what becomes of them. */
    public String getSummary() {
        return report == null ? "" : Messages.text(Messages.locale(FacesContext.getCurrentInstance()), "caseImport.summary",
                report.read(), report.imported() + report.flagged(), report.flagged(), report.refused());
    }

    public boolean isReady() {
        return content != null && report != null && report.imported() + report.flagged() > 0 && report.importId() == null;
    }

    public Map<Long, String> getUnits() { return units; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getFileName() { return fileName; }
    public ImportReport getReport() { return report; }
    public List<LegacyImport> getHistory() {
        people.prefetch(history.stream().map(LegacyImport::getImportedBy).toList());
        return history;
    }
}
