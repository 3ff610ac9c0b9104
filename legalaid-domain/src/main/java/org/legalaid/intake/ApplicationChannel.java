package org.legalaid.intake;

/**
 * How an application reached the centre (docs/domain.md "Case lifecycle" 2–3).
 */
public enum ApplicationChannel {
    /** 中心窗口: in person at the legal aid centre. */
    CENTRE_WINDOW,
    /** 工作站: at a workstation (法律援助工作站) in a street office, court or union. */
    WORKSTATION,
    /** 律师事务所: handed in through a law firm that passes it on. */
    LAW_FIRM,
    /** 网上申请: online. */
    ONLINE,
    /**
     * 羁押场所转交: a person in custody applied through the detention facility, the case-handling
     * organ or the duty lawyer, who must forward it within 24 hours (LAL art. 39).
     */
    CUSTODY_FORWARD;

    public String labelKey() {
        return "applicationChannel." + name();
    }
}
