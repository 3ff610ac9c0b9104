package org.legalaid.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.intake.Application;
import org.legalaid.intake.ApplicationFilter;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.web.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;

/**
 * The list of applications in the user's units, newest first, with filters; a click on a row
 * follows the link in it to the application (legalaid.js). The due-date filter ({@link ApplicationFilter#dueBy()}) is carried already and
 * takes effect once the statutory clocks are stored.
 */
@Named
@ViewScoped
public class ApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private OrganisationService organisation;

    private ApplicationStatus status;
    private Long unitId;
    private MatterType matterType;
    private String text;
    private LocalDate dueBy;

    private Map<Long, String> unitNames;
    private LazyDataModel<Application> model;

    @PostConstruct
    void init() {
        unitNames = organisation.findUnitNamesInScope();
        model = new PagedModel<>(() -> applications.countApplications(filter()),
                (first, pageSize) -> applications.findApplications(filter(), first, pageSize),
                Application::getId);
    }

    private ApplicationFilter filter() {
        return new ApplicationFilter(status, unitId, matterType, dueBy, text == null || text.isBlank() ? null : text.strip());
    }

    public void resetFilter() {
        status = null;
        unitId = null;
        matterType = null;
        text = null;
        dueBy = null;
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public MatterType[] getMatterTypes() {
        return MatterType.values();
    }

    /** The units of the filter, parents before children: id and name. */
    public List<Map.Entry<Long, String>> getUnits() {
        return unitNames.entrySet().stream().<Map.Entry<Long, String>>map(AbstractMap.SimpleImmutableEntry::new).toList();
    }

    public String unitName(long id) {
        return unitNames.getOrDefault(id, "");
    }

    public LazyDataModel<Application> getModel() {
        return model;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public MatterType getMatterType() {
        return matterType;
    }

    public void setMatterType(MatterType matterType) {
        this.matterType = matterType;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public void setDueBy(LocalDate dueBy) {
        this.dueBy = dueBy;
    }
}
