package org.legalaid.web.i18n;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Places on a page where the outcome of an act is shown beside the button that started it rather than
 * at the top of the page (issue 18: "messages about an upload or an archive refusal appear at the top
 * of the page while the user is scrolled down at the button"). A message added for a place
 * ({@link Actions#attemptAt}, {@link Messages#addErrorAt}) carries the place's {@link #key()} as its
 * client id; the page shows it with {@code <p:messages for="place-…" forType="key"/>} next to the
 * button, and the template's global messages leave it out ({@link #ignoredByGlobal()}, its
 * {@code forIgnores}). Everything else still goes to the global messages, to which the page scrolls
 * (legalaid.js).
 */
public enum MessagePlace {
    /** The closing review's table and its button (case page). */
    CLOSING_REVIEW,
    /** The archive button (case page). */
    CLOSING_ARCHIVE,
    /** The upload of a case-file document (case page). */
    CLOSING_UPLOAD;

    /** The key the messages of this place carry as their client id. */
    public String key() {
        return "place-" + name();
    }

    /** Every place's key, space-separated: what the template's global messages ignore. */
    public static String ignoredByGlobal() {
        return Arrays.stream(values()).map(MessagePlace::key).collect(Collectors.joining(" "));
    }
}
