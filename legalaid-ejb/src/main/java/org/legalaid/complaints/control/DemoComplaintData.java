package org.legalaid.complaints.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.legalaid.complaints.Complaint;
import org.legalaid.complaints.ComplaintChannel;
import org.legalaid.complaints.ComplaintFilter;
import org.legalaid.complaints.ComplaintForm;
import org.legalaid.complaints.ComplaintGround;
import org.legalaid.complaints.ComplaintOutcome;
import org.legalaid.complaints.ComplaintStepKind;
import org.legalaid.complaints.InvestigationKind;
import org.legalaid.complaints.InvestigationRecord;
import org.legalaid.complaints.Investigator;
import org.legalaid.complaints.NonAcceptanceGround;
import org.legalaid.complaints.PublicComplaintForm;
import org.legalaid.complaints.ReceiptNumber;
import org.legalaid.complaints.RespondentType;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.TimeLimit;
import org.legalaid.intake.boundary.ComplaintClockService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.control.CurrentTime;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo mode only (system property {@code legalaid.demo=true}, set by the run command): complaints of the
 * city centre in every state, so that the demo account {@code complaints} has work on its workbench and
 * in the register — a letter to accept, an oral hotline complaint awaiting the complainant's
 * confirmation, an <em>online</em> complaint whose respondent is named only in words (to be linked to
 * the registries at acceptance, art. 9, 15), one awaiting the information asked for (art. 12), an
 * online one linked and under investigation by two investigators with a record, one under
 * investigation for three weeks, one suspended (art. 21), one decided and waiting to be delivered
 * (art. 24), one delivered and waiting for the follow-up (art. 26), one decided and closed (the
 * workbench chart's first bar), one not accepted (art. 8, 13) and one withdrawn (art. 21). Each with
 * the clocks and file entries the procedure would have left. Marked as demonstration data in their
 * facts. A production server never creates them.
 */
@Singleton
@Startup
@DependsOn("InitialData")
@PermitAll // runs at deployment, no caller
public class DemoComplaintData {

    private static final Logger LOG = Logger.getLogger(DemoComplaintData.class.getName());
    private static final String HANDLER = "complaints";
    /** The demo's second investigator: a colleague of the city centre (art. 16: at least two). */
    private static final String SECOND_INVESTIGATOR = "evaluator";

    @Inject
    private ComplaintRepository complaints;

    @Inject
    private ComplaintFile file;

    @Inject
    private ComplaintClockService clocks;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("legalaid.demo")) {
            return;
        }
        Optional<Long> centre = organisation.findActiveUnitIdByCode("FYZX");
        Optional<Long> shinan = organisation.findActiveUnitIdByCode("SN");
        Optional<Long> shibei = organisation.findActiveUnitIdByCode("SB");
        if (centre.isEmpty() || shinan.isEmpty() || shibei.isEmpty()
                || complaints.count(List.of(centre.get()), ComplaintFilter.all()) > 0) {
            return;
        }
        long unit = centre.get();
        LocalDateTime now = time.local();
        add(unit, ComplaintChannel.LETTER, shinan.get(), "市南区法律援助中心", ComplaintGround.REFUSED_OR_DELAYED_SERVICE,
                "（演示数据）窗口两次以材料不全为由拒收申请，未一次性告知所缺材料。", now.minusDays(1));
        add(unit, ComplaintChannel.HOTLINE_12348, shibei.get(), "市北区法律援助中心", ComplaintGround.NO_PROGRESS_REPORTS,
                "（演示数据）来电称承办律师三个月未告知案件进展。", now.minusHours(3));
        Complaint investigating = add(unit, ComplaintChannel.WINDOW, shinan.get(), "市南区法律援助中心", ComplaintGround.SUBSTANDARD_SERVICE,
                "（演示数据）受援人称代理词未提交法院。", now.minusDays(22));
        LocalDateTime accepted = now.minusDays(21);
        investigating.confirmOral(now.minusDays(22).plusMinutes(30));
        investigating.accept(accepted);
        clocks.complete(investigating.getId(), ClockStep.ACCEPT_COMPLAINT, accepted);
        clocks.start(unit, investigating.getId(), investigating.getNumber() + " " + investigating.getComplainantName(),
                ClockStep.DECIDE_COMPLAINT, accepted);
        file.addBySystem(investigating.getId(), unit, ComplaintStepKind.ACCEPTED, accepted, "demo");
        Complaint closed = add(unit, ComplaintChannel.LETTER, shibei.get(), "市北区法律援助中心", ComplaintGround.FAILED_DUTIES,
                "（演示数据）值班律师未按约定时间会见。", now.minusDays(40));
        closed.accept(now.minusDays(39));
        clocks.complete(closed.getId(), ClockStep.ACCEPT_COMPLAINT, now.minusDays(39));
        closed.decide(ComplaintOutcome.CRITICISM_AND_EDUCATION, "（演示数据）查证属实，予以批评教育并责令改正。", null, HANDLER, now.minusDays(10));
        closed.deliver(now.minusDays(8));
        closed.followUp("（演示数据）已书面整改。", now.minusDays(2));
        file.addBySystem(closed.getId(), unit, ComplaintStepKind.DECIDED, now.minusDays(10), "demo");
        addTeamAndRecord(unit, investigating, accepted.plusHours(2), "（演示数据）调阅市南区中心卷宗，代理词未见提交记录。");
        moreStates(unit, shinan.get(), shibei.get(), now);
        LOG.info("Demo complaints created for the city centre (demonstration data)");
    }

    /** The other states of the procedure, so that each tile of the workbench and each filter of the register finds one. */
    private void moreStates(long unit, long shinan, long shibei, LocalDateTime now) {
        // art. 9: online, the respondent named only in words — the handler links it at acceptance
        online(unit, RespondentType.LAWYER, "承办我案子的李律师（律所名称记不清）", ComplaintGround.NO_PROGRESS_REPORTS,
                "（演示数据）网上投诉：承办律师两个多月不接电话，不告知开庭时间。", now.minusHours(20));

        // art. 9, 15–17: online, linked to the registries at acceptance, two investigators, one record
        Complaint linked = online(unit, RespondentType.CENTRE, "市南区法援中心窗口", ComplaintGround.REFUSED_OR_DELAYED_SERVICE,
                "（演示数据）网上投诉：窗口工作人员拒收申请材料，态度生硬。", now.minusDays(6));
        LocalDateTime linkedAt = now.minusDays(5);
        linked.linkRespondent(RespondentType.CENTRE, shinan, null, "市南区法律援助中心", shinan);
        file.addBySystem(linked.getId(), unit, ComplaintStepKind.RESPONDENT_LINKED, linkedAt, "demo: CENTRE 市南区法律援助中心");
        acceptNow(unit, linked, linkedAt);
        addTeamAndRecord(unit, linked, linkedAt.plusHours(3), "（演示数据）调取窗口监控与收件登记，当日确有拒收记录。");

        // art. 12: the information asked for once, the acceptance clock standing
        Complaint waiting = add(unit, ComplaintChannel.LETTER, shibei, "市北区法律援助中心", ComplaintGround.SUBSTANDARD_SERVICE,
                "（演示数据）来信称法律援助律师出庭准备不足，未附委托材料。", now.minusDays(3));
        LocalDateTime asked = now.minusDays(2);
        LocalDate due = asked.toLocalDate().plusDays(15);
        waiting.requestMaterials("（演示数据）法律援助委托协议复印件；庭审笔录或判决书", due, asked);
        clocks.pause(waiting.getId(), ClockStep.ACCEPT_COMPLAINT, asked);
        clocks.start(unit, waiting.getId(), label(waiting), ClockStep.COMPLAINT_MATERIALS, asked, TimeLimit.calendarDays(15));
        file.addBySystem(waiting.getId(), unit, ComplaintStepKind.MATERIALS_REQUESTED, asked, "demo (" + due + ")");

        // art. 21: suspended while the discipline body handles the same matter
        Complaint suspended = add(unit, ComplaintChannel.LETTER, shibei, "市北区法律援助中心", ComplaintGround.FAILED_DUTIES,
                "（演示数据）受援人称工作人员索要好处费，纪检机关已立案。", now.minusDays(31));
        acceptNow(unit, suspended, now.minusDays(30));
        addTeamAndRecord(unit, suspended, now.minusDays(29), "（演示数据）询问投诉人，陈述与来信一致。");
        suspended.suspend("（演示数据）纪检监察机关正在处理同一事项", now.minusDays(4));
        clocks.pause(suspended.getId(), ClockStep.DECIDE_COMPLAINT, now.minusDays(4));
        file.addBySystem(suspended.getId(), unit, ComplaintStepKind.SUSPENDED, now.minusDays(4), "demo");

        // art. 22, 24: decided, the written decision to be delivered within 5 working days
        Complaint decided = add(unit, ComplaintChannel.LETTER, shinan, "市南区法律援助中心", ComplaintGround.NO_PROGRESS_REPORTS,
                "（演示数据）受援人称三个月未获案件进展通报。", now.minusDays(36));
        acceptNow(unit, decided, now.minusDays(35));
        addTeamAndRecord(unit, decided, now.minusDays(33), "（演示数据）调阅卷宗，未见进展通报记录。");
        decide(unit, decided, ComplaintOutcome.CRITICISM_AND_EDUCATION, "（演示数据）查证属实，责令承办人员及时通报并向受援人说明。",
                "演示-1", now.minusDays(1));

        // art. 26: delivered, the follow-up still to come
        Complaint delivered = add(unit, ComplaintChannel.HOTLINE_12348, shibei, "市北区法律援助中心", ComplaintGround.SUBSTANDARD_SERVICE,
                "（演示数据）来电称值班律师未阅卷即签署意见。", now.minusDays(50));
        delivered.confirmOral(now.minusDays(50).plusMinutes(20));
        file.addBySystem(delivered.getId(), unit, ComplaintStepKind.ORAL_CONFIRMED, now.minusDays(50).plusMinutes(20), "demo");
        acceptNow(unit, delivered, now.minusDays(48));
        addTeamAndRecord(unit, delivered, now.minusDays(45), "（演示数据）询问值班律师，承认未阅卷。");
        decide(unit, delivered, ComplaintOutcome.CRITICISM_AND_EDUCATION, "（演示数据）查证属实，责令市北区中心督促值班律师阅卷后再签署意见并书面整改。",
                "演示-2", now.minusDays(9));
        delivered.deliver(now.minusDays(7));
        clocks.complete(delivered.getId(), ClockStep.DELIVER_COMPLAINT_DECISION, now.minusDays(7));
        file.addBySystem(delivered.getId(), unit, ComplaintStepKind.DELIVERED, now.minusDays(7), "demo");

        // art. 13–15: not about legal aid services — not accepted, with the numbered notice and the reasons
        Complaint late = add(unit, ComplaintChannel.LETTER, shinan, "市南区法律援助中心", ComplaintGround.OTHER,
                "（演示数据）来信反映邻里纠纷中社区调解员处理不公。", now.minusDays(12));
        late.decline(NonAcceptanceGround.NOT_A_LEGAL_AID_MATTER, "（演示数据）所反映事项不属于法律援助服务，已告知向所在街道司法所反映（第十三条）。",
                "青援投不受〔" + now.getYear() + "〕演示-1号", now.minusDays(10));
        clocks.complete(late.getId(), ClockStep.ACCEPT_COMPLAINT, now.minusDays(10));
        file.addBySystem(late.getId(), unit, ComplaintStepKind.NOT_ACCEPTED, now.minusDays(10), "demo: NOT_A_LEGAL_AID_MATTER");

        // art. 21: withdrawn by the complainant before acceptance
        Complaint withdrawn = add(unit, ComplaintChannel.WINDOW, shibei, "市北区法律援助中心", ComplaintGround.REFUSED_OR_DELAYED_SERVICE,
                "（演示数据）窗口投诉称受理时间过长。", now.minusDays(8));
        withdrawn.withdraw("（演示数据）投诉人已收到受理通知，书面撤回投诉。", now.minusDays(7));
        clocks.cancel(withdrawn.getId(), ClockStep.ACCEPT_COMPLAINT, now.minusDays(7));
        file.addBySystem(withdrawn.getId(), unit, ComplaintStepKind.WITHDRAWN, now.minusDays(7), "demo");
    }

    /** A complaint filed on the public form (channel ONLINE), the respondent in the complainant's words. */
    private Complaint online(long unit, RespondentType type, String words, ComplaintGround ground, String facts, LocalDateTime at) {
        PublicComplaintForm f = new PublicComplaintForm();
        f.setUnitId(unit);
        f.setComplainantName("赵淑珍");
        f.setComplainantPhone("13900000000");
        f.setRespondentType(type);
        f.setRespondentName(words);
        f.setGround(ground);
        f.setFacts(facts);
        f.setKnewOn(at.toLocalDate().minusDays(10));
        Complaint c = complaints.add(Complaint.filedOnline(ReceiptNumber.next(), unit, f, at));
        file.addBySystem(c.getId(), unit, ComplaintStepKind.RECEIVED, at, "demo: ONLINE (public form)");
        clocks.start(unit, c.getId(), label(c), ClockStep.ACCEPT_COMPLAINT, at);
        return c;
    }

    private void acceptNow(long unit, Complaint c, LocalDateTime at) {
        c.accept(at);
        clocks.complete(c.getId(), ClockStep.ACCEPT_COMPLAINT, at);
        clocks.start(unit, c.getId(), label(c), ClockStep.DECIDE_COMPLAINT, at);
        file.addBySystem(c.getId(), unit, ComplaintStepKind.ACCEPTED, at, "demo");
    }

    /** The demo handler and a colleague of the city centre as investigators (art. 16), a file review by the handler (art. 17). */
    private void addTeamAndRecord(long unit, Complaint c, LocalDateTime at, String content) {
        complaints.addPart(new Investigator(c.getId(), HANDLER, unit, HANDLER, at));
        complaints.addPart(new Investigator(c.getId(), SECOND_INVESTIGATOR, unit, HANDLER, at));
        file.addBySystem(c.getId(), unit, ComplaintStepKind.INVESTIGATORS_ASSIGNED, at, "demo: " + HANDLER + ", " + SECOND_INVESTIGATOR);
        complaints.addPart(new InvestigationRecord(c.getId(), InvestigationKind.FILE_REVIEW, null, false, content, HANDLER, at.plusHours(1)));
        file.addBySystem(c.getId(), unit, ComplaintStepKind.INVESTIGATION_RECORDED, at.plusHours(1), "demo: FILE_REVIEW");
    }

    private void decide(long unit, Complaint c, ComplaintOutcome outcome, String reasons, String number, LocalDateTime at) {
        c.decide(outcome, reasons, "青援投决〔" + at.getYear() + "〕" + number + "号", HANDLER, at);
        clocks.complete(c.getId(), ClockStep.DECIDE_COMPLAINT, at);
        clocks.start(unit, c.getId(), label(c), ClockStep.DELIVER_COMPLAINT_DECISION, at);
        file.addBySystem(c.getId(), unit, ComplaintStepKind.DECIDED, at, "demo: " + outcome);
    }

    private static String label(Complaint c) {
        return c.getNumber() + " " + c.getComplainantName();
    }

    private Complaint add(long unit, ComplaintChannel channel, long respondentUnit, String respondentName, ComplaintGround ground,
                          String facts, LocalDateTime at) {
        ComplaintForm f = new ComplaintForm();
        f.setChannel(channel);
        f.setComplainantName(channel == ComplaintChannel.HOTLINE_12348 ? "刘建国" : "王桂兰");
        f.setComplainantPhone("13800000000");
        f.setRespondentType(RespondentType.CENTRE);
        f.setRespondentId(respondentUnit);
        f.setGround(ground);
        f.setFacts(facts);
        f.setKnewOn(at.toLocalDate().minusDays(15));
        Complaint c = complaints.add(new Complaint(ReceiptNumber.next(), unit, f, respondentName, respondentUnit, null, at, HANDLER));
        file.addBySystem(c.getId(), unit, ComplaintStepKind.RECEIVED, at, "demo");
        clocks.start(unit, c.getId(), c.getNumber() + " " + c.getComplainantName(), ClockStep.ACCEPT_COMPLAINT, at);
        return c;
    }
}
