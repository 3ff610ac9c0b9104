package org.legalaid.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem document.
 *
 * @param type     always about:blank: the status says what kind of problem it is
 * @param title    the status in words
 * @param status   the HTTP status
 * @param detail   the reason, in the caller's language
 * @param errors   per-field reasons for invalid input, or null
 */
public record Problem(String type, String title, int status, String detail, List<String> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
