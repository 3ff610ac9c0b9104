package org.legalaid.complaints;

/**
 * Why a complaint is not accepted (不予受理, order 149 art. 13–14): the pick list of the written
 * notice, which always carries the reasons as well (art. 15).
 */
public enum NonAcceptanceGround {
    /** 超过投诉期限: filed more than three years after the complainant knew of the matter (art. 8, 13). */
    OUT_OF_TIME,
    /** 不属于法律援助投诉事项: not about legal aid services (art. 13). */
    NOT_A_LEGAL_AID_MATTER,
    /** 没有明确的被投诉人或者具体事实: no identified respondent or facts (art. 13). */
    NO_RESPONDENT_OR_FACTS,
    /** 已处理完毕且无新的事实和理由: decided before, nothing new (art. 13). */
    ALREADY_DECIDED,
    /** 已由人民法院、纪检监察等机关处理: another body handles the matter (art. 13). */
    HANDLED_BY_OTHER_BODY,
    /** 不属于本机关管辖: another justice bureau is competent; the complainant is told which (art. 14). */
    NOT_COMPETENT,
    /** 属于异议事项: a refusal or termination of aid, for the objection procedure (art. 14, LAL art. 49). */
    OBJECTION_MATTER;

    public String labelKey() {
        return "nonAcceptanceGround." + name();
    }
}
