package org.legalaid.web.funding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.ClaimState;
import org.legalaid.funding.PayableCase;
import org.legalaid.funding.SubsidyClaim;
import org.legalaid.funding.boundary.ClaimService;
import org.legalaid.web.CurrentUser;
import org.legalaid.web.Page;
import org.legalaid.web.PagedModel;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The claims screen: the archived cases waiting for a claim (for the finance officer), and the claims
 * by where they stand — to review, to approve, to pay, in a batch, paid, rejected.
 */
@Named
@ViewScoped
public class ClaimsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The tabs of the list, each a set of claim states. */
    public enum Tab {
        TO_CLAIM(EnumSet.noneOf(ClaimState.class)),
        TO_REVIEW(EnumSet.of(ClaimState.CLAIMED)),
        TO_APPROVE(EnumSet.of(ClaimState.REVIEWED, ClaimState.AWAITING_SECOND)),
        TO_PAY(EnumSet.of(ClaimState.APPROVED)),
        IN_BATCH(EnumSet.of(ClaimState.BATCHED)),
        PAID(EnumSet.of(ClaimState.PAID)),
        REJECTED(EnumSet.of(ClaimState.REJECTED));

        private final Set<ClaimState> states;

        Tab(Set<ClaimState> states) {
            this.states = states;
        }

        public String labelKey() {
            return "funding.tab." + name();
        }
    }

    @Inject
    private ClaimService claims;

    @Inject
    private CurrentUser currentUser;

    private Tab tab;
    private List<PayableCase> casesToClaim;
    private PagedModel<SubsidyClaim> model;

    @PostConstruct
    void init() {
        tab = currentUser.mayOpen(Page.FUNDING_CLAIM_NEW) ? Tab.TO_CLAIM : Tab.TO_APPROVE;
    }

    /** The view action: the tab from the link (e.g. the workbench's figures). */
    public void load() {
        if (tab == Tab.TO_CLAIM && !currentUser.mayOpen(Page.FUNDING_CLAIM_NEW)) {
            tab = Tab.TO_APPROVE;
        }
        casesToClaim = null;
        model = new PagedModel<>(() -> claims.countClaims(tab.states.isEmpty() ? EnumSet.of(ClaimState.CLAIMED) : tab.states),
                (first, size) -> claims.findClaims(tab.states.isEmpty() ? EnumSet.of(ClaimState.CLAIMED) : tab.states, first, size),
                SubsidyClaim::getId);
    }

    public List<Tab> getTabs() {
        return currentUser.mayOpen(Page.FUNDING_CLAIM_NEW) ? List.of(Tab.values())
                : List.of(Tab.TO_REVIEW, Tab.TO_APPROVE, Tab.TO_PAY, Tab.IN_BATCH, Tab.PAID, Tab.REJECTED);
    }

    public List<PayableCase> getCasesToClaim() {
        if (casesToClaim == null) {
            casesToClaim = claims.findCasesToClaim(500);
        }
        return casesToClaim;
    }

    public Tab getTab() { return tab; }
    public void setTab(Tab tab) { if (tab != null) { this.tab = tab; } }
    public PagedModel<SubsidyClaim> getModel() { return model; }
}
