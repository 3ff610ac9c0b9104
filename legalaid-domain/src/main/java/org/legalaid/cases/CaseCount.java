package org.legalaid.cases;

import java.io.Serializable;

/**
 * How many cases a filter matches: exact when counting is cheap, otherwise the database's
 * estimate (shown as "约 …"), since an exact count of a million rows costs more than the page.
 */
public record CaseCount(long value, boolean estimated) implements Serializable {
}
