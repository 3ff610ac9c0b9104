package org.legalaid.web.api.intake;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.legalaid.intake.Application;
import org.legalaid.intake.ApplicationChannel;
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.NewApplication;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.web.api.Problem;

import java.time.LocalDateTime;

/**
 * Online applications (网上申请, docs/domain.md "Case lifecycle" 2) from the online legal service
 * platform, which signs in with HTTP Basic as an account with the role {@code online_portal}
 * belonging to one legal aid centre: every application it forwards is received by that centre.
 * Staff read an application's state here too.
 */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "applications", description = "法律援助申请（网上申请）/ legal aid applications (online)")
public class ApplicationResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    private ApplicationService applications;

    /**
     * What the platform sends: the person and the application.
     */
    @Schema(name = "OnlineApplication", description = "网上申请：申请人及申请事项 / an online application: the person and the matter")
    public static class OnlineApplication {
        private NewApplicant applicant;
        private NewApplication application;

        public NewApplicant getApplicant() {
            return applicant;
        }

        public void setApplicant(NewApplicant applicant) {
            this.applicant = applicant;
        }

        public NewApplication getApplication() {
            return application;
        }

        public void setApplication(NewApplication application) {
            this.application = application;
        }
    }

    /**
     * An application as the API shows it.
     *
     * @param id          the application's id
     * @param unitId      the receiving centre
     * @param status      SUBMITTED, ACCEPTED, AWAITING_MATERIALS, PENDING_APPROVAL, GRANTED, REFUSED,
     *                    OBJECTION_PENDING, REFUSAL_UPHELD or DEEMED_WITHDRAWN
     * @param channel     how it came in
     * @param receivedAt  when the centre received it (China Standard Time)
     * @param decideBy    the end of the 7 days the centre has to decide (LAL art. 43), while that clock runs
     * @param decisionNumber the decision's document number, once decided
     */
    @Schema(name = "Application", description = "法律援助申请 / a legal aid application")
    public record ApplicationJson(long id, long unitId, String status, String channel, LocalDateTime receivedAt,
                                  LocalDateTime decideBy, String decisionNumber) {
        static ApplicationJson of(Application a, LocalDateTime decideBy) {
            return new ApplicationJson(a.getId(), a.getUnitId(), a.getStatus().name(), a.getChannel().name(), a.getReceivedAt(),
                    decideBy, a.getDecisionNumber());
        }
    }

    @POST
    @Operation(summary = "Receive an online application", description = """
            网上申请：申请人按居民身份证号码在接收机构登记（已登记的沿用原记录），申请以"网上申请"渠道受理登记，\
            七日审查期限自收到时起算（《法律援助法》第四十三条）。接收机构为调用账户所属的法律援助机构。
            The person is registered in the receiving centre by their ID number (or found there), and the application \
            is received with the channel ONLINE; the 7 days to decide start now (LAL art. 43). The receiving centre is \
            the unit of the calling account. applicant: idNumber (18-character 居民身份证 number with its check \
            character), fullName (≤50), phone, householdRegistration, residence, categories, disabilityGrade (1-4), \
            householdSize (1-99), householdMonthlyIncome (yuan, ≥0), noFixedIncome, localResident. application: \
            matterType, matterCategory, facts (≤4000), opposingPartyName, opposingPartyIdNumber, opposingPartyBirthDate, \
            regionCode (6 digits: whose hardship standard applies), documents (IDENTITY, HARDSHIP_CERTIFICATE, \
            INTEGRITY_PLEDGE, MATTER_MATERIALS, CATEGORY_PROOF, AGENT_AUTHORITY).""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OnlineApplication.class)))
    @APIResponse(responseCode = "201", description = "已接收 / received",
            content = @Content(schema = @Schema(implementation = ApplicationJson.class)))
    @APIResponse(responseCode = "400", description = "字段缺失、超长或格式错误 / missing, too long or malformed fields",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "未认证 / no or wrong HTTP Basic credentials",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "账户无权提交网上申请 / the account may not forward applications",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "内容不符合规则（如身份证号码校验位错误）/ a rule is broken (e.g. a wrong ID check character)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response submit(OnlineApplication body, @Context UriInfo uri) {
        OnlineApplication b = body == null ? new OnlineApplication() : body;
        if (b.getApplication() != null) {
            b.getApplication().setChannel(ApplicationChannel.ONLINE); // what comes through this door is online
        }
        ApplicationService.OnlineReceipt receipt = applications.submitOnline(b.getApplicant(), b.getApplication());
        Application a = receipt.application();
        ApplicationJson json = ApplicationJson.of(a, receipt.decideBy());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.getId())).build()).entity(json).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An application's state (staff)", description = "受理员、审查员、审批人等查看申请状态（限本单位及下级单位）。"
            + " An application's state, for staff of its unit or above.")
    @APIResponse(responseCode = "200", description = "the application", content = @Content(schema = @Schema(implementation = ApplicationJson.class)))
    @APIResponse(responseCode = "404", description = "不存在或不在本单位范围 / not found, or outside the caller's units",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ApplicationJson get(@PathParam("id") long id) {
        Application a = applications.getApplication(id);
        return ApplicationJson.of(a, applications.findDecisionDue(id).orElse(null));
    }
}
