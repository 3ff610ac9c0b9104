package org.legalaid.shared;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist, or the caller may not see it. The two are deliberately the same:
 * a user outside a unit must not learn that the unit's records exist.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
