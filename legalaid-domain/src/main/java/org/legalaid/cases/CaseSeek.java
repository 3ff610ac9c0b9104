package org.legalaid.cases;

/** Where a page of the case list starts relative to a {@link CaseKey} (keyset paging). */
public enum CaseSeek {
    /** The first page (no key). */
    FIRST,
    /** The rows after the key: the next page. */
    AFTER,
    /** The rows before the key: the previous page. */
    BEFORE,
    /** The rows from the key on, the key's own row included. */
    FROM
}
