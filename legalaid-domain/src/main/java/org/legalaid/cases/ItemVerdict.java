package org.legalaid.cases;

/** The centre's finding on one item of a closing file in the review (docs/domain.md 9). */
public enum ItemVerdict {
    /** 合格: present and in order. */
    ACCEPTED("合格"),
    /** 缺失: not in the file. */
    MISSING("缺失"),
    /** 不合格: present but defective (unsigned, wrong version, illegible …); the note says what. */
    DEFECTIVE("不合格");

    private final String mark;

    ItemVerdict(String mark) {
        this.mark = mark;
    }

    /** The finding as written on the review form (审查意见), whatever the screen's language. */
    public String mark() {
        return mark;
    }

    public String labelKey() {
        return "itemVerdict." + name();
    }
}
