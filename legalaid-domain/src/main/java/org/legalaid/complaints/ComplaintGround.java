package org.legalaid.complaints;

/**
 * What the complaint is about: the list of order 149 art. 7 (a legal aid organ, firm or their
 * people failing their duties). A refusal or a termination of aid is not a complaint ground: the
 * applicant objects to it (LAL art. 49, {@link ObjectionRoute}).
 */
public enum ComplaintGround {
    /** 未依法履行法律援助职责. */
    FAILED_DUTIES,
    /** 无正当理由拒绝、拖延提供法律援助服务. */
    REFUSED_OR_DELAYED_SERVICE,
    /** 擅自终止提供法律援助服务. */
    UNAUTHORISED_TERMINATION,
    /** 法律援助服务质量不达标. */
    SUBSTANDARD_SERVICE,
    /** 未及时向受援人通报案件办理情况. */
    NO_PROGRESS_REPORTS,
    /** 向受援人收取财物 (有偿办案, LAL art. 20): an upheld finding raises funding's client-payment flag. */
    TOOK_CLIENT_PROPERTY,
    /** 泄露国家秘密、商业秘密或者个人隐私. */
    LEAKED_SECRETS,
    /** 其他违法违规行为. */
    OTHER;

    public String labelKey() {
        return "complaintGround." + name();
    }
}
