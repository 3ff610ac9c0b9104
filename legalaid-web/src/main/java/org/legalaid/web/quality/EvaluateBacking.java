package org.legalaid.web.quality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.quality.FormItem;
import org.legalaid.quality.ItemScore;
import org.legalaid.quality.ProblemType;
import org.legalaid.quality.boundary.EvaluationService;
import org.legalaid.shared.NotFoundException;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring form of one evaluation (seed 004 "评估师对每个案件独立评估"): an input per item within its maximum
 * (checked on the field and again by the boundary), a comment per item, the problems found and the opinion;
 * the automatic check of the file and its documents beside the form.
 */
@Named
@ViewScoped
public class EvaluateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluationService evaluations;

    private Long id;
    private EvaluationService.Sheet sheet;
    private final Map<String, BigDecimal> scores = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();
    private ProblemType[] problems = {};
    private String opinion;

    /** The view action: loads the sheet of an evaluation assigned to the caller (else 404). */
    public void load() {
        if (id == null) {
            throw new NotFoundException("QualityEvaluation", "");
        }
        sheet = evaluations.getSheet(id);
        if (sheet.evaluation().isSubmitted()) {
            for (Map.Entry<String, ItemScore> e : evaluations.findScores(id).entrySet()) {
                scores.put(e.getKey(), e.getValue().getScore());
                comments.put(e.getKey(), e.getValue().getComment());
            }
            problems = sheet.evaluation().getProblems().toArray(new ProblemType[0]);
            opinion = sheet.evaluation().getOpinion();
        }
    }

    /** Submits the scores; the form's total and grade are the boundary's. */
    public String submit() {
        EvaluationService.Scoring s = new EvaluationService.Scoring(new HashMap<>(scores), new HashMap<>(comments),
                problems.length == 0 ? EnumSet.noneOf(ProblemType.class) : EnumSet.copyOf(java.util.Arrays.asList(problems)), opinion);
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return Actions.attempt(() -> evaluations.submit(id, s), "quality.evaluation.submittedOk")
                .map(e -> "/quality/work?faces-redirect=true").orElse(null);
    }

    /**
     * The field's check of a score against its item's maximum (and zero), beside the field; the boundary
     * checks the same again. The item comes from the field's attribute, read per row at validation.
     */
    public jakarta.faces.validator.Validator<Object> getMaximumCheck() {
        return (context, component, value) -> {
            if (!(value instanceof BigDecimal score)) {
                return;
            }
            FormItem item = (FormItem) component.getAttributes().get("item");
            java.util.Locale locale = org.legalaid.web.i18n.Messages.locale(context);
            String text = null;
            if (score.signum() < 0) {
                text = org.legalaid.web.i18n.Messages.text(locale, "quality.score.negative", item.getCode());
            } else if (score.compareTo(item.getMaxScore()) > 0) {
                text = org.legalaid.web.i18n.Messages.text(locale, "quality.score.aboveMaximum", item.getCode(), score,
                        item.getMaxScore());
            }
            if (text != null) {
                throw new jakarta.faces.validator.ValidatorException(
                        new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, text, text));
            }
        };
    }

    /** The running total of what is entered (the boundary computes the stored one). */
    public BigDecimal getRunningTotal() {
        return scores.values().stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<FormItem> getItems() {
        return sheet.form().getItems();
    }

    public ProblemType[] getProblemTypes() {
        return ProblemType.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public EvaluationService.Sheet getSheet() { return sheet; }
    public Map<String, BigDecimal> getScores() { return scores; }
    public Map<String, String> getComments() { return comments; }
    public ProblemType[] getProblems() { return problems; }
    public void setProblems(ProblemType[] problems) { this.problems = problems; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
}
