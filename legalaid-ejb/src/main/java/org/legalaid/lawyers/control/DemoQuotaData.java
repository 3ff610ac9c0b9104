package org.legalaid.lawyers.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.legalaid.lawyers.CreditKind;
import org.legalaid.lawyers.CreditRule;
import org.legalaid.lawyers.DutyStation;
import org.legalaid.lawyers.FirmQuotaMode;
import org.legalaid.lawyers.NewDutyStation;
import org.legalaid.lawyers.QuotaRule;
import org.legalaid.lawyers.QuotaRuleEntry;
import org.legalaid.lawyers.RosterShift;
import org.legalaid.lawyers.Shift;
import org.legalaid.lawyers.StationType;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.ChinaTime;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo mode only (system property {@code legalaid.demo=true}, set by the run command's
 * {@code demo-mode.cli}): the year's quota rule (6 cases per lawyer, firms the sum of their
 * lawyers, 4 duty days = 1 case, 8 hotline shifts = 1 case), a court and a detention centre as
 * duty stations of the first demo district centre (市南区), and a few shifts this week when demo
 * lawyers exist. It runs from a one-off timer shortly after deployment, so that the demo lawyers
 * seeded at start-up by the registry are there; with no lawyers it leaves the roster empty.
 */
@Singleton
@Startup
@DependsOn("InitialData")
@PermitAll // runs at deployment and from a timer, no caller
public class DemoQuotaData {

    private static final Logger LOG = Logger.getLogger(DemoQuotaData.class.getName());
    private static final String SYSTEM = "system";
    private static final String DISTRICT = "SN";

    @Resource
    private TimerService timers;

    @Inject
    private QuotaRepository quotas;

    @Inject
    private RosterRepository roster;

    @Inject
    private Clock clock;

    @Inject
    private OrganisationService organisation;

    @PostConstruct
    void schedule() {
        if (Boolean.getBoolean("legalaid.demo")) {
            timers.createSingleActionTimer(5_000, new TimerConfig("demo quotas and rosters", false));
        }
    }

    @Timeout
    void load() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        int year = today.getYear();
        if (quotas.findRule(year).isEmpty()) {
            quotas.addRule(new QuotaRuleEntry(new QuotaRule(year, 6, FirmQuotaMode.SUM_OF_LAWYERS, List.of(),
                    List.of(CreditRule.of(CreditKind.DUTY_DAY, 4), CreditRule.of(CreditKind.HOTLINE_SHIFT, 8))),
                    "演示数据 / demo rule", SYSTEM, now));
        }
        Optional<Long> unit = organisation.findActiveUnitIdByCode(DISTRICT);
        if (unit.isEmpty()) {
            return;
        }
        long unitId = unit.get();
        List<DutyStation> stations = roster.findStations(List.of(unitId), true);
        if (!stations.isEmpty()) {
            return; // loaded before
        }
        DutyStation court = roster.add(new DutyStation(unitId, station(StationType.COURT, "市南区人民法院", "香港中路18号")));
        DutyStation detention = roster.add(new DutyStation(unitId, station(StationType.DETENTION_CENTRE, "市南区看守所", "宁夏路88号")));
        roster.flush();
        List<Object[]> lawyers = roster.findActiveLawyers(null, 3);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = 0; i < lawyers.size(); i++) {
            long lawyerId = (Long) lawyers.get(i)[0];
            LocalDate day = monday.plusDays(i);
            roster.add(new RosterShift(court.getId(), lawyerId, day, Shift.MORNING, SYSTEM, now));
            roster.add(new RosterShift(detention.getId(), lawyerId, day.plusDays(1), Shift.MORNING, SYSTEM, now));
            roster.add(new RosterShift(detention.getId(), lawyerId, day.plusDays(1), Shift.AFTERNOON, SYSTEM, now));
        }
        LOG.info(() -> "demo quota rule, 2 duty stations and shifts for " + lawyers.size() + " lawyers loaded");
    }

    private static NewDutyStation station(StationType type, String name, String address) {
        NewDutyStation f = new NewDutyStation();
        f.setType(type);
        f.setName(name);
        f.setRegionCode("370202");
        f.setAddress(address);
        return f;
    }
}
