package org.legalaid.quality.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.legalaid.cases.boundary.CaseFileService;
import org.legalaid.intake.MatterType;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.quality.ArchivedCase;
import org.legalaid.quality.Campaign;
import org.legalaid.quality.CampaignState;
import org.legalaid.quality.CheckFinding;
import org.legalaid.quality.Evaluation;
import org.legalaid.quality.EvaluationForm;
import org.legalaid.quality.Grade;
import org.legalaid.quality.ItemScore;
import org.legalaid.quality.ProblemType;
import org.legalaid.quality.Round;
import org.legalaid.quality.SampledCase;
import org.legalaid.quality.control.QualityRepository;
import org.legalaid.quality.control.Reevaluations;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.control.CurrentTime;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evaluator's work (seed 004 "初评阶段由评估师对每个案件独立评估"): what waits for this person, the
 * scoring sheet with the case file's documents and the automatic check beside the form — blind where the
 * form version says so (no lawyer, firm, unit or case number) — and the submission, which computes the total
 * and grade and, for 优秀 and 不合格, places the re-evaluation with a different evaluator. An evaluator sees
 * only the evaluations assigned to them.
 */
@Stateless
@RolesAllowed(Roles.QUALITY_EVALUATOR)
public class EvaluationService {

    @Inject
    private QualityRepository repository;

    @Inject
    private CaseFileService files;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Reevaluations reevaluations;

    @Inject
    private Actors actors;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    /** An evaluation waiting for the caller; {@code caseLabel} is the case number, or the sample's reference when blind. */
    public record WorkItem(long evaluationId, String campaignName, Round round, String caseLabel, String formTitle,
                           int eligible, int loadBefore) implements Serializable {
    }

    /** The evaluator's workbench: initial evaluations and re-evaluations waiting, objections to cases they evaluated. */
    public record Workbench(List<WorkItem> items, int initial, int reevaluations, int objections) implements Serializable {
    }

    public Workbench findWork() {
        String me = actors.username();
        List<WorkItem> items = repository.findOpenWork(me).stream().map(this::item).toList();
        int objections = (int) repository.findEvaluationsOfUser(me).stream().map(e -> repository.findSample(e.getSampleId()))
                .flatMap(java.util.Optional::stream).filter(SampledCase::hasOpenObjection).map(SampledCase::getId).distinct().count();
        return new Workbench(items, (int) items.stream().filter(i -> i.round() == Round.INITIAL).count(),
                (int) items.stream().filter(i -> i.round() == Round.REEVALUATION).count(), objections);
    }

    private WorkItem item(Evaluation e) {
        Campaign c = repository.findCampaign(e.getCampaignId()).orElseThrow();
        EvaluationForm f = repository.findForm(e.getFormId()).orElseThrow();
        String label = f.isBlind() ? "样本 " + e.getSampleId()
                : repository.findArchivedCase(e.getCaseId()).map(ArchivedCase::getCaseNumber).orElse("");
        return new WorkItem(e.getId(), c.getName(), e.getRound(), label, f.getTitle() + " v" + f.getFormVersion(),
                e.getEligible(), e.getLoadBefore());
    }

    /**
     * The sheet of an evaluation: the form, the scores so far, and the case beside it.
     *
     * @param caseNumber  null when the form is blind
     * @param lawyerName  null when the form is blind
     * @param firmName    null when the form is blind
     * @param unitName    null when the form is blind
     * @param findings    the automatic check of the case's file
     * @param documents   the file's checklist (document, required, handed in, the closing review's verdict)
     * @param currentFormVersion the newest version of the form's kind: a higher one than the evaluation's flags the
     *                           file as scored on an outdated form (seed 004 (八) "案件质量评估表未使用新表")
     */
    public record Sheet(Evaluation evaluation, EvaluationForm form, String campaignName, String caseLabel, String caseNumber,
                        MatterType matterType, String lawyerName, String firmName, String unitName,
                        List<CheckFinding> findings, List<CaseFileService.FileItem> documents, int currentFormVersion)
            implements Serializable {
        public boolean isOutdatedForm() {
            return currentFormVersion > form.getFormVersion();
        }
    }

