package org.legalaid.web.lawyers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.lawyers.FirmFilter;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.LawyerFilter;
import org.legalaid.lawyers.LawyerKind;
import org.legalaid.lawyers.LawyerStatus;
import org.legalaid.lawyers.NewLawyer;
import org.legalaid.lawyers.Specialty;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.Roles;
import org.legalaid.web.PagedModel;
import org.legalaid.web.i18n.Actions;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The lawyer list: filters, the lazy table, and the dialog that admits a lawyer (准入). */
@Named
@ViewScoped
public class LawyersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int FIRMS_OFFERED = 500;

    @Inject
    private LawyerRegistryService registry;

    private String text;
    private Long firmId;
    private LawyerStatus status;
    private Specialty specialty;
    private String regionCode;
    private LazyDataModel<Lawyer> model;
    private List<LawFirm> firms;
    private Map<Long, String> firmNames;

    private LawyerForm form = new LawyerForm();

    @PostConstruct
    void init() {
        firms = registry.findFirms(FirmFilter.all(), 0, FIRMS_OFFERED);
        firmNames = firms.stream().collect(Collectors.toMap(LawFirm::getId, LawFirm::getName));
        model = new PagedModel<>(() -> registry.countLawyers(filter()),
                (first, pageSize) -> registry.findLawyers(filter(), first, pageSize), Lawyer::getId);
    }

    private LawyerFilter filter() {
        return new LawyerFilter(text, firmId, status, specialty, regionCode);
    }

    public void resetFilter() {
        text = null;
        firmId = null;
        status = null;
        specialty = null;
        regionCode = null;
    }

    public void prepareAdmit() {
        form = new LawyerForm();
    }

    public void admit() {
        NewLawyer lawyer = form.toNewLawyer();
        Actions.attempt(() -> registry.admitLawyer(lawyer), "lawyers.lawyer.admitted", lawyer.getName())
                .ifPresent(l -> PrimeFaces.current().executeScript("PF('admitDialog').hide()"));
    }

    public String firmName(long id) {
        return firmNames.getOrDefault(id, String.valueOf(id));
    }

    public int practiceYears(Lawyer l) {
        return l.practiceYears(today());
    }

    public boolean isMayAdmit() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ASSIGNMENT_OFFICER);
    }

    public LocalDate getToday() {
        return today();
    }

    private static LocalDate today() {
        return LocalDate.now(ChinaTime.ZONE);
    }

    public LawyerStatus[] getStatuses() { return LawyerStatus.values(); }
    public Specialty[] getAllSpecialties() { return Specialty.values(); }
    public LawyerKind[] getKinds() { return LawyerKind.values(); }
    public List<LawFirm> getFirms() { return firms; }
    public LazyDataModel<Lawyer> getModel() { return model; }
    public LawyerForm getForm() { return form; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getFirmId() { return firmId; }
    public void setFirmId(Long firmId) { this.firmId = firmId; }
    public LawyerStatus getStatus() { return status; }
    public void setStatus(LawyerStatus status) { this.status = status; }
    public Specialty getSpecialty() { return specialty; }
    public void setSpecialty(Specialty specialty) { this.specialty = specialty; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
}
