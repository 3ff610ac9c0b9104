package org.legalaid.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.boundary.HandlingService;
import org.legalaid.intake.ClockReading;
import org.legalaid.intake.DeadlineStatus;
import org.legalaid.intake.boundary.CaseClockService;
import org.legalaid.shared.ChinaTime;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The case supervisor's worklist (我监督的案件, 一案专人监督): their open cases, the longest without a
 * handling entry first, with the lawyer, the days since the last entry and the open and overdue
 * clocks of each case.
 */
@Named
@ViewScoped
public class MyCasesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HandlingService handling;

    @Inject
    private CaseClockService clocks;

    private List<Row> rows = List.of();

    /** One case of the worklist. */
    public record Row(LegalCase legalCase, LocalDate lastEntryOn, long daysSince, boolean quiet, long openClocks, long overdueClocks)
            implements Serializable {
    }

    @PostConstruct
    void init() {
        LocalDateTime now = LocalDateTime.now(ChinaTime.ZONE);
        LocalDate today = now.toLocalDate();
        List<LegalCase> mine = handling.findMyCases();
        Map<Long, List<ClockReading>> openClocks = clocks.findOpenClocks(mine.stream().map(LegalCase::getId).toList());
        rows = mine.stream().map(c -> {
            List<ClockReading> open = openClocks.getOrDefault(c.getId(), List.of());
            long overdue = open.stream().filter(k -> k.status(now) == DeadlineStatus.OVERDUE).count();
            return new Row(c, c.getLastHandlingOn(), ChronoUnit.DAYS.between(c.quietSince(), today), c.isQuietOn(today),
                    open.size(), overdue);
        }).toList();
    }

    public List<Row> getRows() {
        return rows;
    }
}