    public Sheet getSheet(long evaluationId) {
        Evaluation e = own(evaluationId);
        EvaluationForm f = repository.findForm(e.getFormId()).orElseThrow();
        ArchivedCase a = repository.findArchivedCase(e.getCaseId()).orElseThrow();
        Campaign c = repository.findCampaign(e.getCampaignId()).orElseThrow();
        List<CaseFileService.FileItem> documents = files.findFileFacts(e.getCaseId())
                .map(CaseFileService.CaseFileFacts::items).orElse(List.of());
        boolean blind = f.isBlind();
        String unitName = blind ? null : organisation.findUnitNamesInScope().get(a.getUnitId());
        return new Sheet(e, f, c.getName(), blind ? "样本 " + e.getSampleId() : a.getCaseNumber(),
                blind ? null : a.getCaseNumber(), a.getMatterType(), blind ? null : a.getLawyerName(),
                blind ? null : a.getFirmName(), unitName, a.getFindings(), documents,
                repository.findCurrentForm(f.getKind()).map(EvaluationForm::getFormVersion).orElse(f.getFormVersion()));
    }

    /** The evaluator's scores: one per item, comments by item, the problems found and the opinion. */
    public record Scoring(Map<String, BigDecimal> scores, Map<String, String> comments, Set<ProblemType> problems,
                          String opinion) implements Serializable {
    }

    /**
     * Submits the evaluation: every item scored within its maximum; total and grade computed by the form
     * version; then the sampled case moves on (re-evaluation for 优秀 and 不合格, the panel beyond the margin).
     * Nothing is stored when a score is refused.
     *
     * @throws BusinessException those of {@link Evaluation#submit}; {@code quality.evaluation.opinionTooLong};
     *                           {@code quality.campaign.state} once the campaign's results are notified
     */
    public Evaluation submit(long evaluationId, @NotNull Scoring s) {
        Evaluation e = repository.lockEvaluation(evaluationId)
                .filter(x -> x.getEvaluatorUser().equals(actors.username()))
                .orElseThrow(() -> new NotFoundException("QualityEvaluation", evaluationId));
        if (s.opinion() != null && s.opinion().length() > Evaluation.OPINION_MAX) {
            throw new BusinessException("quality.evaluation.opinionTooLong", Evaluation.OPINION_MAX);
        }
        Campaign c = repository.findCampaign(e.getCampaignId()).orElseThrow();
        c.require(CampaignState.DRAWN);
        SampledCase sample = repository.lockSample(e.getSampleId()).orElseThrow();
        EvaluationForm f = repository.findForm(e.getFormId()).orElseThrow();
        Grade g = e.submit(f, s.scores(), s.comments(), s.problems(),
                s.opinion() == null || s.opinion().isBlank() ? null : s.opinion().strip(), time.now());
        if (e.getRound() == Round.INITIAL) {
            sample.initialEvaluated(e.getTotal(), g);
        } else {
            sample.reevaluated(e.getTotal(), g, c.getReevaluationMargin());
        }
        audit.fire(AuditEvent.of(AuditAction.UPDATE, CampaignService.EVALUATION, evaluationId, e.getRound() + " evaluation of case "
                + e.getCaseId() + ": total " + e.getTotal() + ", grade " + g + "; case now " + sample.getState()));
        if (sample.getState() == org.legalaid.quality.SampleState.REEVALUATION) {
            reevaluations.place(sample, List.of());
        }
        return e;
    }

    /** The caller's submitted scores of an evaluation, by item (for the sheet after submission). */
    public Map<String, ItemScore> findScores(long evaluationId) {
        return own(evaluationId).scoresByItem();
    }

    private Evaluation own(long evaluationId) {
        return repository.findEvaluation(evaluationId).filter(x -> x.getEvaluatorUser().equals(actors.username()))
                .orElseThrow(() -> new NotFoundException("QualityEvaluation", evaluationId));
    }
}
