package org.legalaid.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns the central case list may be sorted by: an allow-list. Each maps to one fixed,
 * non-null column of {@code legal_case} (so that a page can seek on (key, id)); a name from a
 * request that is not listed here is refused, never put into a query.
 */
public enum CaseSortField {
    ASSIGNED_ON("assignedOn"),
    APPLIED_ON("appliedOn"),
    CASE_NUMBER("caseNumber"),
    CLIENT_NAME("clientName");

    private final String param;

    CaseSortField(String param) {
        this.param = param;
    }

    /** The name used in requests and on the page's columns. */
    public String param() {
        return param;
    }

    /** The field named {@code param} in a request; empty for anything not on the list. */
    public static Optional<CaseSortField> fromParam(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst();
    }
}
