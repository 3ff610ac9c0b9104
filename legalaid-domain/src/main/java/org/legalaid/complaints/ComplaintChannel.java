package org.legalaid.complaints;

/**
 * How a complaint came in (order 149 art. 9: in writing or orally; a custody facility forwards the
 * complaint of a person it holds). An oral complaint is written down by the handler and confirmed by
 * the complainant before it is decided on ({@link #isOral}).
 */
public enum ComplaintChannel {
    /** 窗口: at the centre's or bureau's window, in person. */
    WINDOW(true),
    /** 12348 热线: by the public legal service hotline. */
    HOTLINE_12348(true),
    /** 信函: by letter. */
    LETTER(false),
    /** 网上投诉: the public online form, no sign-in. */
    ONLINE(false),
    /** 监管场所转交: forwarded by a detention centre or prison for a person it holds (art. 9). */
    CUSTODY_FORWARD(false);

    private final boolean oral;

    ComplaintChannel(boolean oral) {
        this.oral = oral;
    }

    /** Whether the complaint is made orally and must be written down and confirmed (art. 9). */
    public boolean isOral() {
        return oral;
    }

    public String labelKey() {
        return "complaintChannel." + name();
    }
}
