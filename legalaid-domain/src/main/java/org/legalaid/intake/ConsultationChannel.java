package org.legalaid.intake;

/**
 * How a consultation reached the centre (docs/domain.md "Case lifecycle" 1): at the window, through
 * the 12348 public legal service hotline, by letter, or online. Counted for statistics even when
 * no application follows.
 */
public enum ConsultationChannel {
    /** 窗口来访. */
    WINDOW,
    /** 12348 热线. */
    HOTLINE_12348,
    /** 来信. */
    LETTER,
    /** 网络. */
    ONLINE;

    public String labelKey() {
        return "consultationChannel." + name();
    }
}
