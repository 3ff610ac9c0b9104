package org.legalaid.web.quality;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.quality.FindingType;
import org.legalaid.quality.boundary.FileCheckService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.PagedModel;
import org.legalaid.web.i18n.Actions;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The automatic check of archived files (一案一评) summed up per unit and per lawyer for a window of archive dates
 * (this year by default): cases, cases with findings, findings by type; the lawyers in a lazy list, most
 * findings first.
 */
@Named
@ViewScoped
public class ChecksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FileCheckService checks;

    private LocalDate from = LocalDate.now(ChinaTime.ZONE).withDayOfYear(1);
    private LocalDate to = LocalDate.now(ChinaTime.ZONE);
    private List<FileCheckService.UnitSummary> units = List.of();
    private LazyDataModel<FileCheckService.LawyerSummary> lawyers;

    @PostConstruct
    void init() {
        lawyers = new PagedModel<>(() -> checks.countLawyers(from, to),
                (first, pageSize) -> checks.findLawyerSummaries(from, to, first, pageSize),
                FileCheckService.LawyerSummary::lawyerId);
    }

    /** The view action and the filter's button. */
    public void load() {
        units = Actions.attempt(() -> checks.summariseUnits(from, to), null).orElse(List.of());
    }

    public FindingType[] getFindingTypes() {
        return FindingType.values();
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public List<FileCheckService.UnitSummary> getUnits() { return units; }
    public LazyDataModel<FileCheckService.LawyerSummary> getLawyers() { return lawyers; }
}
