package org.legalaid.web.quality;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.quality.DataFigure;
import org.legalaid.quality.Figure;
import org.legalaid.quality.InspectedCentre;
import org.legalaid.quality.Inspection;
import org.legalaid.quality.InspectionScore;
import org.legalaid.quality.Scorecard;
import org.legalaid.quality.ScorecardItem;
import org.legalaid.quality.boundary.InspectionService;
import org.legalaid.shared.NotFoundException;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scoring sheet of one inspected centre (seed 000 "对每个大项中扣除的分数在扣分备注栏中注明扣分原因"), keyboard
 * first like the evaluation form: a score and a reason per item in tab order; a score below the item's maximum
 * without a reason is marked beside the reason field before anything is sent, and the boundary refuses it
 * again. Items the system knows are shown with their figure, "from the data", and not typed. The centre's
 * self-report stands beside the sheet.
 */
@Named
@ViewScoped
public class InspectionScoreBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InspectionService inspections;

    private Long id;
    private InspectedCentre centre;
    private Inspection inspection;
    private Scorecard scorecard;
    private boolean mayScore;
    private final Map<String, BigDecimal> scores = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();

    public void load() {
        if (id == null) {
            throw new NotFoundException("QualityInspectedCentre", "");
        }
        refresh();
        for (InspectionScore s : centre.getScores()) {
            scores.put(s.getItemCode(), s.getScore());
            reasons.put(s.getItemCode(), s.getReason());
        }
    }

    private void refresh() {
        centre = inspections.getCentre(id);
        inspection = inspections.getInspection(centre.getInspectionId());
        scorecard = inspections.getScorecard(inspection.getScorecardId());
        mayScore = inspections.mayScore(id);
    }

    /** The figure an item is scored from, or null when it is scored by hand. */
    public Figure figureOf(ScorecardItem item) {
        if (!item.isFromData()) {
            return null;
        }
        Figure f = centre.figures().get(item.getDataFigure());
        return f == null || f.counted() == 0 ? null : f;
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = Messages.locale(faces);
        Map<String, Scorecard.Mark> marks = new HashMap<>();
        List<ScorecardItem> items = scorecard.getItems();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            ScorecardItem item = items.get(i);
            if (figureOf(item) != null) {
                continue;
            }
            BigDecimal s = scores.get(item.getCode());
            String r = reasons.get(item.getCode());
            if (s != null && s.compareTo(item.getMaxScore()) < 0 && (r == null || r.isBlank())) {
                String text = Messages.text(locale, "quality.inspection.deduction.reasonMissing", item.getCode(),
                        item.getMaxScore().subtract(s));
                faces.addMessage("scoreForm:items:" + i + ":reason", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                ok = false;
            }
            marks.put(item.getCode(), new Scorecard.Mark(s, r));
        }
        if (!ok) {
            faces.validationFailed();
            return;
        }
        if (Actions.attempt(() -> inspections.score(id, marks), "quality.inspection.scored").isPresent()) {
            refresh();
        }
    }

    /** The field's check of a score against its item's maximum (and zero), beside the field; the boundary checks again. */
    public jakarta.faces.validator.Validator<Object> getMaximumCheck() {
        return (context, component, value) -> {
            if (!(value instanceof BigDecimal score)) {
                return;
            }
            ScorecardItem item = (ScorecardItem) component.getAttributes().get("item");
            Locale locale = Messages.locale(context);
            String text = null;
            if (score.signum() < 0) {
                text = Messages.text(locale, "quality.inspection.score.negative", item.getCode());
            } else if (score.compareTo(item.getMaxScore()) > 0) {
                text = Messages.text(locale, "quality.inspection.score.aboveMaximum", item.getCode(), score, item.getMaxScore());
            }
            if (text != null) {
                throw new jakarta.faces.validator.ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
        };
    }

    public DataFigure[] getFigures() {
        return DataFigure.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public InspectedCentre getCentre() { return centre; }
    public Inspection getInspection() { return inspection; }
    public Scorecard getScorecard() { return scorecard; }
    public boolean isMayScore() { return mayScore; }
    public Map<String, BigDecimal> getScores() { return scores; }
    public Map<String, String> getReasons() { return reasons; }
}
