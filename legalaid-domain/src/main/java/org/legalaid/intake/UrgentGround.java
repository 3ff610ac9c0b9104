package org.legalaid.intake;

/**
 * Why aid starts before review is complete (先行提供法律援助, LAL art. 44): the formalities are
 * completed afterwards.
 */
public enum UrgentGround {
    /** 距法定时效或者期限届满不足七日: a limitation period or time limit ends in under 7 days (LAL art. 44(1)). */
    LIMITATION_ENDING,
    /** 需要立即申请财产保全、证据保全或者先予执行: preservation of property or evidence, or advance execution, is needed now (LAL art. 44(2)). */
    PRESERVATION_NEEDED,
    /** 法律、法规、规章规定的其他情形: another case the law provides for (LAL art. 44(3)). */
    OTHER_BY_LAW;

    public String labelKey() {
        return "urgentGround." + name();
    }
}
