package org.legalaid.cases;

/** How the court, procuratorate or police were told of a termination in a criminal case (LAL art. 48). */
public enum OrganNotice {
    /** 书面函告 by letter or by hand. */
    LETTER,
    /** 传真. */
    FAX,
    /** Through the organ's case system (政法协同平台 or the criminal-notice interface). */
    SYSTEM;

    public String labelKey() {
        return "organNotice." + name();
    }
}
