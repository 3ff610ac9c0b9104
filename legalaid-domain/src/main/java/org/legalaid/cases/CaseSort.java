package org.legalaid.cases;

import java.io.Serializable;
import java.util.Objects;

/** The order of the case list: one allow-listed field, then the id in the same direction. */
public record CaseSort(CaseSortField field, boolean descending) implements Serializable {

    /** Newest assignments first: the list's default. */
    public static final CaseSort DEFAULT = new CaseSort(CaseSortField.ASSIGNED_ON, true);

    public CaseSort {
        Objects.requireNonNull(field, "field");
    }
}
