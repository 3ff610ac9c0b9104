package org.legalaid.intake;

/**
 * The materials an applicant hands in (LAL art. 41, 43; 2023 procedure rules 办理法律援助案件程序规定
 * art. 11–13), ticked on a checklist when the application is received, and named in the one
 * written list of missing materials (补正) when something is missing.
 */
public enum SupportingDocument {
    /** 身份证明: the applicant's identity document (and an agent's, when one acts for them). */
    IDENTITY,
    /** 经济困难证明: a certificate of economic hardship or the information-sharing result. */
    HARDSHIP_CERTIFICATE,
    /** 个人诚信承诺书: the personal integrity pledge in place of a certificate (LAL art. 41). */
    INTEGRITY_PLEDGE,
    /** 与所申请法律援助事项相关的材料: the materials of the matter itself (claims, contracts, notices). */
    MATTER_MATERIALS,
    /** 特殊群体证明: proof of a special category (残疾证, 低保证, 军人证件 …) relied on for an exemption. */
    CATEGORY_PROOF,
    /** 代理人身份及代理权限证明: an agent's identity and authority, when an agent applies. */
    AGENT_AUTHORITY;

    public String labelKey() {
        return "supportingDocument." + name();
    }
}
