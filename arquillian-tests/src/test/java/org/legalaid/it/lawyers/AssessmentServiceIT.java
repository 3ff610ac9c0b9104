package org.legalaid.it.lawyers;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.lawyers.AssessmentFigures;
import org.legalaid.lawyers.AssessmentResult;
import org.legalaid.lawyers.LawyerAssessment;
import org.legalaid.lawyers.QuotaProgress;
import org.legalaid.lawyers.boundary.AssessmentService;
import org.legalaid.lawyers.boundary.QuotaService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Role;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annual assessment 考核 (LAL art. 60): the figures gathered for a lawyer's year — fulfilment
 * from the quota ledger, refusals (LAL art. 62, 63), agreements signed more than 5 days after the
 * assignment or still unsigned after them — and the supervisor's result, once per lawyer and year.
 * A past year of the test's own, with the lawyer registered before it.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Annual assessment (LAL art. 60): figures gathered, result recorded once, unqualified flagged")
class AssessmentServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AssessmentServiceIT.class, PoolFixtures.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private PoolFixtures pool;

    @Inject
    private AssessmentService assessments;

    @Inject
    private QuotaService quotas;

    private Fixtures.Tree tree;
    private As supervisor;
    private As officer;
    private int year;
    private long firm;
    private long lawyer;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("sup"), tree.bureau(), pw, Role.BUREAU_SUPERVISOR);
        fixtures.account(tree.user("officer"), tree.centre(), pw, Role.ASSIGNMENT_OFFICER);
        supervisor = As.user(tree.user("sup"), Role.BUREAU_SUPERVISOR);
        officer = As.user(tree.user("officer"), Role.ASSIGNMENT_OFFICER);
        year = ThreadLocalRandom.current().nextInt(2001, 2021);
        firm = pool.firm(tree.centre().getId(), "考核律所" + tree.suffix());
        lawyer = pool.lawyer(firm, "韩律师" + tree.suffix(), "ACTIVE", LocalDate.of(year - 1, 1, 1));
        fixtures.sql("update lawyer set created_at = ?1 where id = ?2",
                OffsetDateTime.of(year - 1, 6, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)), lawyer);
    }

    private void assignment(LocalDate on, LocalDate signedOn) {
        long id = pool.assignment(tree.centre().getId(), lawyer, firm, on, null, null);
        if (signedOn != null) {
            fixtures.sql("update assignment set agreement_signed_on = ?1 where id = ?2", signedOn, id);
        }
    }

    private void refusal(LocalDate on) {
        fixtures.sql("insert into lawyer_refusal (id, lawyer_id, firm_id, subject_type, subject_id, refused_on, reason, recorded_by,"
                + " recorded_at) values (nextval('lawyer_refusal_seq'), ?1, ?2, 'APPLICATION', ?3, ?4, '案件冲突', 'test', ?5)", lawyer, firm,
                ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), on, OffsetDateTime.now());
    }

    @Test
    @DisplayName("refusals of the year and agreements signed late or still unsigned after 5 days are counted")
    void theFiguresAreGathered() throws Exception {
        assignment(LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 4));   // in time
        assignment(LocalDate.of(year, 4, 1), LocalDate.of(year, 4, 8));   // 7 days: late
        assignment(LocalDate.of(year, 5, 1), null);                       // never signed: late
        assignment(LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 6));   // the 5th day: in time
        refusal(LocalDate.of(year, 2, 10));
        refusal(LocalDate.of(year, 9, 30));
        refusal(LocalDate.of(year + 1, 1, 2));                             // next year's

        AssessmentFigures f = officer.call(() -> assessments.gatherFigures(lawyer, year));
        assertEquals(4, f.assigned());
        assertEquals(2, f.refusals());
        assertEquals(2, f.lateAssignments());
        QuotaProgress ledger = officer.call(() -> quotas.getLawyerProgress(lawyer, year));
        assertEquals(ledger.quota(), f.quota(), "the quota is the ledger's");
        assertEquals(ledger.fulfilment(), f.fulfilment(), "the fulfilment is the ledger's");
        assertNull(f.qualityGrade(), "no final quality grade of the lawyer's cases this year");
        assertEquals(0, f.upheldComplaints(), "the complaints context counts none upheld against the lawyer");
    }

    @Test
    @DisplayName("the supervisor records the result once; an unqualified result is flagged; the figures stay as recorded")
    void theResultIsRecordedOnceAndUnqualifiedIsFlagged() throws Exception {
        refusal(LocalDate.of(year, 2, 10));
        LawyerAssessment a = supervisor.call(() -> assessments.record(lawyer, year, AssessmentResult.UNQUALIFIED, "多次拒绝指派"));
        assertEquals(1, a.getRefusals());
        assertTrue(a.mayLeadToSuspension());
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'LawyerAssessment' and e.entityId = '"
                + a.getId() + "'"));

        assertEquals("lawyers.assessment.exists", assertThrows(BusinessException.class,
                () -> supervisor.call(() -> assessments.record(lawyer, year, AssessmentResult.QUALIFIED, null))).messageKey());
        assertThrows(EJBAccessException.class,
                () -> officer.call(() -> assessments.record(lawyer, year - 1, AssessmentResult.QUALIFIED, null)));

        refusal(LocalDate.of(year, 3, 10));
        List<AssessmentService.AssessmentRow> rows = officer.call(() -> assessments.findRows(year, "韩律师" + tree.suffix(), 0, 10));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).mayLeadToSuspension(), "flagged: may lead to suspension or exit");
        assertEquals(1, rows.get(0).assessment().figures().refusals(), "the recorded figures do not move");
        assertEquals(2, officer.call(() -> assessments.gatherFigures(lawyer, year)).refusals());

        long other = pool.lawyer(firm, "韩律师乙" + tree.suffix(), "ACTIVE", LocalDate.of(year - 1, 1, 1));
        fixtures.sql("update lawyer set created_at = ?1 where id = ?2",
                OffsetDateTime.of(year - 1, 6, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)), other);
        supervisor.call(() -> assessments.record(other, year, AssessmentResult.EXCELLENT, null));
        AssessmentService.AssessmentRow excellent = officer.call(() -> assessments.findRows(year, "韩律师乙" + tree.suffix(), 0, 10)).get(0);
        assertFalse(excellent.mayLeadToSuspension());
    }
}
