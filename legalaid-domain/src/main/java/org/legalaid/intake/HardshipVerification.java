package org.legalaid.intake;

/**
 * How the applicant's economic hardship was established (LAL art. 41): by a certificate, by an
 * information-sharing query the centre ran, or by the applicant's personal integrity pledge
 * (个人诚信承诺) in place of a certificate — or not at all because the applicant is exempt
 * (LAL art. 32, 42).
 */
public enum HardshipVerification {
    /** 经济困难证明. */
    CERTIFICATE,
    /** 信息共享查询核实. */
    INFORMATION_SHARING,
    /** 个人诚信承诺 (LAL art. 41). */
    INTEGRITY_PLEDGE,
    /** 免予经济困难审查 (LAL art. 32, 42). */
    EXEMPT;

    public String labelKey() {
        return "hardshipVerification." + name();
    }
}
