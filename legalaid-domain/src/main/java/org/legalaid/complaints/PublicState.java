package org.legalaid.complaints;

/**
 * What a complainant may learn of their complaint without signing in (MoJ order 149 art. 9, 15, 24):
 * where it stands in the procedure, never who investigates or what was found in the investigation.
 */
public enum PublicState {
    /** 已收到，待受理 (art. 15: decided within 5 working days). */
    RECEIVED,
    /** 待补充材料: the one notice of what is missing, with its deadline (art. 12). */
    AWAITING_MATERIALS,
    /** 已受理，正在调查 (including a suspension while a court or discipline body handles it, art. 21). */
    ACCEPTED,
    /** 不予受理, with the ground and the written reasons (art. 15). */
    NOT_ACCEPTED,
    /** 已作出处理决定 (art. 22, 24). */
    DECIDED,
    /** 已与同一事项的投诉合并处理 (art. 23). */
    MERGED,
    /** 已撤回 (art. 21). */
    WITHDRAWN,
    /** 视为放弃投诉 (art. 12). */
    ABANDONED;

    /** The public face of a procedural status. */
    public static PublicState of(ComplaintStatus status) {
        return switch (status) {
            case RECEIVED -> RECEIVED;
            case AWAITING_MATERIALS -> AWAITING_MATERIALS;
            case INVESTIGATING, SUSPENDED -> ACCEPTED;
            case NOT_ACCEPTED -> NOT_ACCEPTED;
            case DECIDED, DELIVERED, CLOSED -> DECIDED;
            case MERGED -> MERGED;
            case WITHDRAWN -> WITHDRAWN;
            case ABANDONED -> ABANDONED;
        };
    }

    public String labelKey() {
        return "publicState." + name();
    }
}
