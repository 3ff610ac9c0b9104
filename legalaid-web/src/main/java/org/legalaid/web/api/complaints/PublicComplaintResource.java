package org.legalaid.web.api.complaints;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.legalaid.complaints.PublicComplaintForm;
import org.legalaid.complaints.boundary.PublicComplaintService;
import org.legalaid.complaints.boundary.PublicComplaintState;
import org.legalaid.web.api.Problem;
import org.legalaid.web.complaints.PublicLimits;
import org.legalaid.web.i18n.Messages;
import org.legalaid.web.security.Problems;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The public online complaint (MoJ order 149 art. 9, 网上投诉) as an API, for the city's public legal
 * service platform or any client: no sign-in ({@code ApiAuthenticationFilter} opens exactly these
 * paths), the same validation as the public page ({@link PublicComplaintForm}, checked again by the
 * boundary) and the same per-address limits ({@link PublicLimits}: 429 beyond them). The honeypot is
 * the HTML form's only: an API client is a program by design.
 */
@Path("/public/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "public complaints", description = "网上投诉（无需登录）/ online complaints (no sign-in)")
@SecurityRequirements
public class PublicComplaintResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    private PublicComplaintService complaints;

    @Inject
    private PublicLimits limits;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    /**
     * The receipt: the number to keep, shown once.
     *
     * @param receipt    the receipt number (TS-XXXX-XXXX-C)
     * @param receivedAt when it was received (China Standard Time)
     * @param centre     the legal aid centre that handles it
     */
    @Schema(name = "ComplaintReceipt", description = "投诉回执 / the receipt of a complaint")
    public record ReceiptJson(String receipt, LocalDateTime receivedAt, String centre) {
    }

    /**
     * Where a complaint stands (see {@link PublicComplaintState}).
     *
     * @param state RECEIVED, AWAITING_MATERIALS, ACCEPTED, NOT_ACCEPTED, DECIDED, MERGED, WITHDRAWN or ABANDONED
     * @param stateText the state in the caller's language
     */
    @Schema(name = "ComplaintState", description = "投诉办理状态 / where a complaint stands")
    public record StateJson(String receipt, String state, String stateText, LocalDateTime receivedAt, LocalDateTime acceptedAt,
                            String materialsRequest, LocalDate materialsDueOn, String nonAcceptanceGround, String reasons,
                            String outcome, LocalDateTime decidedAt, String centre) {
        static StateJson of(PublicComplaintState s, Locale locale) {
            return new StateJson(s.receipt(), s.state().name(), Messages.text(locale, s.state().labelKey()), s.receivedAt(),
                    s.acceptedAt(), s.materialsRequest(), s.materialsDueOn(),
                    s.nonAcceptance() == null ? null : Messages.text(locale, s.nonAcceptance().labelKey()), s.reasons(),
                    s.outcome() == null ? null : Messages.text(locale, s.outcome().labelKey()), s.decidedAt(), s.unitName());
        }
    }

    private Locale locale() {
        return Problems.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private Response tooMany(String key) {
        Locale locale = locale();
        return Response.fromResponse(new Problem("about:blank", Messages.text(locale, "api.status.429"), 429,
                        Messages.text(locale, key, limits.windowMinutes()), null).toResponse())
                .header("Retry-After", String.valueOf(limits.windowMinutes() * 60)).build();
    }

    @POST
    @Operation(summary = "File a complaint (no sign-in)", description = """
            网上投诉（《法律援助投诉处理办法》第九条）：无需登录。投诉进入所选法律援助中心（unitId 省略时为市法律援助中心）\
            的登记簿，状态为"待受理"，5个工作日受理期限开始计算（第十五条）。返回的回执号请妥善保存，凭回执号和手机号后四位查询办理状态。\
            每个地址每10分钟最多提交5件，超过时返回429。
            Files a complaint with the channel ONLINE in the chosen centre (the city centre when unitId is omitted); it \
            waits for acceptance (5 working days, art. 15). Keep the receipt number: with it and the last four digits of \
            the phone the state can be asked. Fields: complainantName (≤50, no < >), complainantPhone (mobile or landline \
            with area code), complainantAddress (≤200), respondentType (CENTRE, STAFF, FIRM, LAWYER), respondentName (≤50), \
            caseNumber (optional, ≤60), ground (FAILED_DUTIES, REFUSED_OR_DELAYED_SERVICE, UNAUTHORISED_TERMINATION, \
            SUBSTANDARD_SERVICE, NO_PROGRESS_REPORTS, TOOK_CLIENT_PROPERTY, LEAKED_SECRETS, OTHER — art. 7), facts \
            (≤5000, stored as text), knewOn (the day the complainant knew, not in the future), unitId (optional). \
            At most 5 per address in 10 minutes, then 429.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PublicComplaintForm.class)))
    @APIResponse(responseCode = "201", description = "已收到 / received",
            content = @Content(schema = @Schema(implementation = ReceiptJson.class)))
    @APIResponse(responseCode = "400", description = "字段缺失、超长或格式错误 / missing, too long or malformed fields",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "所选机构不存在 / the chosen centre is not on the list",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "提交过于频繁 / too many complaints from this address",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response submit(PublicComplaintForm body, @Context UriInfo uri) {
        if (!limits.admit(PublicLimits.Kind.COMPLAINT, request)) {
            return tooMany("complaints.public.tooMany");
        }
        PublicComplaintService.Receipt r = complaints.submit(body);
        return Response.created(uri.getAbsolutePathBuilder().path(r.receipt()).build())
                .entity(new ReceiptJson(r.receipt(), r.receivedAt(), r.unitName())).build();
    }

    @GET
    @Path("/{receipt}")
    @Operation(summary = "Where a complaint stands (no sign-in)", description = """
            凭回执号和投诉时所留电话号码的后四位查询办理状态：待受理、待补充材料、已受理（调查中）、不予受理（附理由）、已作出处理决定等。\
            回执号或后四位不符时一律返回404。每个地址每10分钟最多查询30次。
            The state of a complaint, for whoever knows its receipt number and the last four digits of the phone given \
            with it; a wrong number or wrong digits answer 404 alike. At most 30 look-ups per address in 10 minutes.""")
    @APIResponse(responseCode = "200", description = "the state", content = @Content(schema = @Schema(implementation = StateJson.class)))
    @APIResponse(responseCode = "404", description = "回执号或电话后四位不符 / no such receipt number with these digits",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "查询过于频繁 / too many look-ups from this address",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response state(@PathParam("receipt") String receipt,
                          @Parameter(description = "投诉时所留电话号码的后四位 / the phone's last four digits", required = true)
                          @QueryParam("phoneLast4") String phoneLast4) {
        if (!limits.admit(PublicLimits.Kind.LOOKUP, request)) {
            return tooMany("complaints.public.tooManyLookups");
        }
        return complaints.findState(cut(receipt), cut(phoneLast4))
                .map(s -> Response.ok(StateJson.of(s, locale())).build())
                .orElseGet(() -> new Problem("about:blank", Messages.text(locale(), "api.status.404"), 404,
                        Messages.text(locale(), "complaints.public.notFound"), null).toResponse());
    }

    private static String cut(String s) {
        return s == null || s.length() <= 40 ? s : s.substring(0, 40);
    }
}
