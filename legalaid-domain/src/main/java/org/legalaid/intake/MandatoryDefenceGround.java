package org.legalaid.intake;

/**
 * Why a court, procuratorate or police notifies the legal aid centre to assign a defence lawyer
 * to a suspect or defendant who has none (通知辩护). The grounds of LAL art. 25 para. 1 make the
 * notice mandatory ("应当通知"); art. 25 para. 2 lets a court notify in any other case tried under
 * the ordinary procedure; art. 28 adds the respondents of compulsory medical treatment. The
 * centre assigns within 3 days of the notice (LAL art. 36).
 */
public enum MandatoryDefenceGround {

    /** 未成年人 (LAL art. 25 para. 1(1)). */
    MINOR("intake.defenceGround.basis.lal25.1"),
    /** 视力、听力、言语残疾人 (LAL art. 25 para. 1(2)). */
    BLIND_DEAF_MUTE("intake.defenceGround.basis.lal25.2"),
    /**
     * 不能完全辨认自己行为的成年人 (LAL art. 25 para. 1(3)); the Criminal Procedure Law (art. 35)
     * words it as 尚未完全丧失辨认或者控制自己行为能力的精神病人.
     */
    IMPAIRED_UNDERSTANDING("intake.defenceGround.basis.lal25.3"),
    /** 可能被判处无期徒刑、死刑的人 (LAL art. 25 para. 1(4)); needs a senior lawyer (art. 26). */
    LIFE_OR_DEATH("intake.defenceGround.basis.lal25.4"),
    /** 申请法律援助的死刑复核案件被告人 (LAL art. 25 para. 1(5)); needs a senior lawyer (art. 26). */
    DEATH_PENALTY_REVIEW("intake.defenceGround.basis.lal25.5"),
    /** 缺席审判案件的被告人 (LAL art. 25 para. 1(6)): only a court trying a case in absentia notifies. */
    TRIAL_IN_ABSENTIA("intake.defenceGround.basis.lal25.6"),
    /** 法律法规规定的其他人员 (LAL art. 25 para. 1(7)). */
    OTHER_BY_LAW("intake.defenceGround.basis.lal25.7"),
    /**
     * 强制医疗案件的被申请人或者被告人 (LAL art. 28): the court notifies the centre to assign a
     * lawyer as agent (诉讼代理人), on the same 3-day terms (art. 36).
     */
    COMPULSORY_MEDICAL_TREATMENT("intake.defenceGround.basis.lal28"),
    /**
     * 其他适用普通程序审理的刑事案件 (LAL art. 25 para. 2): not a mandatory ground — a court
     * trying any other case under the ordinary procedure may notify "according to the actual
     * situation". It therefore stands alone: with a mandatory ground, the notice is mandatory.
     */
    COURT_DISCRETION("intake.defenceGround.basis.lal25.para2");

    private final String basisKey;

    MandatoryDefenceGround(String basisKey) {
        this.basisKey = basisKey;
    }

    /**
     * Whether the defendant needs a lawyer with 3 or more years of relevant (criminal defence)
     * practice: those who may be sentenced to life imprisonment or death, and defendants in
     * death-penalty review (LAL art. 26).
     */
    public boolean needsSeniorCriminalLawyer() {
        return this == LIFE_OR_DEATH || this == DEATH_PENALTY_REVIEW;
    }

    /**
     * Whether the case needs a lawyer who knows minors' cases: the centre assigns lawyers familiar
     * with minors' physical and mental characteristics (Law on the Protection of Minors art. 104;
     * docs/domain.md "Case lifecycle" 7).
     */
    public boolean needsJuvenileExperience() {
        return this == MINOR;
    }

    /** Whether the law obliges the organ to notify (all but {@link #COURT_DISCRETION}). */
    public boolean isMandatory() {
        return this != COURT_DISCRETION;
    }

    /** Message bundle key of the label, {@code defenceGround.<NAME>}. */
    public String labelKey() {
        return "defenceGround." + name();
    }

    /** Message bundle key of the legal basis, for the screen and the documents. */
    public String basisKey() {
        return basisKey;
    }
}
