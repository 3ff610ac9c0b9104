package org.legalaid.it.cases;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.cases.CaseMilestone;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.TimelineEntry;
import org.legalaid.cases.boundary.CaseService;
import org.legalaid.intake.MatterType;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.lawyers.EndReason;
import org.legalaid.lawyers.boundary.AssignmentService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.NotFoundException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Cases open at the first assignment (docs/domain.md lifecycle 7–8, issue 5)")
class CaseOpeningIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(Stream.concat(Stream.of(CaseOpeningIT.class), Stream.of(CaseFixtures.CLASSES))
                .toArray(Class<?>[]::new));
    }

    @Inject
    private CaseFixtures f;

    @Inject
    private CaseService cases;

    @Inject
    private AssignmentService assignments;

    @Inject
    private Fixtures fixtures;

    @BeforeEach
    void setUp() throws Exception {
        f.setUp();
    }

    @Test
    @DisplayName("assigning a granted application opens one case, numbered in the centre's case series, dated from intake to assignment in order")
    void assignmentOpensNumberedCase() throws Exception {
        LegalCase c = f.civilCase();
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        assertEquals(CaseStatus.HANDLING, c.getStatus());
        assertEquals(f.tree().districtA().code() + "法援案〔" + today.getYear() + "〕1号", c.getCaseNumber());
        assertEquals("王桂兰", c.getClientName());
        assertEquals(MatterType.CIVIL, c.getMatterType());
        assertEquals("赵律师", c.getLawyerName());
        assertEquals(today, c.getAssignedOn());
        assertEquals(today, c.getAppliedOn());
        assertEquals(today, c.getDecidedOn());
        assertEquals(List.of(), c.dates().violations(today));
        LegalCase second = f.civilCase("刘淑芬");
        assertTrue(second.getCaseNumber().endsWith("〔" + today.getYear() + "〕2号"), second.getCaseNumber());

        List<TimelineEntry> timeline = f.supervisor.call(() -> cases.findTimeline(c.getId()));
        assertEquals(List.of(CaseMilestone.APPLIED.labelKey(), CaseMilestone.ACCEPTED.labelKey(),
                        CaseMilestone.DECIDED.labelKey(), CaseMilestone.ASSIGNED.labelKey()),
                timeline.stream().map(TimelineEntry::kindKey).toList());
        long viewed = fixtures.count("select count(e) from AuditEntry e where e.entityType = 'LegalCase' and e.entityId = '"
                + c.getId() + "' and e.action = org.legalaid.shared.AuditAction.READ");
        f.supervisor.call(() -> cases.getCase(c.getId()));
        assertEquals(viewed + 1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'LegalCase' and e.entityId = '"
                + c.getId() + "' and e.action = org.legalaid.shared.AuditAction.READ"), "every view of a case is audited");
    }

    @Test
    @DisplayName("a notified criminal case opens a criminal case; a change of lawyer (LAL art. 55) names the next lawyer on the same case")
    void criminalCaseAndLawyerChange() throws Exception {
        LegalCase c = f.criminalCase();
        assertEquals(MatterType.CRIMINAL, c.getMatterType());
        assertTrue(c.isCriminal());
        long next = f.lawyer("孙律师");
        f.officer.call(() -> assignments.changeLawyer(c.getAssignmentId(), EndReason.CLIENT_REQUEST, "当事人要求更换", next, "当事人点名"));
        LegalCase after = f.supervisor.call(() -> cases.getCase(c.getId()));
        assertEquals("孙律师", after.getLawyerName());
        assertEquals(next, after.getLawyerId());
        assertNotEquals(c.getAssignmentId(), after.getAssignmentId());
        assertEquals(c.getCaseNumber(), after.getCaseNumber(), "still the one case");
    }

    @Test
    @DisplayName("a case supervisor of another district does not find the case")
    void scoped() throws Exception {
        LegalCase c = f.civilCase();
        Exception e = assertThrows(Exception.class, () -> f.outsider.call(() -> cases.getCase(c.getId())));
        Throwable cause = e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e;
        assertInstanceOf(NotFoundException.class, cause);
    }
}
