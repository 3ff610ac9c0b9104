package org.legalaid.lawyers.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.lawyers.FirmKind;
import org.legalaid.lawyers.LanguageCodes;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.LawyerKind;
import org.legalaid.lawyers.LawyerStatus;
import org.legalaid.lawyers.NewLawFirm;
import org.legalaid.lawyers.NewLawyer;
import org.legalaid.lawyers.Specialty;
import org.legalaid.lawyers.StatusChange;
import org.legalaid.lawyers.StatusChangeRequest;
import org.legalaid.lawyers.StatusHistoryEntry;
import org.legalaid.lawyers.UnifiedSocialCreditCode;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.ChinaTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo mode only (system property {@code legalaid.demo=true}, set by the run command's
 * {@code demo-mode.cli}): four firms of the demo city centre's pool and twelve lawyers across the
 * three demo districts (市南区 370202, 市北区 370203, 黄岛区 370211), made active by the demo
 * officer {@code assigner} and the director {@code director} (two people, as the rules want), one
 * of them suspended and one still waiting for approval, so that assignment, rosters and the
 * approvals page can be tried at once. Credit codes and ID numbers carry computed check characters;
 * the people and firms are invented.
 */
@Singleton
@Startup
@DependsOn("InitialData")
@PermitAll // runs at deployment, no caller
public class DemoLawyerData {

    private static final Logger LOG = Logger.getLogger(DemoLawyerData.class.getName());
    private static final String CENTRE_CODE = "FYZX";
    private static final String OFFICER = "assigner";
    private static final String DIRECTOR = "director";
    private static final String SHINAN = "370202";
    private static final String SHIBEI = "370203";
    private static final String HUANGDAO = "370211";

    @Inject
    private FirmRepository firms;

    @Inject
    private LawyerRepository lawyers;

    @Inject
    private ChangeRequestRepository requests;

    @Inject
    private Clock clock;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Event<AuditEvent> audit;

