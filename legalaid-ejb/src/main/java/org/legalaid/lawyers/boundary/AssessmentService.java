package org.legalaid.lawyers.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.lawyers.AgreementTimeliness;
import org.legalaid.lawyers.AssessmentFigures;
import org.legalaid.lawyers.AssessmentResult;
import org.legalaid.lawyers.LawyerAssessment;
import org.legalaid.lawyers.LawyerQuotaLine;
import org.legalaid.lawyers.QuotaProgress;
import org.legalaid.lawyers.QuotaRuleEntry;
import org.legalaid.lawyers.control.AssessmentRepository;
import org.legalaid.lawyers.control.QuotaLedger;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Roles;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The annual assessment 考核 of lawyers (LAL art. 60; issue 4 "Annual assessment"): for a lawyer
 * and year the service gathers the figures — quota fulfilment from the quota ledger, refusals of
 * offered cases (LAL art. 62, 63) and agreements signed late ({@link AgreementTimeliness}) — and the
 * bureau's supervisor records the result with a comment, once per lawyer and year, the figures
 * frozen with it.
 *
 * <p>The quality grade and the upheld complaints are part of the assessment but belong to the
 * quality and complaints contexts: each gives its part as an {@link AssessmentContributor}; a figure no
 * context gives is null (shown as "not available") and the result is recorded without it.
 *
 * <p>An {@link AssessmentResult#UNQUALIFIED} result is flagged in the list as one that may lead to
 * suspension or exit; the status change itself goes through the registry's status lifecycle, with
 * its own request and approval.
 */
@Stateless
@RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.ASSIGNMENT_OFFICER})
public class AssessmentService {

    static final String ASSESSMENT = "LawyerAssessment";

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private QuotaLedger ledger;

    @Inject
    private QuotaService quotas;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Clock clock;

    @Inject
    @Any
    private Instance<AssessmentContributor> contributors;

    @Inject
    private Event<AuditEvent> audit;

    /** A lawyer of the year's list, with the assessment when recorded. */
    public record AssessmentRow(LawyerQuotaLine lawyer, LawyerAssessment assessment) implements Serializable {

        public boolean isAssessed() {
            return assessment != null;
        }

        /** Flag for an unqualified result: it may lead to suspension or exit. */
        public boolean mayLeadToSuspension() {
            return assessment != null && assessment.mayLeadToSuspension();
        }
    }

    /**
     * The figures for a lawyer's assessment of the year, as they stand now (audited: the
     * assessment is part of the lawyer's record).
     */
    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.ASSIGNMENT_OFFICER})
    public AssessmentFigures gatherFigures(long lawyerId, @Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year) {
        AssessmentFigures f = figures(lawyerId, year);
        audit.fire(AuditEvent.of(AuditAction.READ, ASSESSMENT, lawyerId + "/" + year, "figures gathered"));
        return f;
    }

    /**
     * Records the year's result for a lawyer with the figures as they stand.
     *
     * @throws BusinessException {@code lawyers.assessment.exists} (year) when the lawyer was
     *                           already assessed for the year (also when two supervisors record
     *                           at the same moment: the database's unique key decides)
     */
    @RolesAllowed(Roles.BUREAU_SUPERVISOR)
    public LawyerAssessment record(long lawyerId, @Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year,
                                   @NotNull AssessmentResult result,
                                   @Size(max = LawyerAssessment.COMMENT_MAX) @PlainText String comment) {
        if (assessments.find(lawyerId, year).isPresent()) {
            throw new BusinessException("lawyers.assessment.exists", String.valueOf(year));
        }
        AssessmentFigures f = figures(lawyerId, year);
        LawyerAssessment a = assessments.add(new LawyerAssessment(lawyerId, year, f, result, comment,
                organisation.getCaller().getUsername(), OffsetDateTime.now(clock)));
        try {
            assessments.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new BusinessException("lawyers.assessment.exists", String.valueOf(year));
            }
            throw e;
        }
        audit.fire(AuditEvent.of(AuditAction.CREATE, ASSESSMENT, a.getId(), "lawyer " + lawyerId + ", " + year + ": " + result
                + " (fulfilment " + f.fulfilment() + ", refusals " + f.refusals() + ", late " + f.lateAssignments() + ")"));
        return a;
    }

    /** The lawyer's assessment of the year, if recorded. */
    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.ASSIGNMENT_OFFICER})
    public Optional<LawyerAssessment> findAssessment(long lawyerId, @Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year) {
        return assessments.find(lawyerId, year);
    }

    /**
     * A page of the year's lawyers (those in the quota ledger for the year), lowest fulfilment
     * first, each with its assessment when recorded.
     */
    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.ASSIGNMENT_OFFICER})
    public List<AssessmentRow> findRows(@Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year,
                                        @Size(max = 50) String text, @Min(0) int first, @Min(1) @Max(500) int max) {
        Map<Long, LawyerAssessment> done = assessments.findYear(year).stream()
                .collect(Collectors.toMap(LawyerAssessment::getLawyerId, Function.identity()));
        return quotas.findLawyerLines(year, text, first, max).stream()
                .map(l -> new AssessmentRow(l, done.get(l.lawyerId()))).toList();
    }

    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.ASSIGNMENT_OFFICER})
    public long countRows(@Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year, @Size(max = 50) String text) {
        return quotas.countLawyerLines(year, text);
    }

    private AssessmentFigures figures(long lawyerId, int year) {
        if (!assessments.lawyerExists(lawyerId)) {
            throw new NotFoundException("Lawyer", lawyerId);
        }
        QuotaProgress progress = ledger.lawyerProgress(lawyerId, year);
        int refusals = assessments.countRefusals(lawyerId, year);
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        int late = (int) assessments.findAssignmentDates(lawyerId, year).stream()
                .filter(d -> AgreementTimeliness.isLate(d[0], d[1], today)).count();
        AssessmentContributor.Contribution others = AssessmentContributor.Contribution.NONE;
        for (AssessmentContributor c : contributors) {
            others = others.with(c.contributionFor(lawyerId, year));
        }
        return AssessmentFigures.of(progress, refusals, late).with(others.qualityGrade(), others.upheldComplaints());
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
