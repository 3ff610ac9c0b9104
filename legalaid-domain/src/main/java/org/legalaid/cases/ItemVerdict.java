package org.legalaid.cases;

/** The centre's finding on one item of a closing file in the review (DOMAIN.md 9). */
public enum ItemVerdict {
    /** 合格: present and in order. */
    ACCEPTED,
    /** 缺失: not in the file. */
    MISSING,
    /** 不合格: present but defective (unsigned, wrong version, illegible …); the note says what. */
    DEFECTIVE;

    public String labelKey() {
        return "itemVerdict." + name();
    }
}
