package org.legalaid.web.api.lawyers;

import jakarta.inject.Inject;
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
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.LawyerFilter;
import org.legalaid.lawyers.LawyerStatus;
import org.legalaid.lawyers.Specialty;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.api.Problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.legalaid.web.api.lawyers.FirmResource.PROBLEM;

/**
 * The lawyers of the pool, read-only, for staff. Never the ID number, birth date or phone: a
 * lawyer is known to the API by licence number, name and firm.
 */
@Path("/lawyers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lawyers")
public class LawyerResource {

    @Inject
    private LawyerRegistryService registry;

    /**
     * A lawyer as the API shows it.
     *
     * @param id                    the lawyer's id
     * @param name                  name
     * @param kind                  LAWYER or LEGAL_SERVICE_WORKER
     * @param licenceNumber         执业证号
     * @param firmId                the firm's id
     * @param firmName              the firm's name
     * @param specialties           fields of practice
     * @param languages             languages besides Mandarin (ISO 639 codes; csl = Chinese Sign Language)
     * @param regions               districts served
     * @param status                ADMITTED, ACTIVE, SUSPENDED or EXITED
     * @param statusSince           since when
     * @param practiceYears         full years since the licence date, today
     * @param criminalPracticeYears full years of criminal practice, today (LAL art. 26)
     * @param juvenileExperience    has handled minors' cases
     * @param openCases             open legal aid cases
     * @param maxOpenCases          the most open cases the lawyer takes
     */
    @Schema(name = "Lawyer", description = "律师库中的律师（不含身份证号码）/ a lawyer of the pool (no ID number)")
    public record LawyerJson(long id, String name, String kind, String licenceNumber, long firmId, String firmName,
                             List<String> specialties, List<String> languages, List<String> regions, String status,
                             LocalDate statusSince, int practiceYears, int criminalPracticeYears, boolean juvenileExperience,
                             int openCases, int maxOpenCases) {
        static LawyerJson of(Lawyer l, String firmName, LocalDate today) {
            return new LawyerJson(l.getId(), l.getName(), l.getKind().name(), l.getLicenceNumber(), l.getFirmId(), firmName,
                    l.getSpecialties().stream().map(Enum::name).sorted().toList(), l.getLanguages().stream().sorted().toList(),
                    l.getRegions().stream().sorted().toList(), l.getStatus().name(), l.getStatusSince(), l.practiceYears(today),
                    l.criminalPracticeYears(today), l.isJuvenileExperience(), l.getOpenCases(), l.getMaxOpenCases());
        }
    }

    /**
     * A page of lawyers.
     *
     * @param total all lawyers matching the filter
     * @param page  this page's number, from 0
     * @param size  the page size used
     * @param items this page
     */
    @Schema(name = "LawyerPage")
    public record LawyerPage(long total, int page, int size, List<LawyerJson> items) {
    }

    @GET
    @Operation(summary = "Lawyers of the pools the caller sees", description = "按状态、服务区域、专业查询律师；size 最大 100。"
            + " Lawyers by status, district served and specialty; size at most 100.")
    @APIResponse(responseCode = "200", description = "a page of lawyers", content = @Content(schema = @Schema(implementation = LawyerPage.class)))
    @APIResponse(responseCode = "400", description = "参数无效 / an invalid parameter",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "未认证 / no or wrong HTTP Basic credentials",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public LawyerPage list(@QueryParam("text") String text, @QueryParam("firmId") Long firmId, @QueryParam("status") String status,
                           @QueryParam("region") String region, @QueryParam("specialty") String specialty,
                           @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        int s = FirmResource.pageSize(size);
        LawyerFilter filter = new LawyerFilter(text, firmId, FirmResource.parse(LawyerStatus.class, status),
                FirmResource.parse(Specialty.class, specialty), region);
        List<Lawyer> found = registry.findLawyers(filter, FirmResource.first(page, s), s);
        Map<Long, String> firms = registry.findFirmNames(found.stream().map(Lawyer::getFirmId).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        return new LawyerPage(registry.countLawyers(filter), page, s,
                found.stream().map(l -> LawyerJson.of(l, firms.get(l.getFirmId()), today)).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One lawyer (the read is audited)")
    @APIResponse(responseCode = "200", description = "the lawyer", content = @Content(schema = @Schema(implementation = LawyerJson.class)))
    @APIResponse(responseCode = "404", description = "不存在或不在可见范围 / not found, or outside the caller's pools",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public LawyerJson get(@PathParam("id") long id) {
        Lawyer l = registry.getLawyer(id);
        String firm = registry.findFirm(l.getFirmId()).map(f -> f.getName()).orElse(null);
        return LawyerJson.of(l, firm, LocalDate.now(ChinaTime.ZONE));
    }
}
