package org.legalaid.web.lawyers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.lawyers.AssessmentFigures;
import org.legalaid.lawyers.AssessmentResult;
import org.legalaid.lawyers.boundary.AssessmentService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.Roles;
import org.legalaid.web.PagedModel;
import org.legalaid.web.i18n.Actions;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The annual assessment list (考核, LAL art. 60): the year's lawyers with their fulfilment and, once
 * recorded, the result — an unqualified one flagged as possibly leading to suspension or exit; the
 * record dialog shows the figures gathered for the lawyer.
 */
@Named
@ViewScoped
public class AssessmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssessmentService assessments;

    private int year = LocalDate.now(ChinaTime.ZONE).getYear();
    private String text;
    private LazyDataModel<AssessmentService.AssessmentRow> model;
    private AssessmentService.AssessmentRow selected;
    private AssessmentFigures figures;
    private AssessmentResult result = AssessmentResult.QUALIFIED;
    private String comment;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> assessments.countRows(year, text),
                (first, size) -> assessments.findRows(year, text, first, size),
                r -> r.lawyer().lawyerId());
    }

    public void select(AssessmentService.AssessmentRow row) {
        selected = row;
        figures = row.isAssessed() ? row.assessment().figures() : assessments.gatherFigures(row.lawyer().lawyerId(), year);
        result = AssessmentResult.QUALIFIED;
        comment = null;
    }

    public void record() {
        Actions.attempt(() -> assessments.record(selected.lawyer().lawyerId(), year, result, comment),
                "assessment.recorded", selected.lawyer().name()).ifPresent(a -> selected = null);
    }

    public boolean isSupervisor() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.BUREAU_SUPERVISOR);
    }

    public AssessmentResult[] getResults() {
        return AssessmentResult.values();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(ChinaTime.ZONE).getYear();
        return List.of(now, now - 1, now - 2);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public LazyDataModel<AssessmentService.AssessmentRow> getModel() { return model; }
    public AssessmentService.AssessmentRow getSelected() { return selected; }
    public AssessmentFigures getFigures() { return figures; }
    public AssessmentResult getResult() { return result; }
    public void setResult(AssessmentResult result) { this.result = result; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
