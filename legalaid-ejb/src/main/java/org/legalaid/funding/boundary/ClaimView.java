package org.legalaid.funding.boundary;

import org.legalaid.funding.ClaimAct;
import org.legalaid.funding.FundingFlag;
import org.legalaid.funding.SubsidyClaim;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A claim as its page shows it: the claim with its calculation, the fund's name, its flags, and the
 * acts the caller may take on it now (from {@link ClaimAct}, the rule every act checks).
 *
 * @param needsSecondApproval whether the amount is above the settings' second-approval amount
 */
public record ClaimView(SubsidyClaim claim, String fundName, List<FundingFlag> flags, Set<ClaimAct> acts,
                        boolean needsSecondApproval, boolean blockedByFlag, Map<String, String> people)
        implements Serializable {

    /** The person's name for a user name on the claim (who claimed, reviewed …), or empty. */
    public String name(String username) {
        return username == null ? "" : people.getOrDefault(username, username);
    }

    public SubsidyClaim getClaim() { return claim; }
    public String getFundName() { return fundName; }
    public List<FundingFlag> getFlags() { return flags; }
    public boolean isNeedsSecondApproval() { return needsSecondApproval; }
    public boolean isBlockedByFlag() { return blockedByFlag; }

    /** Whether the caller may take {@code act} (by name, for pages). */
    public boolean may(String act) {
        return acts.contains(ClaimAct.valueOf(act));
    }
}
