package org.legalaid.web.api.lawyers;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.legalaid.lawyers.FirmFilter;
import org.legalaid.lawyers.FirmKind;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import org.legalaid.web.api.Problem;

import java.util.List;

/**
 * The law firms of the lawyer pool, read-only, for staff (e.g. the bureau's reporting tools). The
 * registered bank account is never shown here: it matters only to payments.
 */
@Path("/firms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lawyers", description = "律师库（只读）/ the lawyer pool (read-only)")
public class FirmResource {

    static final String PROBLEM = "application/problem+json";
    /** The largest page the API returns; a larger size is cut to it. */
    static final int MAX_SIZE = 100;

    @Inject
    private LawyerRegistryService registry;

    /**
     * A firm as the API shows it (no bank account).
     *
     * @param id            the firm's id
     * @param name          its name
     * @param kind          LAW_FIRM or LEGAL_SERVICE_OFFICE
     * @param creditCode    统一社会信用代码
     * @param regionCode    the district (administrative division code)
     * @param address       its address
     * @param contactPerson the contact person
     * @param contactPhone  the contact phone
     */
    @Schema(name = "LawFirm", description = "律师事务所或基层法律服务所（不含银行账户）/ a law firm or legal service office (no bank account)")
    public record FirmJson(long id, String name, String kind, String creditCode, String regionCode, String address,
                           String contactPerson, String contactPhone) {
        static FirmJson of(LawFirm f) {
            return new FirmJson(f.getId(), f.getName(), f.getKind().name(), f.getCreditCode(), f.getRegionCode(), f.getAddress(),
                    f.getContactPerson(), f.getContactPhone());
        }
    }

    /**
     * A page of firms.
     *
     * @param total all firms matching the filter
     * @param page  this page's number, from 0
     * @param size  the page size used
     * @param items this page
     */
    @Schema(name = "LawFirmPage")
    public record FirmPage(long total, int page, int size, List<FirmJson> items) {
    }

    @GET
    @Operation(summary = "Firms of the pools the caller sees", description = "按名称（或统一社会信用代码）、区域、类型查询律所；"
            + "size 最大 100。 Firms by name (or credit code), district and kind; size at most 100.")
    @APIResponse(responseCode = "200", description = "a page of firms", content = @Content(schema = @Schema(implementation = FirmPage.class)))
    @APIResponse(responseCode = "400", description = "参数无效 / an invalid parameter",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "未认证 / no or wrong HTTP Basic credentials",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public FirmPage list(@QueryParam("text") String text, @QueryParam("region") String region, @QueryParam("kind") String kind,
                         @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        int s = pageSize(size);
        FirmFilter filter = new FirmFilter(text, region, parse(FirmKind.class, kind));
        return new FirmPage(registry.countFirms(filter), page, s,
                registry.findFirms(filter, first(page, s), s).stream().map(FirmJson::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One firm")
    @APIResponse(responseCode = "200", description = "the firm", content = @Content(schema = @Schema(implementation = FirmJson.class)))
    @APIResponse(responseCode = "404", description = "不存在或不在可见范围 / not found, or outside the caller's pools",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public FirmJson get(@PathParam("id") long id) {
        return FirmJson.of(registry.getFirm(id));
    }

    static int pageSize(int size) {
        if (size < 1) {
            throw new BadRequestException();
        }
        return Math.min(size, MAX_SIZE);
    }

    static int first(int page, int size) {
        if (page < 0 || (long) page * size > Integer.MAX_VALUE) {
            throw new BadRequestException();
        }
        return page * size;
    }

    /** The constant named {@code value}, null for none; 400 for a name that is not one. */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException();
        }
    }
}
