package org.legalaid.web.quality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.quality.EvaluationForm;
import org.legalaid.quality.FormItem;
import org.legalaid.quality.FormKind;
import org.legalaid.quality.GradeBands;
import org.legalaid.quality.boundary.CampaignService;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation forms as versioned data (seed 004: 刑事 / 民事行政 评估表, grade bands by total): every version of
 * each kind, and the editor of the next version — started from the current one, items added, changed or
 * removed, bands and blindness set. Saving adds a version; evaluations already assigned or finished keep theirs.
 */
@Named
@ViewScoped
public class FormsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaigns;

    private List<EvaluationForm> forms;
    private FormKind kind = FormKind.CRIMINAL;
    private String title;
    private boolean blind = true;
    private BigDecimal excellentFrom;
    private BigDecimal goodFrom;
    private BigDecimal passFrom;
    private final List<Row> rows = new ArrayList<>();

    /** One editable item of the new version. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String section;
        private String text;
        private BigDecimal maxScore;
        private String guidance;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getSection() { return section; }
        public void setSection(String section) { this.section = section; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public BigDecimal getMaxScore() { return maxScore; }
        public void setMaxScore(BigDecimal maxScore) { this.maxScore = maxScore; }
        public String getGuidance() { return guidance; }
        public void setGuidance(String guidance) { this.guidance = guidance; }
    }

    public void load() {
        forms = campaigns.findForms();
        if (rows.isEmpty()) {
            startFromCurrent();
        }
    }

    /** Fills the editor with the current version of the chosen kind (or one empty row when there is none). */
    public void startFromCurrent() {
        rows.clear();
        campaigns.findCurrentForm(kind).ifPresentOrElse(f -> {
            title = f.getTitle();
            blind = f.isBlind();
            excellentFrom = f.bands().excellentFrom();
            goodFrom = f.bands().goodFrom();
            passFrom = f.bands().passFrom();
            for (FormItem i : f.getItems()) {
                Row r = new Row();
                r.code = i.getCode();
                r.section = i.getSection();
                r.text = i.getText();
                r.maxScore = i.getMaxScore();
                r.guidance = i.getGuidance();
                rows.add(r);
            }
        }, () -> rows.add(new Row()));
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size() && rows.size() > 1) {
            rows.remove(index);
        }
    }

    /** Saves the editor as the next version of the kind. */
    public void save() {
        if (Actions.attempt(() -> campaigns.addFormVersion(new CampaignService.NewForm(kind, title, blind,
                new GradeBands(excellentFrom, goodFrom, passFrom), rows.stream().map(r -> new FormItem(blankToEmpty(r.code),
                        blankToEmpty(r.section), blankToEmpty(r.text), r.maxScore == null ? BigDecimal.ZERO : r.maxScore,
                        r.guidance == null || r.guidance.isBlank() ? null : r.guidance.strip())).toList())),
                "quality.form.saved").isPresent()) {
            forms = campaigns.findForms();
        }
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    public FormKind[] getKinds() { return FormKind.values(); }
    public List<EvaluationForm> getForms() { return forms; }
    public FormKind getKind() { return kind; }
    public void setKind(FormKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public boolean isBlind() { return blind; }
    public void setBlind(boolean blind) { this.blind = blind; }
    public BigDecimal getExcellentFrom() { return excellentFrom; }
    public void setExcellentFrom(BigDecimal excellentFrom) { this.excellentFrom = excellentFrom; }
    public BigDecimal getGoodFrom() { return goodFrom; }
    public void setGoodFrom(BigDecimal goodFrom) { this.goodFrom = goodFrom; }
    public BigDecimal getPassFrom() { return passFrom; }
    public void setPassFrom(BigDecimal passFrom) { this.passFrom = passFrom; }
    public List<Row> getRows() { return rows; }
}
