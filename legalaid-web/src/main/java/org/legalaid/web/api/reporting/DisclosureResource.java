package org.legalaid.web.api.reporting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.legalaid.reporting.Publication;
import org.legalaid.reporting.SmallCounts;
import org.legalaid.reporting.boundary.DisclosureService;
import org.legalaid.web.reporting.DisclosureTexts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The published figures of 援务公开 (LAL art. 58; issue 17), read-only and open to anyone without
 * credentials: the same data as the public page {@code /public/disclosure}, as JSON or CSV, each count
 * through the small-count rule ("&lt;5"). Cacheable, with an entity tag that changes only when a
 * period is published.
 */
@Path("/public/disclosure")
@Tag(name = "public", description = "援务公开 / public disclosure (no sign-in)")
public class DisclosureResource {

    @Inject
    private DisclosureService disclosure;

    @jakarta.ws.rs.core.Context
    private Request request;

    /** A published period; counts as strings, since a small one is shown as "&lt;5". */
    public record PublishedPeriod(String period, String name, LocalDate start, LocalDate end, OffsetDateTime publishedAt,
                                  Map<String, String> figures) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "The published periods of 援务公开, newest first (format=csv for CSV); counts below the threshold as \"<5\"")
    public Response published(@QueryParam("format") String format) {
        return "csv".equalsIgnoreCase(format) ? csv() : json();
    }

    @GET
    @Path("/csv")
    @Produces("text/csv")
    @Operation(summary = "The published periods of 援务公开 as CSV (UTF-8 with BOM): period, name, figure, label, count")
    public Response csv() {
        List<Publication> all = disclosure.findPublished();
        SmallCounts rule = disclosure.smallCounts();
        return cached(all, rule, () -> Response.ok(DisclosureTexts.csv(all, rule), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"disclosure.csv\""));
    }

    private Response json() {
        List<Publication> all = disclosure.findPublished();
        SmallCounts rule = disclosure.smallCounts();
        return cached(all, rule, () -> Response.ok(all.stream().map(p -> new PublishedPeriod(p.period().code(),
                p.period().chineseName(), p.period().start(), p.period().end(), p.getPublishedAt(),
                DisclosureTexts.shown(p.figures(), rule))).toList(), MediaType.APPLICATION_JSON_TYPE));
    }

    private Response cached(List<Publication> all, SmallCounts rule, java.util.function.Supplier<Response.ResponseBuilder> body) {
        String tag = DisclosureTexts.etag(all, rule);
        EntityTag etag = new EntityTag(tag.substring(1, tag.length() - 1));
        CacheControl cc = new CacheControl();
        cc.setPrivate(false);
        cc.setMaxAge(300);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.cacheControl(cc).build();
        }
        return body.get().tag(etag).cacheControl(cc).build();
    }
}
