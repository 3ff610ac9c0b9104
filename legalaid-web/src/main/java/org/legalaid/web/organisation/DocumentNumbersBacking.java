package org.legalaid.web.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.organisation.DocumentKind;
import org.legalaid.organisation.boundary.DocumentNumberService;
import org.legalaid.organisation.boundary.DocumentNumberSetting;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's screen for document numbers: the prefix each issuing unit uses for each
 * kind of document in a year, and how far each series has counted.
 */
@Named
@ViewScoped
public class DocumentNumbersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentNumberService numbers;

    private int year = LocalDate.now(ChinaTime.ZONE).getYear();
    private List<DocumentNumberSetting> settings = List.of();
    private Long unitId;
    private DocumentKind kind;
    private int formYear = year;
    private String prefix;

    @PostConstruct
    void load() {
        Actions.attempt(() -> numbers.findSettings(year), null).ifPresent(s -> settings = s);
    }

    /** Shows the settings of the chosen year. */
    public void show() {
        load();
        formYear = year;
    }

    public void save() {
        if (unitId == null || kind == null) {
            Messages.addError("common.required");
            return;
        }
        String unitName = settings.stream().filter(s -> s.getUnitId() == unitId).map(DocumentNumberSetting::getUnitName)
                .findFirst().orElse("");
        if (Actions.attempt(() -> numbers.setPrefix(unitId, kind, formYear, prefix), "documentNumbers.saved",
                unitName, formYear, prefix)) {
            load();
        }
    }

    /** Copies a row into the form. */
    public void edit(DocumentNumberSetting s) {
        unitId = s.getUnitId();
        kind = s.getKind();
        formYear = s.getYear();
        prefix = s.getPrefix();
    }

    /** The issuing units of the table, for the form's choice. */
    public Map<Long, String> getUnits() {
        Map<Long, String> units = new LinkedHashMap<>();
        settings.forEach(s -> units.putIfAbsent(s.getUnitId(), s.getUnitName() + " (" + s.getUnitCode() + ")"));
        return units;
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public List<DocumentNumberSetting> getSettings() {
        return settings;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public int getFormYear() {
        return formYear;
    }

    public void setFormYear(int formYear) {
        this.formYear = formYear;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }
}
