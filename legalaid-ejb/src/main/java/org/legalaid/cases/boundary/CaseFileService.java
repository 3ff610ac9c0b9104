package org.legalaid.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.legalaid.cases.CaseProgress;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.ChecklistLine;
import org.legalaid.cases.ClosingSubmission;
import org.legalaid.cases.DateViolation;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.ProgressKind;
import org.legalaid.cases.control.CaseRepository;
import org.legalaid.cases.control.ClosingRepository;
import org.legalaid.cases.control.HandlingRepository;
import org.legalaid.intake.ClockReading;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.boundary.CaseClockService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.Roles;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the quality context may know of an archived case's file (issue 16: the automatic check of every
 * archived case, 一案一评, and cross-avoidance): the checklist of the last closing submission with the
 * review's verdicts, the date-order violations, the clock steps done late, the log's counts (meetings,
 * struck-out entries, follow-up visits) and the staff who supervised, reviewed or archived it — never the
 * client's personal data. The cases context keeps its own rules; this only reports.
 *
 * <p>Not limited to the caller's units: an evaluator is assigned cases of other units on purpose
 * (交叉回避, seed 004), and the quality context limits access to the cases it assigned.
 */
@Stateless
@RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR, Roles.QUALITY_EVALUATOR})
public class CaseFileService {

    @Inject
    private CaseRepository cases;

    @Inject
    private ClosingRepository closings;

    @Inject
    private HandlingRepository handling;

    @Inject
    private CaseClockService clocks;

    @Inject
    private Clock clock;

    /** A checklist line: the item's code and the document's name, whether required and handed in, the review's verdict (or null). */
    public record FileItem(String code, String documentName, boolean required, boolean present, String verdict)
            implements Serializable {
    }

    /**
     * The facts of a case's file.
     *
     * @param involvedUsers  the case's supervisor and who reviewed and archived its file
     * @param hasSubmission  whether a closing submission exists (a legacy case has none)
     * @param dateViolations the date-order violations, described plainly
     * @param lateSteps      the label keys of the clock steps done late or overdue
     */
    public record CaseFileFacts(long caseId, String caseNumber, long unitId, MatterType matterType, CaseStatus status,
                                boolean legacy, Long lawyerId, String lawyerName, String firmName, Set<String> involvedUsers,
                                boolean hasSubmission, List<FileItem> items, List<String> dateViolations,
                                List<String> lateSteps, int meetings, int struckOut, int followUps, LocalDate archivedOn)
            implements Serializable {
    }

    /** The facts of any case's file, empty when there is no such case. */
    public Optional<CaseFileFacts> findFileFacts(long caseId) {
        return cases.find(caseId).map(this::facts);
    }

    /**
     * The ids of archived cases, lowest first, at most {@code max}: for the quality context to check cases
     * archived before it observed archiving (the demonstration's legacy cases).
     */
    public List<Long> findArchivedCaseIds(int max) {
        return cases.findArchivedIds(max);
    }

    private CaseFileFacts facts(LegalCase c) {
        Optional<ClosingSubmission> s = closings.findLatest(c.getId());
        Set<String> involved = new LinkedHashSet<>();
        if (c.getSupervisor() != null) {
            involved.add(c.getSupervisor());
        }
        List<FileItem> items = new ArrayList<>();
        s.ifPresent(sub -> {
            if (sub.getReviewedBy() != null) {
                involved.add(sub.getReviewedBy());
            }
            if (sub.getArchivedBy() != null) {
                involved.add(sub.getArchivedBy());
            }
            for (ChecklistLine l : sub.getLines()) {
                items.add(new FileItem(l.getItem().name(), l.getItem().documentName(), l.isRequired(), l.isPresent(),
                        l.getVerdict() == null ? null : l.getVerdict().name()));
            }
        });
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        List<String> dates = c.dates().violations(today).stream().map(DateViolation::describe).toList();
        // a legacy case ran no clocks on this system (its dates are checked by the date logic above)
        List<String> late = c.isLegacy() ? List.of() : clocks.findClocks(c.getId()).stream()
                .filter(r -> Boolean.TRUE.equals(r.late())).map(ClockReading::step).map(st -> st.labelKey()).distinct().toList();
        int meetings = 0;
        int struck = 0;
        int followUps = 0;
        for (CaseProgress p : handling.findProgress(c.getId())) {
            if (p.isStruck()) {
                struck++;
                continue;
            }
            if (p.getKind() == ProgressKind.MEETING) {
                meetings++;
            } else if (p.getKind() == ProgressKind.FOLLOW_UP_VISIT) {
                followUps++;
            }
        }
        return new CaseFileFacts(c.getId(), c.getCaseNumber(), c.getUnitId(), c.getMatterType(), c.getStatus(),
                c.isLegacy(), c.getLawyerId(), c.getLawyerName(), c.getFirmName(), Set.copyOf(involved), s.isPresent(),
                List.copyOf(items), dates, late, meetings, struck, followUps, c.getArchivedOn());
    }
}
