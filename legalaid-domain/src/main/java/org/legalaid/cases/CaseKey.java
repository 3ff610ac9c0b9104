package org.legalaid.cases;

import java.io.Serializable;

/** A position in the sorted case list: the sort key's value and the id (keyset paging). */
public record CaseKey(Serializable sortValue, long id) implements Serializable {
}
