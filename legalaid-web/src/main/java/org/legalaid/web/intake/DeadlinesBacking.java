package org.legalaid.web.intake;

import org.legalaid.web.Page;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.DeadlineEntry;
import org.legalaid.intake.DeadlineFilter;
import org.legalaid.intake.DeadlineStatus;
import org.legalaid.intake.boundary.DeadlineService;
import org.legalaid.web.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/**
 * The deadline list: the open clock items of the user's units by due date, filtered by status
 * and step (the dashboard links here with {@code ?status=OVERDUE} etc.).
 */
@Named
@ViewScoped
public class DeadlinesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Subjects that have a page of their own, and its path (the id goes in {@code ?id=}). */

    @Inject
    private DeadlineService deadlines;

    private DeadlineFilter.Show status = DeadlineFilter.Show.OPEN;
    private ClockStep step;
    private LazyDataModel<DeadlineEntry> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> deadlines.countDeadlines(filter()),
                (first, pageSize) -> deadlines.findDeadlines(filter(), first, pageSize),
                e -> e.item().getId());
    }

    private DeadlineFilter filter() {
        return new DeadlineFilter(status, step);
    }

    public void search() {
        // the table reloads with the filter
    }

    /** The CSS class of a row's status tag: red overdue, orange due soon, grey paused, green on time. */
    public String styleOf(DeadlineEntry e) {
        if (e.status() == null) {
            return "la-status la-status-paused";
        }
        return "la-status la-status-" + (e.status() == DeadlineStatus.OVERDUE ? "overdue"
                : e.status() == DeadlineStatus.DUE_SOON ? "due-soon" : "on-time");
    }

    /** The page of a row's subject within the application, or null when it has none. */
    /**
     * Where a clock's subject is kept, as a path with its query: the application, the case (the
     * closing, termination and payment clocks), the complaint, or for a notice the assignment page that shows it.
     * Whether the reader may follow it is the link rule's business ({@code PageLinkGuard}), not this
     * bean's. Null for a subject without a page of its own.
     */
    public String subjectLink(DeadlineEntry e) {
        long id = e.item().getSubjectId();
        return switch (e.item().getSubjectType()) {
            case "Application" -> Page.APPLICATION.path() + "?id=" + id;
            case "CriminalNotice" -> Page.ASSIGN.path() + "?type=NOTICE&id=" + id;
            case "LegalCase" -> Page.CASE.path() + "?id=" + id;
            case "Complaint" -> Page.COMPLAINT.path() + "?id=" + id;
            default -> null;
        };
    }

    public DeadlineFilter.Show[] getStatuses() {
        return DeadlineFilter.Show.values();
    }

    public ClockStep[] getSteps() {
        return ClockStep.values();
    }

    public LazyDataModel<DeadlineEntry> getModel() {
        return model;
    }

    public DeadlineFilter.Show getStatus() {
        return status;
    }

    public void setStatus(DeadlineFilter.Show status) {
        this.status = status == null ? DeadlineFilter.Show.OPEN : status;
    }

    public ClockStep getStep() {
        return step;
    }

    public void setStep(ClockStep step) {
        this.step = step;
    }
}
