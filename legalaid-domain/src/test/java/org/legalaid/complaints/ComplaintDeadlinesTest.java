package org.legalaid.complaints;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.intake.DeadlineCalendar;
import org.legalaid.intake.HolidayCalendar;
import org.legalaid.intake.Pause;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.complaints.Complaints.CALENDAR_2026;

/** The clocks of MoJ order 149, counted on intake's calendar. */
class ComplaintDeadlinesTest {

    @Test
    @DisplayName("art. 8: a complaint is within time up to the same date three years after the complainant knew")
    void art8ThreeYearsFromKnowing() {
        LocalDate knew = LocalDate.of(2023, 3, 1);
        assertTrue(ComplaintDeadlines.withinFilingPeriod(knew, LocalDate.of(2026, 3, 1)));
        assertFalse(ComplaintDeadlines.withinFilingPeriod(knew, LocalDate.of(2026, 3, 2)));
        assertTrue(ComplaintDeadlines.withinFilingPeriod(LocalDate.of(2024, 2, 29), LocalDate.of(2027, 2, 28)));
        assertFalse(ComplaintDeadlines.withinFilingPeriod(LocalDate.of(2024, 2, 29), LocalDate.of(2027, 3, 1)));
    }

    @Test
    @DisplayName("art. 15: 5 working days from 30 September 2026 skip the National Day week and count the adjusted Saturday 10 October")
    void art15FiveWorkingDaysAcrossNationalDay() {
        LocalDateTime received = LocalDateTime.of(2026, 9, 30, 16, 0);
        assertEquals(LocalDateTime.of(2026, 10, 14, 0, 0), ComplaintDeadlines.acceptanceDue(CALENDAR_2026, received, List.of()));
        DeadlineCalendar weekendsOnly = new DeadlineCalendar(HolidayCalendar.weekendsOnly());
        assertEquals(LocalDateTime.of(2026, 10, 8, 0, 0), ComplaintDeadlines.acceptanceDue(weekendsOnly, received, List.of()),
                "without the holiday calendar the week would count");
    }

    @Test
    @DisplayName("art. 12 and 15: the days waiting for the missing information do not count towards the 5 working days")
    void art15MaterialsWaitExcluded() {
        LocalDateTime received = LocalDateTime.of(2026, 11, 2, 9, 0); // Monday
        assertEquals(LocalDateTime.of(2026, 11, 10, 0, 0), ComplaintDeadlines.acceptanceDue(CALENDAR_2026, received, List.of()));
        // asked on Tuesday 3 November (which counts), answered on Tuesday 10 November: 4 to 10 November stand still
        Pause waiting = new Pause(LocalDateTime.of(2026, 11, 3, 10, 0), LocalDateTime.of(2026, 11, 10, 15, 0));
        assertEquals(LocalDateTime.of(2026, 11, 17, 0, 0),
                ComplaintDeadlines.acceptanceDue(CALENDAR_2026, received, List.of(waiting)));
    }

    @Test
    @DisplayName("art. 23: 60 days from acceptance, a 10-day suspension (art. 21) not counted, then the extension of 30")
    void art23SixtyPlusThirtyWithSuspension() {
        LocalDateTime accepted = LocalDateTime.of(2026, 3, 2, 10, 0);
        assertEquals(LocalDateTime.of(2026, 5, 2, 0, 0), ComplaintDeadlines.decisionDue(CALENDAR_2026, accepted, 0, List.of()));
        Pause suspended = new Pause(LocalDateTime.of(2026, 3, 10, 9, 0), LocalDateTime.of(2026, 3, 20, 9, 0));
        assertEquals(LocalDateTime.of(2026, 5, 12, 0, 0),
                ComplaintDeadlines.decisionDue(CALENDAR_2026, accepted, 0, List.of(suspended)));
        assertEquals(LocalDateTime.of(2026, 6, 11, 0, 0),
                ComplaintDeadlines.decisionDue(CALENDAR_2026, accepted, 30, List.of(suspended)));
    }

    @Test
    @DisplayName("art. 23 on the complaint: suspended, resumed and extended once, the due date moves by the suspension and the 30 days")
    void art23OnTheComplaint() {
        Complaint c = Complaints.accepted(LocalDateTime.of(2026, 3, 2, 10, 0));
        c.suspend("法院正在审理同一事项", LocalDateTime.of(2026, 3, 10, 9, 0));
        c.resume(LocalDateTime.of(2026, 3, 20, 9, 0));
        assertEquals(LocalDateTime.of(2026, 5, 12, 0, 0), c.decisionDue(CALENDAR_2026));
        c.requestExtension(30, "需调取法院卷宗", "complaints", LocalDateTime.of(2026, 4, 20, 9, 0));
        c.decideExtension(true, "director", LocalDateTime.of(2026, 4, 21, 9, 0), CALENDAR_2026);
        assertEquals(LocalDateTime.of(2026, 6, 11, 0, 0), c.decisionDue(CALENDAR_2026));
    }

    @Test
    @DisplayName("art. 23: a repeat complaint merged in starts the 60 days again from the last acceptance")
    void art23MergedComplaintRestartsFromLastAcceptance() {
        Complaint first = Complaints.accepted(LocalDateTime.of(2026, 3, 2, 10, 0));
        Complaint repeat = Complaints.received(ComplaintChannel.LETTER, RespondentType.LAWYER, LocalDateTime.of(2026, 3, 19, 10, 0));
        repeat.mergeInto(first, LocalDateTime.of(2026, 3, 20, 11, 0));
        assertEquals(ComplaintStatus.MERGED, repeat.getStatus());
        assertEquals(LocalDateTime.of(2026, 5, 20, 0, 0), first.decisionDue(CALENDAR_2026));
    }

    @Test
    @DisplayName("art. 24: the written decision is delivered within 5 working days")
    void art24DeliveryInFiveWorkingDays() {
        assertEquals(LocalDateTime.of(2026, 10, 14, 0, 0),
                ComplaintDeadlines.deliveryDue(CALENDAR_2026, LocalDateTime.of(2026, 9, 30, 11, 0)));
    }
}
