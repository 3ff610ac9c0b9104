package org.legalaid.organisation.boundary;

import java.io.Serializable;

/**
 * Whom an official document is issued by, as the other contexts' documents print it.
 *
 * @param unit   the issuing unit's name (a legal aid centre)
 * @param bureau the name of the justice bureau above it, which takes objections (LAL art. 49);
 *               {@code null} when the unit stands under no bureau
 */
public record Letterhead(String unit, String bureau) implements Serializable {

    /** The bureau's name, or {@code fallback} when the unit stands under none. */
    public String bureauOr(String fallback) {
        return bureau == null ? fallback : bureau;
    }
}
