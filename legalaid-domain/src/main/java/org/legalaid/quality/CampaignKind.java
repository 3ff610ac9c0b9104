package org.legalaid.quality;

/**
 * A sampling campaign (抽查评估, seed 004) or a peer evaluation cycle (同行评估, SF/T 0085-2020; seed 004
 * "坚持每季度至少开展一次同行评估活动"): the same machinery, the peer cycle drawing civil and
 * administrative cases only.
 */
public enum CampaignKind {
    SAMPLING, PEER;

    public String labelKey() {
        return "quality.campaignKind." + name();
    }
}
