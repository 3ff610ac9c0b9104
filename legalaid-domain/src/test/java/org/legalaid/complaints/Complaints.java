package org.legalaid.complaints;

import org.legalaid.intake.DeadlineCalendar;
import org.legalaid.intake.HolidayCalendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/** Test fixtures: complaints as a handler writes them down, and the 2026 holiday calendar's autumn. */
final class Complaints {

    /** Mid-Autumn and National Day 2026 as the State Council set them (seeded by V8). */
    static final DeadlineCalendar CALENDAR_2026 = new DeadlineCalendar(new HolidayCalendar(Set.of(
            LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 26), LocalDate.of(2026, 9, 27),
            LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 4),
            LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            Set.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10))));

    private Complaints() {
    }

    static ComplaintForm form(ComplaintChannel channel, RespondentType type, LocalDate knewOn) {
        ComplaintForm f = new ComplaintForm();
        f.setChannel(channel);
        f.setComplainantName("王秀兰");
        f.setComplainantPhone("13800000000");
        f.setRespondentType(type);
        if (type == RespondentType.STAFF) {
            f.setRespondentUsername("zhangsan");
        } else {
            f.setRespondentId(7L);
        }
        f.setGround(ComplaintGround.NO_PROGRESS_REPORTS);
        f.setFacts("承办律师三个月未告知案件进展。");
        f.setKnewOn(knewOn);
        return f;
    }

    static Complaint received(ComplaintChannel channel, RespondentType type, LocalDateTime at) {
        return new Complaint(ReceiptNumber.next(), 3L, form(channel, type, at.toLocalDate().minusMonths(1)), "被投诉人",
                type == RespondentType.CENTRE || type == RespondentType.STAFF ? 4L : null,
                new Complaint.CaseRef(11L, "青法援案〔2026〕1号", 7L, "casesup"), at, "complaints");
    }

    static Complaint accepted(LocalDateTime at) {
        Complaint c = received(ComplaintChannel.LETTER, RespondentType.LAWYER, at);
        c.accept(at);
        return c;
    }
}
