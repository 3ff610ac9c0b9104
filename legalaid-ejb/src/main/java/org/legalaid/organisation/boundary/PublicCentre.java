package org.legalaid.organisation.boundary;

import java.io.Serializable;

/**
 * A legal aid centre as the public may know it: its name, for a citizen who addresses it on a public
 * form (the complaints form, MoJ order 149 art. 9).
 *
 * @param id         the unit's id
 * @param name       its name
 * @param cityCentre whether it is a city centre (the unit a public submission goes to by default),
 *                   not a district centre
 */
public record PublicCentre(long id, String name, boolean cityCentre) implements Serializable {
}
