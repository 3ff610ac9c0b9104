package org.legalaid.it.cases;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.cases.CaseFileItem;
import org.legalaid.cases.CaseOutcome;
import org.legalaid.cases.ClosingForm;
import org.legalaid.cases.ClosingSubmission;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.TerminationGround;
import org.legalaid.cases.boundary.ClosingService;
import org.legalaid.cases.boundary.HandlingService;
import org.legalaid.cases.boundary.TerminationService;
import org.legalaid.intake.Application;
import org.legalaid.intake.DeadlineCounts;
import org.legalaid.intake.boundary.AssignableCaseService;
import org.legalaid.intake.boundary.DeadlineService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.shared.ChinaTime;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench's figures (issue 17, "Workbenches that say what waits"): each is counted by one
 * query of its boundary, and each equals both the list it links to and a count made here by plain
 * SQL over the test's own units — so a figure that drifts from its list, or from the data, fails.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Workbench figures (issue 17): each equals its list and a count by SQL")
class WorkbenchCountsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(Stream.concat(Stream.of(WorkbenchCountsIT.class), Stream.of(CaseFixtures.CLASSES))
                .toArray(Class<?>[]::new));
    }

    @Inject
    private CaseFixtures f;

    @Inject
    private Fixtures fixtures;

    @Inject
    private HandlingService handling;

    @Inject
    private TerminationService terminations;

    @Inject
    private ClosingService closing;

    @Inject
    private AssignableCaseService assignable;

    @Inject
    private DeadlineService deadlines;

    private LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        f.setUp();
        today = LocalDate.now(ChinaTime.ZONE);
    }

    /** District A and its workstation: the units a district's staff see. */
    private String unitsOfA() {
        return f.tree().districtA().id() + "," + f.tree().stationA().id();
    }

    private long sql(String query, Object... parameters) {
        return fixtures.sqlCount(query.replace("{units}", unitsOfA()), parameters);
    }

    @Test
    @DisplayName("the supervisor's open and quiet cases, cases to assign, terminations to approve, files to review")
    void figuresEqualTheirListsAndTheData() throws Exception {
        LegalCase quiet = f.civilCase("王桂兰");
        LegalCase proposed = f.civilCase("刘建国");
        LegalCase submitted = f.criminalCase();
        Application waiting = f.granted("张秀英");

        // a month and more without a handling entry (LegalCase.QUIET_DAYS), and one entry 10 days ago
        fixtures.sql("update legal_case set assigned_on = ?, last_handling_on = ? where id = ?",
                today.minusDays(45), today.minusDays(LegalCase.QUIET_DAYS), quiet.getId());
        fixtures.sql("update legal_case set assigned_on = ?, last_handling_on = ? where id = ?",
                today.minusDays(45), today.minusDays(10), proposed.getId());
        f.supervisor.call(() -> terminations.propose(proposed.getId(), TerminationGround.OWN_LAWYER, "受援人已自行委托律师，书面说明在卷。"));
        f.supervisor.call(() -> closing.recordCaseEnded(submitted.getId(), today));
        f.supervisor.call(() -> closing.submit(submitted.getId(), form(submitted)));

        for (As who : new As[]{f.supervisor, f.supervisor2}) {
            String name = who == f.supervisor ? f.username("supervisor") : f.username("supervisor2");
            HandlingService.SupervisionCounts mine = who.call(() -> handling.countMyCases());
            long listed = who.call(() -> handling.findMyCases()).size();
            long open = sql("select count(*) from legal_case where supervisor = ? and status <> 'ARCHIVED' and unit_id in ({units})", name);
            long quietCount = sql("select count(*) from legal_case where supervisor = ? and status <> 'ARCHIVED' and unit_id in ({units})"
                    + " and coalesce(last_handling_on, assigned_on) <= ?", name, today.minusDays(LegalCase.QUIET_DAYS));
            assertAll(name,
                    () -> assertEquals(open, mine.open(), "open cases as counted by SQL"),
                    () -> assertEquals(listed, mine.open(), "the figure is the length of the list it opens"),
                    () -> assertEquals(quietCount, mine.quiet(), "quiet cases as counted by SQL"));
        }
        long allQuiet = f.supervisor.call(() -> handling.countMyCases()).quiet() + f.supervisor2.call(() -> handling.countMyCases()).quiet();
        assertEquals(1, allQuiet, "the case without an entry for 30 days is quiet, the one with an entry 10 days ago is not");

        assertAll("the officer's cases to assign",
                () -> assertEquals(1, f.officer.call(() -> assignable.countAwaitingAssignment())),
                () -> assertEquals(f.officer.call(() -> assignable.findAwaitingAssignment()).size(),
                        f.officer.call(() -> assignable.countAwaitingAssignment())),
                () -> assertEquals(sql("select count(*) from clock_item where open_flag = true and unit_id in ({units})"
                        + " and step in ('ASSIGN_AFTER_GRANT', 'ASSIGN_AFTER_NOTICE')"), f.officer.call(() -> assignable.countAwaitingAssignment())));
        assertEquals(waiting.getId(), f.officer.call(() -> assignable.findAwaitingAssignment()).get(0).id());

        assertAll("the director's terminations to approve",
                () -> assertEquals(1, f.approver.call(() -> terminations.countAwaitingApproval())),
                () -> assertEquals(f.approver.call(() -> terminations.findAwaitingApproval()).size(),
                        f.approver.call(() -> terminations.countAwaitingApproval())),
                () -> assertEquals(sql("select count(*) from case_termination where state = 'PROPOSED' and unit_id in ({units})"),
                        f.approver.call(() -> terminations.countAwaitingApproval())));

        assertAll("the reviewer's files to review",
                () -> assertEquals(1, f.reviewer.call(() -> closing.countWorklist())),
                () -> assertEquals(f.reviewer.call(() -> closing.findWorklist()).size(), f.reviewer.call(() -> closing.countWorklist())),
                () -> assertEquals(sql("select count(*) from legal_case where status in ('SUBMITTED', 'REVIEWED') and unit_id in ({units})"),
                        f.reviewer.call(() -> closing.countWorklist())));

        assertEquals(0, f.outsider.call(() -> handling.countMyCases()).open(), "district B's supervisor counts nothing of district A");
    }

    @Test
    @DisplayName("the deadline card counts every open clock: one due in three days is open, though not yet due within two")
    void deadlineCardCountsClocksDueLater() throws Exception {
        f.granted("赵玉梅");  // its 3-day assignment clock (LAL art. 36) runs
        LocalDateTime now = LocalDateTime.now(ChinaTime.ZONE);
        DeadlineCounts counts = f.officer.call(() -> deadlines.countOpen());
        long open = sql("select count(*) from clock_item where open_flag = true and unit_id in ({units})");
        long dueSoon = sql("select count(*) from clock_item where open_flag = true and paused_since is null and unit_id in ({units})"
                + " and due_at >= ? and due_at <= ?", now, now.plusDays(2));
        assertAll(
                () -> assertEquals(open, counts.open(), "every open clock of the units, as counted by SQL"),
                () -> assertEquals(dueSoon, counts.dueSoon(), "due within two days, as counted by SQL"),
                () -> assertEquals(open, f.officer.call(() -> deadlines.countDeadlines(
                        new org.legalaid.intake.DeadlineFilter(org.legalaid.intake.DeadlineFilter.Show.OPEN, null))),
                        "the figure is the length of the list it opens"));
        assertTrue(counts.open() > counts.dueSoon() + counts.overdue(),
                "a clock due later than two days is counted among the open ones (the card showed only overdue, due soon and paused)");
    }

    private ClosingForm form(LegalCase c) {
        ClosingForm form = new ClosingForm();
        form.setOutcome(CaseOutcome.JUDGMENT);
        form.setOutcomeText("一审判决");
        form.setReport("承办律师会见被告人三次，阅卷一次，出庭一次。");
        form.setSubmittedOn(today);
        form.setPresent(CaseFileItem.requiredFor(ClosingSubmission.kindOf(c, CaseOutcome.JUDGMENT)));
        return form;
    }
}
