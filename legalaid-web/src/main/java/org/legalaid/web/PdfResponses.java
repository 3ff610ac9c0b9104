package org.legalaid.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * What the servlets that serve official documents as PDF share: reading the record's id from the
 * request (anything else is answered as a missing page, like a record the user may not see) and
 * writing the document inline, named after its title, never cached.
 */
public final class PdfResponses {

    private PdfResponses() {
    }

    /** The {@code id} parameter, or empty when it is missing or not a number. */
    public static OptionalLong id(HttpServletRequest request) {
        try {
            return OptionalLong.of(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Writes {@code pdf} as {@code <title>-<id>.pdf}, shown in the browser, not kept in any cache. */
    public static void write(HttpServletResponse response, byte[] pdf, String title, long id) throws IOException {
        String file = title + "-" + id + ".pdf";
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /**
     * The headers of an uploaded attachment sent back (a case's document, a complaint record's file):
     * the type found in its content at upload, never guessed otherwise ({@code nosniff}), shown inline
     * under the name it was given, never cached.
     */
    public static void attachmentHeaders(HttpServletResponse response, String mediaType, String fileName, long size) {
        response.setContentType(mediaType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLengthLong(size);
    }
}
