package org.legalaid.web.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.cases.CaseAct;
import org.legalaid.cases.CaseMilestone;
import org.legalaid.audit.boundary.RecordAccess;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.TimelineEntry;
import org.legalaid.cases.boundary.CaseService;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import org.legalaid.intake.ClockReading;
import org.legalaid.intake.boundary.CaseClockService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One legal aid case (案件详情): its facts, its dates in the order the law puts them (with any break
 * of that order, which only a legacy case can have), its clocks and its timeline. The handling,
 * termination and closing parts of the page are fragments under {@code /WEB-INF/includes/cases}
 * with their own beans; they read the case from here.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService cases;

    @Inject
    private CaseClockService clocks;

    @Inject
    private LawyerRegistryService registry;

    private Long idParam;
    private LegalCase legalCase;
    private List<TimelineEntry> timeline = List.of();
    private List<ClockReading> caseClocks = List.of();
    private List<RecordAccess> access;
    private Set<CaseAct> acts = Set.of();
    private String lawyerLabelKey = "case.lawyer";

    /** The message key of the assigned person's label: 承办律师, or 承办法律服务工作者 for a legal service worker. */
    public String getLawyerLabelKey() {
        return lawyerLabelKey;
    }

    public void load() {
        if (idParam == null) {
            return;
        }
        Actions.attempt(() -> cases.getCase(idParam), null).ifPresent(this::show);
    }

    /** Reads the case again after a change made by one of the page's parts. */
    public void reload() {
        if (legalCase != null) {
            show(cases.getCase(legalCase.getId()));
        }
    }

    private void show(LegalCase c) {
        legalCase = c;
        access = null;
        timeline = cases.findTimeline(c.getId());
        // the 委托协议 clock of the handling assignment beside the case's own (issue 18), oldest first
        List<ClockReading> all = new java.util.ArrayList<>();
        if (c.getAssignmentId() != null) {
            all.addAll(clocks.findAgreementClocks(c.getAssignmentId()));
        }
        all.addAll(clocks.findClocks(c.getId()));
        all.sort(java.util.Comparator.comparing((ClockReading k) -> k.deadline().endsAt()));
        caseClocks = List.copyOf(all);
        acts = cases.actsOn(c.getId());
        // 承办律师 or 承办法律服务工作者, by the lawyers context's rule (issue 18)
        lawyerLabelKey = c.getLawyerId() == null ? "case.lawyer"
                : java.util.Optional.ofNullable(registry.findKinds(List.of(c.getLawyerId())).get(c.getLawyerId()))
                        .map(k -> "case.lawyer." + k.name()).orElse("case.lawyer");
    }

    /**
     * Whether the user may take {@code act} (a {@link CaseAct} name) on the case now: the boundary's
     * answer, which the page renders and never works out itself.
     */
    public boolean may(String act) {
        return acts.contains(CaseAct.valueOf(act));
    }

    /** The acts the user may take on the case now (the boundary's answer, read with the case). */
    public Set<CaseAct> getActs() {
        return acts;
    }

    /** The dated steps in the order of the case. */
    public List<Map.Entry<CaseMilestone, LocalDate>> getDates() {
        return legalCase == null ? List.of() : List.copyOf(legalCase.dates().asMap().entrySet());
    }

    /** Breaks of the date order (a legacy case's data-quality findings), as sentences. */
    public List<String> getDateViolations() {
        if (legalCase == null) {
            return List.of();
        }
        Locale locale = Messages.locale(FacesContext.getCurrentInstance());
        return legalCase.dates().violations(LocalDate.now(ChinaTime.ZONE)).stream()
                .map(v -> Messages.text(locale, v.messageKey(), v.arguments()))
                .toList();
    }

    /** Who viewed or changed the case (read when the panel is opened). */
    public List<RecordAccess> getAccess() {
        if (access == null && legalCase != null) {
            access = cases.findAccess(legalCase.getId());
        }
        return access == null ? List.of() : access;
    }

    public Long getIdParam() { return idParam; }
    public void setIdParam(Long idParam) { this.idParam = idParam; }
    public LegalCase getLegalCase() { return legalCase; }
    public List<TimelineEntry> getTimeline() { return timeline; }
    public List<ClockReading> getCaseClocks() { return caseClocks; }
}
