package org.legalaid.web.lawyers;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.lawyers.CreditKind;
import org.legalaid.lawyers.FirmQuotaMode;
import org.legalaid.lawyers.QuotaRuleEntry;
import org.legalaid.lawyers.QuotaRuleForm;
import org.legalaid.lawyers.boundary.QuotaService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The year's quota rule editor (义务量核定): cases per lawyer, how firms owe, size bands, credits. */
@Named
@ViewScoped
public class QuotaRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private QuotaService quotas;

    private Integer year;
    private QuotaRuleForm form;
    private Long version;
    private QuotaRuleEntry entry;

    /** f:viewAction: the rule of the year asked for (this year by default), or a new one. */
    public void load() {
        if (year == null) {
            year = LocalDate.now(ChinaTime.ZONE).getYear();
        }
        entry = quotas.findRule(year).orElse(null);
        if (entry != null) {
            form = QuotaRuleForm.of(entry);
            version = entry.getVersion();
        } else {
            form = new QuotaRuleForm();
            form.setYear(year);
            version = null;
        }
    }

    public void addBand() {
        form.getBands().add(new QuotaRuleForm.Band());
    }

    public void removeBand(QuotaRuleForm.Band band) {
        form.getBands().remove(band);
    }

    public void addCredit() {
        form.getCredits().add(new QuotaRuleForm.Credit(null, BigDecimal.ONE));
    }

    public void removeCredit(QuotaRuleForm.Credit credit) {
        form.getCredits().remove(credit);
    }

    public void save() {
        form.setYear(year);
        Actions.attempt(() -> quotas.saveRule(form, version), "quota.rule.saved", String.valueOf(year)).ifPresent(e -> {
            entry = e;
            version = e.getVersion();
        });
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(ChinaTime.ZONE).getYear();
        return List.of(now + 1, now, now - 1, now - 2);
    }

    public FirmQuotaMode[] getModes() {
        return FirmQuotaMode.values();
    }

    public CreditKind[] getKinds() {
        return CreditKind.values();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public QuotaRuleForm getForm() { return form; }
    public QuotaRuleEntry getEntry() { return entry; }
}