    private record DemoLawyer(int firm, String name, LawyerKind kind, String birth, char sex, int licenceYears,
                              Integer criminalYears, boolean juvenile, Set<Specialty> specialties, Set<String> languages,
                              Set<String> regions, LawyerStatus status) {
    }

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("legalaid.demo") || firms.anyFirm()) {
            return;
        }
        Long centre = organisation.findActiveUnitIdByCode(CENTRE_CODE).orElse(null);
        if (centre == null) {
            return; // not the demo tree
        }
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<LawFirm> pool = List.of(
                firm(centre, FirmKind.LAW_FIRM, "山东海岸律师事务所", '1', SHINAN, "MA3C0P21", "市南区香港中路10号", "周海", now),
                firm(centre, FirmKind.LAW_FIRM, "青岛明正律师事务所", '1', SHIBEI, "MA3D7K05", "市北区辽宁路88号", "钱明", now),
                firm(centre, FirmKind.LAW_FIRM, "山东黄海律师事务所", '1', HUANGDAO, "MA3F2R19", "黄岛区长江中路216号", "孙正", now),
                firm(centre, FirmKind.LEGAL_SERVICE_OFFICE, "青岛市市北区台东法律服务所", '3', SHIBEI, "MB1A9E40", "市北区台东三路5号",
                        "李平", now));
        List<DemoLawyer> people = List.of(
                new DemoLawyer(0, "刘志强", LawyerKind.LAWYER, "19780314", 'M', 18, 10, false,
                        EnumSet.of(Specialty.CRIMINAL, Specialty.CIVIL), Set.of(), Set.of(SHINAN, SHIBEI), LawyerStatus.ACTIVE),
                new DemoLawyer(0, "陈晓燕", LawyerKind.LAWYER, "19920705", 'F', 3, 2, false,
                        EnumSet.of(Specialty.CRIMINAL), Set.of(), Set.of(SHINAN), LawyerStatus.ACTIVE),
                new DemoLawyer(0, "王丽娟", LawyerKind.LAWYER, "19850921", 'F', 12, 8, true,
                        EnumSet.of(Specialty.CRIMINAL, Specialty.JUVENILE), Set.of(), Set.of(SHINAN, HUANGDAO), LawyerStatus.ACTIVE),
                new DemoLawyer(1, "张明", LawyerKind.LAWYER, "19880130", 'M', 9, null, false,
                        EnumSet.of(Specialty.LABOUR, Specialty.CIVIL), Set.of(), Set.of(SHIBEI), LawyerStatus.ACTIVE),
                new DemoLawyer(1, "赵雪梅", LawyerKind.LAWYER, "19900612", 'F', 7, null, true,
                        EnumSet.of(Specialty.FAMILY, Specialty.JUVENILE, Specialty.CIVIL), Set.of(LanguageCodes.CHINESE_SIGN_LANGUAGE),
                        Set.of(SHIBEI, SHINAN), LawyerStatus.ACTIVE),
                new DemoLawyer(1, "孙建华", LawyerKind.LAWYER, "19751108", 'M', 20, 15, false,
                        EnumSet.of(Specialty.CRIMINAL, Specialty.ADMINISTRATIVE), Set.of(LanguageCodes.KOREAN), Set.of(SHIBEI),
                        LawyerStatus.SUSPENDED),
                new DemoLawyer(2, "李海涛", LawyerKind.LAWYER, "19830425", 'M', 14, 11, false,
                        EnumSet.of(Specialty.CRIMINAL, Specialty.STATE_COMPENSATION), Set.of(), Set.of(HUANGDAO), LawyerStatus.ACTIVE),
                new DemoLawyer(2, "周婷", LawyerKind.LAWYER, "19950817", 'F', 4, null, false,
                        EnumSet.of(Specialty.LABOUR, Specialty.FAMILY), Set.of(LanguageCodes.ENGLISH), Set.of(HUANGDAO), LawyerStatus.ACTIVE),
                new DemoLawyer(2, "吴刚", LawyerKind.LAWYER, "19870203", 'M', 8, 5, false,
                        EnumSet.of(Specialty.CRIMINAL, Specialty.CIVIL), Set.of(), Set.of(HUANGDAO, SHINAN), LawyerStatus.ACTIVE),
                new DemoLawyer(3, "郑桂兰", LawyerKind.LEGAL_SERVICE_WORKER, "19700519", 'F', 16, null, false,
                        EnumSet.of(Specialty.FAMILY, Specialty.CIVIL), Set.of(), Set.of(SHIBEI), LawyerStatus.ACTIVE),
                new DemoLawyer(3, "冯德胜", LawyerKind.LEGAL_SERVICE_WORKER, "19680927", 'M', 22, null, false,
                        EnumSet.of(Specialty.LABOUR, Specialty.NON_LITIGATION), Set.of(), Set.of(SHIBEI, SHINAN), LawyerStatus.ACTIVE),
                new DemoLawyer(0, "何佳", LawyerKind.LAWYER, "19970110", 'F', 1, null, false,
                        EnumSet.of(Specialty.CIVIL, Specialty.LABOUR), Set.of(), Set.of(SHINAN), LawyerStatus.ADMITTED));
        int seq = 0;
        for (DemoLawyer p : people) {
            seq++;
            lawyer(pool.get(p.firm()), p, seq, today, now);
        }
        LOG.info(() -> "Demo lawyer pool loaded: " + pool.size() + " firms, " + people.size() + " lawyers.");
    }

    private LawFirm firm(long unitId, FirmKind kind, String name, char type, String region, String orgCode, String address,
                         String contact, OffsetDateTime now) {
        String first17 = "3" + type + region + orgCode + UnifiedSocialCreditCode.organisationCheckCharacter(orgCode);
        NewLawFirm f = new NewLawFirm();
        f.setKind(kind);
        f.setName(name);
        f.setCreditCode(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
        f.setRegionCode(region);
        f.setAddress(address);
        f.setContactPerson(contact);
        f.setContactPhone("0532-8" + orgCode.substring(4).replaceAll("\\D", "0") + "66");
        LawFirm firm = firms.add(new LawFirm(f, UnifiedSocialCreditCode.parse(f.getCreditCode()), unitId, OFFICER, now));
        audit.fire(AuditEvent.by(OFFICER, unitId, AuditAction.CREATE, "LawFirm", firm.getId(), "demo firm " + name));
        return firm;
    }

    private void lawyer(LawFirm firm, DemoLawyer p, int seq, LocalDate today, OffsetDateTime now) {
        int sequence = 100 + seq * 2 + (p.sex() == 'M' ? 1 : 0); // odd for men (GB 11643)
        String first17 = firm.getRegionCode() + p.birth() + sequence;
        ResidentIdNumber id = ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17), today);
        LocalDate licence = today.minusYears(p.licenceYears()).minusDays(40);
        LocalDate admitted = today.minusDays(30);
        NewLawyer f = new NewLawyer();
        f.setFirmId(firm.getId());
        f.setKind(p.kind());
        f.setName(p.name());
        f.setIdNumber(id.value());
        f.setPhone("1380532" + String.format("%04d", 1000 + seq));
        f.setLicenceNumber((p.kind() == LawyerKind.LAWYER ? "13702" : "23702") + licence.getYear() + String.format("%08d", 10010000 + seq));
        f.setLicenceDate(licence);
        f.setCriminalPracticeSince(p.criminalYears() == null ? null : today.minusYears(p.criminalYears()).minusDays(20));
        f.setJuvenileExperience(p.juvenile());
        f.setMaxOpenCases(p.kind() == LawyerKind.LAWYER ? 8 : 5);
        f.setSpecialties(EnumSet.copyOf(p.specialties()));
        f.setLanguages(new LinkedHashSet<>(p.languages()));
        f.setRegions(new LinkedHashSet<>(p.regions()));
        Lawyer l = lawyers.add(new Lawyer(f, id, OFFICER, admitted, now));
        audit.fire(AuditEvent.by(OFFICER, firm.getUnitId(), AuditAction.CREATE, "Lawyer", l.getId(), "demo lawyer " + p.name()));
        if (p.status() == LawyerStatus.ADMITTED) {
            requests.add(new StatusChangeRequest(l, LawyerStatus.ACTIVE, today, "准入材料审核齐全，申请入库", OFFICER, today, now));
            return;
        }
        change(l, firm, LawyerStatus.ACTIVE, admitted.plusDays(2), "准入审核通过", today, now);
        if (p.status() == LawyerStatus.SUSPENDED) {
            change(l, firm, LawyerStatus.SUSPENDED, today.minusDays(5), "年度考核不合格，暂停指派（《法律援助法》第六十条）", today, now);
        }
    }

    private void change(Lawyer l, LawFirm firm, LawyerStatus to, LocalDate date, String reason, LocalDate today, OffsetDateTime now) {
        StatusChange c = StatusChange.of(l.getStatus(), to, date, reason, OFFICER, DIRECTOR, today);
        l.changeStatus(c);
        requests.add(new StatusHistoryEntry(l.getId(), null, c, now));
        audit.fire(AuditEvent.by(DIRECTOR, firm.getUnitId(), AuditAction.UPDATE, "Lawyer", l.getId(),
                "demo status " + c.from() + " → " + c.to()));
    }
}
