package org.legalaid.organisation;

/**
 * The kinds of numbered document a legal aid organ issues; each unit numbers each kind in its
 * own series per year (文号 {@code 青北法援决〔2026〕12号}: the organ's abbreviation and the kind's
 * code, the year in 〔〕, the running number). The label comes from the message bundle under
 * {@code documentKind.<NAME>}.
 */
public enum DocumentKind {
    /** 给予法律援助决定书 (LAL art. 43). */
    GRANT_DECISION("法援决"),
    /** 不予法律援助决定书 (LAL art. 43, with the reasons and the right to object, art. 49). */
    REFUSAL_DECISION("法援不决"),
    /** 指派通知书 to the law firm or legal aid worker (LAL art. 44). */
    ASSIGNMENT_NOTICE("法援指"),
    /** 法律援助公函 to a court, procuratorate or public security organ. */
    AID_LETTER("法援函"),
    /** 终止法律援助决定书 / 通知书 (LAL art. 48). */
    TERMINATION_NOTICE("法援终"),
    /** The justice bureau's decision on an objection (LAL art. 49). */
    OBJECTION_DECISION("法援异决"),
    /** The case number 案号 of a legal aid case, numbered when its first lawyer is assigned. */
    CASE_FILE("法援案"),
    /** 不予受理投诉告知书 with the ground and the reasons (MoJ order 149 art. 15). */
    COMPLAINT_NON_ACCEPTANCE("投不受"),
    /** 投诉处理决定书 to both parties (MoJ order 149 art. 22, 24). */
    COMPLAINT_DECISION("投决");

    private final String defaultCode;

    DocumentKind(String defaultCode) {
        this.defaultCode = defaultCode;
    }

    /** The kind's part of a prefix when the administrator has set none, e.g. {@code 法援决}. */
    public String defaultCode() {
        return defaultCode;
    }

    /**
     * The prefix a unit's series starts with until the administrator sets the organ's own
     * abbreviation: the unit's code and the kind's code, e.g. {@code SHIBEI法援决}.
     */
    public String defaultPrefix(String unitCode) {
        return unitCode + defaultCode;
    }

    public String labelKey() {
        return "documentKind." + name();
    }
}
