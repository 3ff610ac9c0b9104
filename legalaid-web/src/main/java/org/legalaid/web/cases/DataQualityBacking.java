package org.legalaid.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.cases.boundary.LegacyImportService;
import org.legalaid.web.PagedModel;
import org.legalaid.web.i18n.Messages;

import java.io.Serializable;

/** The data-quality list (数据质量清单): every date-order break found in the cases of the user's units. */
@Named
@ViewScoped
public class DataQualityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LegacyImportService imports;

    private Long importId;
    private PagedModel<LegacyImportService.FlagLine> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> imports.countFlags(importId), (first, size) -> imports.findFlags(importId, first, size),
                line -> line.flag().getId());
    }

    /** The flag's violation as a sentence in the user's language. */
    public String text(LegacyImportService.FlagLine line) {
        var v = line.flag().violation();
        return Messages.text(Messages.locale(FacesContext.getCurrentInstance()), v.messageKey(), v.arguments());
    }

    public Long getImportId() { return importId; }
    public void setImportId(Long importId) { this.importId = importId; }
    public PagedModel<LegacyImportService.FlagLine> getModel() { return model; }
}
