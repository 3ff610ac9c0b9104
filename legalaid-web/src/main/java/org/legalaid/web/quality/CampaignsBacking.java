package org.legalaid.web.quality;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.quality.Campaign;
import org.legalaid.quality.CampaignKind;
import org.legalaid.quality.FormKind;
import org.legalaid.quality.SampleRule;
import org.legalaid.quality.boundary.CampaignService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The campaigns with a progress bar each, and the wizard of a new one (seed 004 "抽查评估活动"): the window
 * of archive dates, the units, the rule (a number per unit and kind, or a percentage), the findings share,
 * the re-evaluation margin and the objection period; a preview shows the draw, the shortfalls and any case
 * the pool cannot place before anything is stored.
 */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaigns;

    @Inject
    private OrganisationService organisation;

    private List<Campaign> list;
    private final Map<Long, CampaignService.Progress> progress = new HashMap<>();
    private Map<Long, String> unitNames;

    private String name;
    private CampaignKind kind = CampaignKind.SAMPLING;
    private LocalDate from;
    private LocalDate to;
    private Long[] unitIds = {};
    private boolean byPercent;
    private Integer perStratum = 11;
    private BigDecimal percent = new BigDecimal("5");
    private int findingsPercent = 30;
    private FormKind[] kinds = {FormKind.CRIMINAL, FormKind.CIVIL_ADMINISTRATIVE};
    private BigDecimal margin = new BigDecimal("10");
    private int objectionDays = 5;
    private Long seed;
    private CampaignService.DrawPreview preview;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        from = today.minusMonths(3).withDayOfMonth(1);
        to = today;
        unitNames = organisation.findUnitNamesInScope();
        refresh();
    }

    private void refresh() {
        list = campaigns.findCampaigns();
        progress.clear();
        list.forEach(c -> progress.put(c.getId(), campaigns.progress(c.getId())));
    }

    private Optional<CampaignService.CampaignForm> form() {
        return Actions.attempt(() -> new CampaignService.CampaignForm(new Campaign.Settings(name == null ? "" : name.strip(),
                kind, from, to, new HashSet<>(java.util.Arrays.asList(unitIds)), byPercent ? SampleRule.percent(percent, findingsPercent, kindSet())
                : SampleRule.perStratum(perStratum == null ? 0 : perStratum, findingsPercent, kindSet()), margin, objectionDays), seed), null);
    }

    private EnumSet<FormKind> kindSet() {
        return kinds.length == 0 ? EnumSet.noneOf(FormKind.class) : EnumSet.copyOf(java.util.Arrays.asList(kinds));
    }

    /** Draws and assigns without storing: the wizard's second step. */
    public void preview() {
        preview = form().flatMap(f -> Actions.attempt(() -> campaigns.preview(f), null)).orElse(null);
        if (preview != null) {
            seed = preview.seed();
        }
    }

    /** Draws, assigns and stores the campaign with the previewed seed. */
    public String draw() {
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return form().flatMap(f -> Actions.attempt(() -> campaigns.draw(f), "quality.campaign.drawn"))
                .map(c -> "/quality/campaign?faces-redirect=true&id=" + c.getId()).orElse(null);
    }

    public String unitName(long id) {
        return unitNames.getOrDefault(id, String.valueOf(id));
    }

    public List<Map.Entry<Long, String>> getUnits() { return new ArrayList<>(unitNames.entrySet()); }
    public List<Campaign> getList() { return list; }
    public Map<Long, CampaignService.Progress> getProgress() { return progress; }
    public CampaignKind[] getCampaignKinds() { return CampaignKind.values(); }
    public FormKind[] getFormKinds() { return FormKind.values(); }
    public CampaignService.DrawPreview getPreview() { return preview; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public CampaignKind getKind() { return kind; }
    public void setKind(CampaignKind kind) { this.kind = kind; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Long[] getUnitIds() { return unitIds; }
    public void setUnitIds(Long[] unitIds) { this.unitIds = unitIds; }
    public boolean isByPercent() { return byPercent; }
    public void setByPercent(boolean byPercent) { this.byPercent = byPercent; }
    public Integer getPerStratum() { return perStratum; }
    public void setPerStratum(Integer perStratum) { this.perStratum = perStratum; }
    public BigDecimal getPercent() { return percent; }
    public void setPercent(BigDecimal percent) { this.percent = percent; }
    public int getFindingsPercent() { return findingsPercent; }
    public void setFindingsPercent(int findingsPercent) { this.findingsPercent = findingsPercent; }
    public FormKind[] getKinds() { return kinds; }
    public void setKinds(FormKind[] kinds) { this.kinds = kinds; }
    public BigDecimal getMargin() { return margin; }
    public void setMargin(BigDecimal margin) { this.margin = margin; }
    public int getObjectionDays() { return objectionDays; }
    public void setObjectionDays(int objectionDays) { this.objectionDays = objectionDays; }
    public Long getSeed() { return seed; }
    public void setSeed(Long seed) { this.seed = seed; }
}
