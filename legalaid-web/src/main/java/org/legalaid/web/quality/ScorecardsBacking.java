package org.legalaid.web.quality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.quality.DataFigure;
import org.legalaid.quality.Scorecard;
import org.legalaid.quality.ScorecardItem;
import org.legalaid.quality.boundary.InspectionService;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The inspection scorecards as versioned data (seed 000: 6 类 × 20 分 = 120 分; seed 002: 咨询接待、受理审查、指派监督、
 * 质量保证), like the evaluation forms: every version of every standard, and — for the bureau's supervisor — the
 * editor of the next version, started from the current one of the chosen standard (items added, changed or
 * removed, the compliance threshold set). Saving adds a version; inspections already opened keep theirs.
 */
@Named
@ViewScoped
public class ScorecardsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InspectionService inspections;

    private List<Scorecard> scorecards;
    private boolean mayEdit;
    private String standard;
    private String title;
    private BigDecimal complianceFrom;
    private final List<Row> rows = new ArrayList<>();

    /** One editable item of the new version. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String category;
        private String text;
        private BigDecimal maxScore;
        private DataFigure dataFigure;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public BigDecimal getMaxScore() { return maxScore; }
        public void setMaxScore(BigDecimal maxScore) { this.maxScore = maxScore; }
        public DataFigure getDataFigure() { return dataFigure; }
        public void setDataFigure(DataFigure dataFigure) { this.dataFigure = dataFigure; }
    }

    public void load() {
        scorecards = inspections.findScorecards();
        mayEdit = inspections.mayAddScorecardVersion();
        if (standard == null && !scorecards.isEmpty()) {
            standard = scorecards.get(0).getStandard();
        }
        if (rows.isEmpty()) {
            startFromCurrent();
        }
    }

    /** Fills the editor with the current version of the chosen standard (or one empty row for a new standard). */
    public void startFromCurrent() {
        rows.clear();
        scorecards.stream().filter(s -> s.getStandard().equals(standard))
                .max(java.util.Comparator.comparingInt(Scorecard::getScorecardVersion)).ifPresentOrElse(s -> {
                    title = s.getTitle();
                    complianceFrom = s.getComplianceFrom();
                    for (ScorecardItem i : s.getItems()) {
                        Row r = new Row();
                        r.code = i.getCode();
                        r.category = i.getCategory();
                        r.text = i.getText();
                        r.maxScore = i.getMaxScore();
                        r.dataFigure = i.getDataFigure();
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

    /** Saves the editor as the next version of the standard. */
    public void save() {
        if (Actions.attempt(() -> inspections.addScorecardVersion(new InspectionService.NewScorecard(standard, title, complianceFrom,
                rows.stream().map(r -> new ScorecardItem(strip(r.code), strip(r.category), strip(r.text),
                        r.maxScore == null ? BigDecimal.ZERO : r.maxScore, r.dataFigure)).toList())),
                "quality.scorecard.saved").isPresent()) {
            scorecards = inspections.findScorecards();
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** The standards there are versions of, for the editor's choice. */
    public List<String> getStandards() {
        return scorecards.stream().map(Scorecard::getStandard).distinct().toList();
    }

    public DataFigure[] getFigures() { return DataFigure.values(); }
    public List<Scorecard> getScorecards() { return scorecards; }
    /** Whether the user may add a version (the boundary's answer). */
    public boolean isMayEdit() { return mayEdit; }
    public String getStandard() { return standard; }
    public void setStandard(String standard) { this.standard = standard; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public BigDecimal getComplianceFrom() { return complianceFrom; }
    public void setComplianceFrom(BigDecimal complianceFrom) { this.complianceFrom = complianceFrom; }
    public List<Row> getRows() { return rows; }
}
