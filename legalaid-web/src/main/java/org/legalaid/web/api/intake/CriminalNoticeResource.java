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
import org.legalaid.intake.CriminalNotice;
import org.legalaid.intake.MandatoryDefenceGround;
import org.legalaid.intake.NewCriminalNotice;
import org.legalaid.intake.boundary.NoticeService;
import org.legalaid.web.api.Problem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Notified criminal cases (通知辩护, LAL art. 25, 36) for the systems of courts, procuratorates and
 * police, and for the centre's staff. An organ's system signs in with HTTP Basic as an account
 * with the role {@code notifying_organ}; that account belongs to one legal aid centre in the
 * organisation tree, and every notice it posts is received by that centre (the body names no
 * centre, so an organ cannot post into another centre's queue).
 */
@Path("/criminal-notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "criminal notices", description = "通知辩护：人民法院、人民检察院、公安机关通知法律援助机构指派律师（《法律援助法》第二十五条、第三十六条）/ "
        + "notices from courts, procuratorates and police that a suspect or defendant needs a defence lawyer (Legal Aid Law art. 25, 36)")
public class CriminalNoticeResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    private NoticeService notices;

    /**
     * A notice as the API shows it.
     *
     * @param id                        the notice's id in this system
     * @param status                    RECEIVED (awaiting a lawyer), ASSIGNED or WITHDRAWN
     * @param unitId                    the receiving legal aid centre
     * @param organType                 COURT, PROCURATORATE, PUBLIC_SECURITY, STATE_SECURITY or PRISON
     * @param organName                 the notifying organ, as first received
     * @param organDocumentNumber       the organ's document number, as first received
     * @param receivedAt                when the notice arrived (China Standard Time, with offset)
     * @param assignBy                  the last day to assign a lawyer: 3 days after receipt (LAL art. 36)
     * @param defendantName             the suspect or defendant
     * @param defendantIdNumberMasked   the ID number with its middle masked, or null
     * @param defendantBirthDate        the birth date, or null
     * @param charge                    the charge
     * @param stage                     INVESTIGATION, PROSECUTION_REVIEW, FIRST_INSTANCE, SECOND_INSTANCE or DEATH_PENALTY_REVIEW
     * @param grounds                   the grounds (LAL art. 25, 28)
     * @param needsSeniorCriminalLawyer whether the lawyer needs 3+ years of criminal practice (LAL art. 26)
     * @param needsJuvenileExperience   whether the lawyer must know minors' cases
     * @param detentionPlace            where the person is held, or null
     * @param notes                     notes, or null
     * @param withdrawalReason          why it was withdrawn, or null
     */
    @Schema(name = "CriminalNotice", description = "通知辩护 / a notified criminal case")
    public record NoticeJson(long id, String status, long unitId, String organType, String organName,
                             String organDocumentNumber, OffsetDateTime receivedAt, LocalDate assignBy, String defendantName,
                             String defendantIdNumberMasked, LocalDate defendantBirthDate, String charge, String stage,
                             List<String> grounds, boolean needsSeniorCriminalLawyer, boolean needsJuvenileExperience,
                             String detentionPlace, String notes, String withdrawalReason) {
        static NoticeJson of(CriminalNotice n) {
            return new NoticeJson(n.getId(), n.getStatus().name(), n.getUnitId(), n.getOrganType().name(), n.getOrganName(),
                    n.getOrganDocumentNumber(), n.getReceivedAt(), n.defaultAssignmentDeadline().lastDay(), n.getDefendantName(),
                    n.getDefendantIdNumberMasked(), n.getDefendantBirthDate(), n.getCharge(), n.getStage().name(),
                    n.getGrounds().stream().map(MandatoryDefenceGround::name).toList(), n.needsSeniorCriminalLawyer(),
                    n.needsJuvenileExperience(), n.getDetentionPlace(), n.getNotes(), n.getWithdrawalReason());
        }
    }

    /**
     * Why a notice is withdrawn.
     *
     * @param reason e.g. 被告人已自行委托辩护人 (at most 500 characters)
     */
    public record Withdrawal(String reason) {
    }

    @POST
    @Operation(summary = "Receive a notice (idempotent)", description = """
            通知法律援助机构指派律师。以通知机关名称和文书编号识别同一通知：重发（如网络超时后重试）返回已登记的通知，\
            状态码200，不会产生第二个案件；首次接收返回201和Location。接收机构为调用账户所属的法律援助机构；\
            机关账户调用时，收到时间为服务器当前时间（receivedAt字段仅供受理员补录纸质通知）。
            Receives a notice. The organ's name and its document number identify a notice (compared without spaces, \
            full-width characters made half-width and every kind of bracket made the same): a retry returns the notice \
            already received with 200 and never creates a second case; the first receipt answers 201 with a Location. \
            The receiving centre is the unit of the calling account. For an organ's account the time of receipt is the \
            server's (receivedAt is only for clerks recording a paper notice afterwards). Fields: organType (COURT, \
            PROCURATORATE, PUBLIC_SECURITY, STATE_SECURITY, PRISON), organName (≤100), organDocumentNumber (≤60), \
            defendantName (≤50), defendantIdNumber (optional, 18-character 居民身份证 number), defendantBirthDate \
            (optional, yyyy-MM-dd), charge (≤100), stage (INVESTIGATION, PROSECUTION_REVIEW, FIRST_INSTANCE, \
            SECOND_INSTANCE, DEATH_PENALTY_REVIEW), grounds (one or more of MINOR, BLIND_DEAF_MUTE, \
            IMPAIRED_UNDERSTANDING, LIFE_OR_DEATH, DEATH_PENALTY_REVIEW, TRIAL_IN_ABSENTIA, OTHER_BY_LAW, \
            COMPULSORY_MEDICAL_TREATMENT, COURT_DISCRETION), detentionPlace (≤100), notes (≤2000).""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewCriminalNotice.class)))
    @APIResponse(responseCode = "201", description = "首次接收 / received for the first time",
            content = @Content(schema = @Schema(implementation = NoticeJson.class)))
    @APIResponse(responseCode = "200", description = "已接收过（重发）/ already received: the same notice, unchanged",
            content = @Content(schema = @Schema(implementation = NoticeJson.class)))
    @APIResponse(responseCode = "400", description = "字段缺失、超长或格式错误 / missing, too long or malformed fields",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "未认证 / no or wrong HTTP Basic credentials",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "账户无权通知 / the account may not send notices",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "内容不符合规则（如身份证号码校验位错误、机关与诉讼阶段不符）/ "
            + "a rule is broken (wrong ID check character, organ does not fit the stage)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response receive(NewCriminalNotice form, @Context UriInfo uri) {
        NoticeService.Receipt receipt = notices.receive(form);
        NoticeJson body = NoticeJson.of(receipt.notice());
        if (!receipt.created()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(body.id())).build()).entity(body).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One notice (the read is audited)", description = "机关账户只能查看本账户发送的通知；工作人员查看本单位及下级单位的通知。"
            + " An organ's account sees only the notices it sent; staff see those of their units.")
    @APIResponse(responseCode = "200", description = "the notice", content = @Content(schema = @Schema(implementation = NoticeJson.class)))
    @APIResponse(responseCode = "404", description = "不存在或无权查看 / no such notice, or not the caller's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public NoticeJson get(@PathParam("id") long id) {
        return NoticeJson.of(notices.getNotice(id));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(summary = "Withdraw a notice before a lawyer is assigned", description = "通知机关撤回通知（如被告人已自行委托辩护人），仅限尚未指派的通知。"
            + " The organ withdraws a notice that is still awaiting a lawyer (e.g. the defendant hired one).")
    @APIResponse(responseCode = "200", description = "withdrawn", content = @Content(schema = @Schema(implementation = NoticeJson.class)))
    @APIResponse(responseCode = "422", description = "已指派，不能撤回 / already assigned or withdrawn",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public NoticeJson withdraw(@PathParam("id") long id, Withdrawal withdrawal) {
        return NoticeJson.of(notices.withdraw(id, withdrawal == null ? null : withdrawal.reason()));
    }
}
