package org.legalaid.web.funding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.FlagState;
import org.legalaid.funding.FundingFlag;
import org.legalaid.funding.boundary.FlagService;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/** The exceptions queue: each flag explained in the user's language, resolved with a reason. */
@Named
@ViewScoped
public class FlagsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FlagService flags;

    @Inject
    private org.legalaid.organisation.boundary.OrganisationService organisation;

    private boolean showResolved;
    /** The author of the flags the nightly run raises (FundingRules.SYSTEM). */
    private static final String NIGHTLY = "system";

    private java.util.Map<String, String> names = java.util.Map.of();
    private List<FundingFlag> list;
    private Long resolving;
    private String reason;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        list = flags.findFlags(showResolved ? EnumSet.allOf(FlagState.class) : EnumSet.of(FlagState.OPEN), 1000);
        java.util.Set<String> people = new java.util.HashSet<>();
        list.forEach(f -> {
            people.add(f.getRaisedBy());
            if (f.getResolvedBy() != null) {
                people.add(f.getResolvedBy());
            }
        });
        names = organisation.findStaffNames(people);
    }

    public void startResolve(long id) {
        resolving = id;
        reason = null;
    }

    public void resolve() {
        if (Actions.attempt(() -> flags.resolve(resolving, reason), "funding.flag.resolvedOk").isPresent()) {
            resolving = null;
            refresh();
        }
    }

    public boolean isMayResolve() {
        return flags.mayResolve();
    }

    /**
     * A person's name for a user name shown on the list; the nightly run of the rules (issue 13,
     * "rules run … nightly over everything", author {@code system}) reads as 系统夜间核查 / nightly check.
     */
    public String name(String username) {
        if (NIGHTLY.equals(username)) {
            return Messages.text(Messages.locale(FacesContext.getCurrentInstance()), "funding.flag.byNightly");
        }
        return username == null ? "" : names.getOrDefault(username, username);
    }

    public boolean isShowResolved() { return showResolved; }
    public void setShowResolved(boolean showResolved) { this.showResolved = showResolved; }
    public List<FundingFlag> getList() { return list; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
