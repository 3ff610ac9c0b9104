package org.legalaid.quality;

/**
 * A campaign's phase (seed 004 "按照初评，优秀、不合格案件复评，异议审核，通报评估结果等步骤进行"): drawn and
 * assigned, the evaluations under way; the provisional results notified to the units, whose objection
 * period runs; published, when every grade is final.
 */
public enum CampaignState {
    DRAWN, NOTIFIED, PUBLISHED;

    public String labelKey() {
        return "quality.campaignState." + name();
    }
}
