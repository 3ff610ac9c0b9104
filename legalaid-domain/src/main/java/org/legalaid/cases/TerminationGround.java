package org.legalaid.cases;

/**
 * The statutory grounds on which a legal aid centre terminates aid (终止法律援助, LAL art. 48 para. 1,
 * items 1–8; docs/domain.md "Case lifecycle" 8). Each carries its consequences as data: whether it means
 * the client obtained aid by deceit, which under LAL art. 64 lets the justice bureau order the
 * client to pay the costs of aid actually incurred and impose a fine of up to ¥3,000.
 *
 * <p>Every termination, whatever its ground, is a written decision that the client may object to
 * before the justice bureau (art. 49), and in a criminal case the court, procuratorate or police are
 * told within 3 days.
 */
public enum TerminationGround {

    /** Art. 48(1): 受援人以欺骗或者其他不正当手段获得法律援助 — the only ground of art. 64. */
    DECEIT(1, true),

    /**
     * Art. 48(2): 受援人故意隐瞒与案件有关的重要事实或者提供虚假证据. Not by itself aid obtained by
     * deceit (art. 64 speaks of obtaining aid); when the concealment also obtained the aid, the
     * ground is {@link #DECEIT}.
     */
    CONCEALMENT_OR_FALSE_EVIDENCE(2, false),

    /** Art. 48(3): 受援人利用法律援助从事违法活动. */
    UNLAWFUL_USE(3, false),

    /** Art. 48(4): 受援人的经济状况发生变化，不再符合法律援助条件. */
    MEANS_CHANGED(4, false),

    /** Art. 48(5): 案件终止审理或者已经被撤销. */
    PROCEEDINGS_ENDED(5, false),

    /** Art. 48(6): 受援人自行委托律师或者其他代理人. */
    OWN_LAWYER(6, false),

    /** Art. 48(7): 受援人有正当理由要求终止法律援助. */
    CLIENT_REQUEST(7, false),

    /** Art. 48(8): 法律法规规定的其他情形 — the written reasons must name the provision. */
    OTHER_LAWFUL_GROUND(8, false);

    private final int item;
    private final boolean deceit;

    TerminationGround(int item, boolean deceit) {
        this.item = item;
        this.deceit = deceit;
    }

    /** The item of LAL art. 48 para. 1 (1–8). */
    public int item() {
        return item;
    }

    /**
     * Whether the ground means aid obtained by deceit: the costs of aid may be recovered and a fine
     * of up to ¥3,000 imposed by the justice bureau (LAL art. 64).
     */
    public boolean isDeceit() {
        return deceit;
    }

    /** Whether the costs of the aid may be recovered from the client (LAL art. 64). */
    public boolean allowsRecovery() {
        return deceit;
    }

    /** Whether the justice bureau may fine the client (LAL art. 64: up to ¥3,000). */
    public boolean allowsFine() {
        return deceit;
    }

    /** The citation as printed on the decision, e.g. {@code 第四十八条第一款第（一）项}. */
    public String citation() {
        String[] n = {"一", "二", "三", "四", "五", "六", "七", "八"};
        return "第四十八条第一款第（" + n[item - 1] + "）项";
    }

    public String labelKey() {
        return "terminationGround." + name();
    }
}
