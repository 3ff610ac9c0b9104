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
import org.legalaid.complaints.ReceiptNumber;
import org.legalaid.complaints.RespondentType;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.boundary.ComplaintClockService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.control.CurrentTime;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo mode only (system property {@code legalaid.demo=true}, set by the run command): complaints of the
 * city centre in different states, so that the demo account {@code complaints} has work — a letter to
 * accept, an oral hotline complaint awaiting the complainant's confirmation, one under investigation
 * for three weeks, and one decided and closed (the workbench chart's first bar). Marked as
 * demonstration data in their facts. A production server never creates them.
 */
@Singleton
@Startup
@DependsOn("InitialData")
@PermitAll // runs at deployment, no caller
public class DemoComplaintData {

    private static final Logger LOG = Logger.getLogger(DemoComplaintData.class.getName());
    private static final String HANDLER = "complaints";

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
        LOG.info("Demo complaints created for the city centre (demonstration data)");
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
