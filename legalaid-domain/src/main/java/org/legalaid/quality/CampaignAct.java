package org.legalaid.quality;

import org.legalaid.shared.Roles;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who may do what to a campaign, and when (the house rule: one enum, answered by the boundary's {@code
 * actsOn} and enforced by it): the centre director (审批人) or the bureau supervisor sets the campaign up,
 * decides the panel, notifies the units, reviews objections and publishes; a unit's director objects while
 * the objection period runs (seed 004 "异议审核").
 */
public enum CampaignAct {
    DECIDE_PANEL(CampaignState.DRAWN, Roles.APPROVER, Roles.BUREAU_SUPERVISOR),
    NOTIFY(CampaignState.DRAWN, Roles.APPROVER, Roles.BUREAU_SUPERVISOR),
    OBJECT(CampaignState.NOTIFIED, Roles.APPROVER),
    REVIEW_OBJECTION(CampaignState.NOTIFIED, Roles.APPROVER, Roles.BUREAU_SUPERVISOR),
    PUBLISH(CampaignState.NOTIFIED, Roles.APPROVER, Roles.BUREAU_SUPERVISOR);

    private final CampaignState state;
    private final Set<String> roles;

    CampaignAct(CampaignState state, String... roles) {
        this.state = state;
        this.roles = Set.of(roles);
    }

    public Set<String> roles() {
        return roles;
    }

    /** Whether a caller with {@code inRole} may take this act on a campaign in {@code s}. */
    public boolean allows(Predicate<String> inRole, CampaignState s) {
        return s == state && roles.stream().anyMatch(inRole);
    }

    /** The acts open to the caller on a campaign in {@code s}. */
    public static Set<CampaignAct> openTo(Predicate<String> inRole, CampaignState s) {
        EnumSet<CampaignAct> out = EnumSet.noneOf(CampaignAct.class);
        for (CampaignAct a : values()) {
            if (a.allows(inRole, s)) {
                out.add(a);
            }
        }
        return out;
    }

    public String labelKey() {
        return "quality.act." + name();
    }
}
