package org.legalaid.complaints;

/** Whom the complaint is against (order 149 art. 7), picked from the organisation and lawyer registries. */
public enum RespondentType {
    /** 法律援助机构: a centre (a unit of the organisation tree, by id). */
    CENTRE,
    /** 法律援助机构工作人员: a staff member (an account, by user name). */
    STAFF,
    /** 律师事务所、基层法律服务所 (the lawyer registry's firm, by id). */
    FIRM,
    /** 律师、基层法律服务工作者 (the lawyer registry's lawyer, by id). */
    LAWYER;

    public String labelKey() {
        return "respondentType." + name();
    }
}
