package org.legalaid.cases;

/** How a client asked about the progress of their case (LAL art. 46). */
public enum EnquiryChannel {
    /** 来访. */
    IN_PERSON,
    /** 电话. */
    PHONE,
    /** 网上. */
    ONLINE,
    /** 信函. */
    LETTER;

    public String labelKey() {
        return "enquiryChannel." + name();
    }
}
