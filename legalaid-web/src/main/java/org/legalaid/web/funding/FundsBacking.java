package org.legalaid.web.funding;

import org.legalaid.shared.HashChain;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.Allocation;
import org.legalaid.funding.Fund;
import org.legalaid.funding.FundSource;
import org.legalaid.funding.FundUse;
import org.legalaid.funding.LedgerChain;
import org.legalaid.funding.LedgerPosting;
import org.legalaid.funding.boundary.FundBalance;
import org.legalaid.funding.boundary.FundService;
import org.legalaid.organisation.boundary.OrganisationService;
import jakarta.faces.context.FacesContext;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;
import java.util.Locale;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Funds and their money: the balances of every fund at every unit (summed from the ledger, with a
 * chart of budget against what is committed and paid), new funds, budgets and allocations, the latest
 * postings, reversals and the verification of the ledger's hash chain.
 */
@Named
@ViewScoped
public class FundsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FundService funds;

    @Inject
    private org.legalaid.web.StaffNames people;

    @Inject
    private OrganisationService organisation;

    private List<Fund> fundList;
    private List<FundBalance> balances;
    private List<LedgerPosting> postings;
    private List<Allocation> allocations;
    private Map<Long, String> unitNames;
    private String chart;
    private HashChain.Verification verification;

    // new fund
    private Long fundUnitId;
    private int fundYear = LocalDate.now(org.legalaid.shared.ChinaTime.ZONE).getYear();
    private FundSource fundSource;
    private String fundName;
    private List<FundUse> fundUses = new ArrayList<>();
    // budget
    private Long budgetFundId;
    private BigDecimal budgetAmount;
    private String budgetMemo;
    // allocation
    private Long allocFundId;
    private Long allocFrom;
    private Long allocTo;
    private BigDecimal allocAmount;
    private LocalDate allocPassedOn;
    private LocalDate allocReceivedOn;
    // reversal
    private Long reverseSeq;
    private String reverseReason;

    @PostConstruct
    void init() {
        unitNames = organisation.findUnitNamesInScope();
        refresh();
    }

    private void refresh() {
        fundList = funds.findFunds();
        balances = funds.findBalances();
        postings = funds.findPostings(50);
        allocations = funds.findAllocations();
        chart = chartOf(balances);
    }

    public void createFund() {
        if (Actions.attempt(() -> funds.createFund(fundUnitId == null ? -1 : fundUnitId, fundYear, fundSource, fundName,
                fundUses.isEmpty() ? Set.of() : EnumSet.copyOf(fundUses)), "funding.fund.created").isPresent()) {
            fundName = null;
            fundUses = new ArrayList<>();
            refresh();
        }
    }

    public void recordBudget() {
        if (Actions.attempt(() -> funds.recordBudget(budgetFundId == null ? -1 : budgetFundId, budgetAmount, budgetMemo),
                "funding.budget.recorded").isPresent()) {
            budgetAmount = null;
            budgetMemo = null;
            refresh();
        }
    }

    public void allocate() {
        if (Actions.attempt(() -> funds.allocate(allocFundId == null ? -1 : allocFundId, allocFrom == null ? -1 : allocFrom,
                allocTo == null ? -1 : allocTo, allocAmount, allocPassedOn, allocReceivedOn), "funding.allocation.recorded").isPresent()) {
            allocAmount = null;
            refresh();
        }
    }

    public void reverse() {
        if (Actions.attempt(() -> funds.reverse(reverseSeq == null ? -1 : reverseSeq, reverseReason), "funding.ledger.reversedOk")
                .isPresent()) {
            reverseSeq = null;
            reverseReason = null;
            refresh();
        }
    }

    public void verify() {
        verification = Actions.attempt(() -> funds.verifyLedger(), null).orElse(null);
    }

    /**
     * The chart's configuration for Chart.js (p:chart): per fund and unit, the money that reached it
     * against what is committed or paid. Built with JSON-P, so a fund's name cannot break the JSON.
     */
    private String chartOf(List<FundBalance> rows) {
        Locale locale = Messages.locale(FacesContext.getCurrentInstance());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder budget = Json.createArrayBuilder();
        JsonArrayBuilder used = Json.createArrayBuilder();
        for (FundBalance b : rows) {
            labels.add(b.fundName() + " · " + b.unitName());
            budget.add(b.budget().add(b.allocatedIn()).subtract(b.allocatedOut()));
            used.add(b.committed().add(b.paid()));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Messages.text(locale, "funding.chart.budget"))
                                        .add("data", budget).add("backgroundColor", "#64b5f6"))
                                .add(Json.createObjectBuilder().add("label", Messages.text(locale, "funding.chart.used"))
                                        .add("data", used).add("backgroundColor", "#ffb74d"))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    public FundSource[] getSources() { return FundSource.values(); }
    public FundUse[] getUses() { return FundUse.values(); }
    public Map<Long, String> getUnitNames() { return unitNames; }
    public List<Map.Entry<Long, String>> getUnits() { return new ArrayList<>(unitNames.entrySet()); }
    public List<Fund> getFundList() { return fundList; }
    public List<FundBalance> getBalances() { return balances; }
    public List<LedgerPosting> getPostings() {
        people.prefetch(postings.stream().map(LedgerPosting::getPostedBy).toList());
        return postings;
    }
    public List<Allocation> getAllocations() { return allocations; }
    public String getChart() { return chart; }
    public HashChain.Verification getVerification() { return verification; }
    public Long getFundUnitId() { return fundUnitId; }
    public void setFundUnitId(Long v) { this.fundUnitId = v; }
    public int getFundYear() { return fundYear; }
    public void setFundYear(int v) { this.fundYear = v; }
    public FundSource getFundSource() { return fundSource; }
    public void setFundSource(FundSource v) { this.fundSource = v; }
    public String getFundName() { return fundName; }
    public void setFundName(String v) { this.fundName = v; }
    public List<FundUse> getFundUses() { return fundUses; }
    public void setFundUses(List<FundUse> v) { this.fundUses = v; }
    public Long getBudgetFundId() { return budgetFundId; }
    public void setBudgetFundId(Long v) { this.budgetFundId = v; }
    public BigDecimal getBudgetAmount() { return budgetAmount; }
    public void setBudgetAmount(BigDecimal v) { this.budgetAmount = v; }
    public String getBudgetMemo() { return budgetMemo; }
    public void setBudgetMemo(String v) { this.budgetMemo = v; }
    public Long getAllocFundId() { return allocFundId; }
    public void setAllocFundId(Long v) { this.allocFundId = v; }
    public Long getAllocFrom() { return allocFrom; }
    public void setAllocFrom(Long v) { this.allocFrom = v; }
    public Long getAllocTo() { return allocTo; }
    public void setAllocTo(Long v) { this.allocTo = v; }
    public BigDecimal getAllocAmount() { return allocAmount; }
    public void setAllocAmount(BigDecimal v) { this.allocAmount = v; }
    public LocalDate getAllocPassedOn() { return allocPassedOn; }
    public void setAllocPassedOn(LocalDate v) { this.allocPassedOn = v; }
    public LocalDate getAllocReceivedOn() { return allocReceivedOn; }
    public void setAllocReceivedOn(LocalDate v) { this.allocReceivedOn = v; }
    public Long getReverseSeq() { return reverseSeq; }
    public void setReverseSeq(Long v) { this.reverseSeq = v; }
    public String getReverseReason() { return reverseReason; }
    public void setReverseReason(String v) { this.reverseReason = v; }
}
