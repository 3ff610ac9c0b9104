package org.legalaid.complaints;

/** Where a complaint stands in order 149's procedure. */
public enum ComplaintStatus {
    /** 待受理: received; the acceptance decision is due within 5 working days (art. 15). */
    RECEIVED(true),
    /** 待补充材料: the one notice of missing information went out; the acceptance clock stands (art. 12). */
    AWAITING_MATERIALS(true),
    /** 调查中: accepted, investigated; the decision is due within 60 (+30) days (art. 16–23). */
    INVESTIGATING(true),
    /** 中止: a court or discipline body handles the matter; the decision clock stands (art. 21). */
    SUSPENDED(true),
    /** 已决定: decided; the written decision goes to both parties within 5 working days (art. 24). */
    DECIDED(true),
    /** 已送达: delivered; the follow-up checks that it was carried out (art. 26). */
    DELIVERED(true),
    /** 已办结: followed up and closed. */
    CLOSED(false),
    /** 不予受理 (art. 13–15). */
    NOT_ACCEPTED(false),
    /** 视为放弃投诉: no answer to the notice of missing information by its deadline (art. 12). */
    ABANDONED(false),
    /** 终止: withdrawn by the complainant (art. 21). */
    WITHDRAWN(false),
    /** 已合并: a repeat complaint merged into an accepted one on the same matter (art. 23). */
    MERGED(false);

    private final boolean open;

    ComplaintStatus(boolean open) {
        this.open = open;
    }

    public boolean isOpen() {
        return open;
    }

    public String labelKey() {
        return "complaintStatus." + name();
    }
}
