package org.legalaid.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The message places for the template ({@code #{messagePlaces.ignoredByGlobal}}): see {@link MessagePlace}. */
@Named
@ApplicationScoped
public class MessagePlaces {

    public String getIgnoredByGlobal() {
        return MessagePlace.ignoredByGlobal();
    }
}
