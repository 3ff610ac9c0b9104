package org.legalaid.quality.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.boundary.DeadlineService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.quality.CommendedPerson;
import org.legalaid.quality.ComplianceRate;
import org.legalaid.quality.CrossInspection;
import org.legalaid.quality.DataFigure;
import org.legalaid.quality.Figure;
import org.legalaid.quality.InspectedCentre;
import org.legalaid.quality.Inspection;
import org.legalaid.quality.InspectionAct;
import org.legalaid.quality.InspectionPhase;
import org.legalaid.quality.InspectionScore;
import org.legalaid.quality.InspectionWaiting;
import org.legalaid.quality.Scorecard;
import org.legalaid.quality.ScorecardItem;
import org.legalaid.quality.control.InspectionRepository;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.control.CurrentTime;
import org.legalaid.shared.pdf.OfficialDocumentContent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Institution inspections (seed 000 "法律援助规范与质量检查活动", seed 002 "规范服务达标活动"; DOMAIN.md "Quality
 * supervision"): the bureau supervisor opens a campaign on a scorecard version for the centres of the city and
 * takes it through its phases — mobilise, self-inspection (each centre's director files the self-report),
 * cross-inspection (the centres of one group score those of another, never their own; the figures the system
 * knows are taken from the data when the phase starts), acceptance (the centres below the threshold get a
 * follow-up date and its outcome; centres and people are commended) — and reads the results: scores and
 * deductions per centre, ranking, the compliance rate against the target (seed 002: 90 %), as a PDF notice.
 * Who may act when is {@link InspectionAct}, answered by {@link #actsOn} and enforced here.
 */
@Stateless
public class InspectionService {

    static final String SCORECARD = "QualityScorecard";
    static final String INSPECTION = "QualityInspection";
    static final String CENTRE = "QualityInspectedCentre";

    @Inject
    private InspectionRepository repository;

    @Inject
    private OrganisationService organisation;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private Actors actors;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    @Resource
    private SessionContext context;

    // ---- scorecards ------------------------------------------------------------------------------------

    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public List<Scorecard> findScorecards() {
        return repository.findScorecards();
    }

    /** Whether the caller may add a scorecard version (the scorecards page offers the editor). */
    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public boolean mayAddScorecardVersion() {
        return context.isCallerInRole(Roles.BUREAU_SUPERVISOR);
    }

    /** A new scorecard version's content. */
    public record NewScorecard(String standard, String title, BigDecimal complianceFrom, List<ScorecardItem> items)
            implements Serializable {
    }

    /**
     * Adds the next version of a standard's scorecard; inspections already opened keep theirs.
     *
     * @throws BusinessException {@code quality.scorecard.title}; those of {@link Scorecard}
     */
    @RolesAllowed(Roles.BUREAU_SUPERVISOR)
    public Scorecard addScorecardVersion(@NotNull NewScorecard n) {
        if (n.standard() == null || n.standard().isBlank() || n.standard().strip().length() > Scorecard.STANDARD_MAX
                || n.title() == null || n.title().isBlank() || n.title().strip().length() > Scorecard.TITLE_MAX) {
            throw new BusinessException("quality.scorecard.title");
        }
        String standard = n.standard().strip();
        Scorecard s = new Scorecard(standard, repository.maxScorecardVersion(standard) + 1, n.title().strip(),
                n.complianceFrom(), n.items(), actors.username(), time.now());
        repository.addScorecard(s);
        audit.fire(AuditEvent.of(AuditAction.CREATE, SCORECARD, s.getId(), standard + " version " + s.getScorecardVersion()
                + " (" + s.getItems().size() + " items, " + s.maximumTotal() + " points, threshold " + s.getComplianceFrom() + ")"));
        return s;
    }

    // ---- opening and phases ----------------------------------------------------------------------------

    /**
     * Opens an inspection of the centres (units of the caller's scope) in the mobilising phase, with the
     * centres dealt into the cross-inspection groups in the order given.
     *
     * @throws BusinessException {@code quality.inspection.centres} without centres or with one out of scope;
     *                           those of {@link Inspection.Settings#check()} and {@link CrossInspection#assign}
     */
    @RolesAllowed(Roles.BUREAU_SUPERVISOR)
    public Inspection open(@NotNull Inspection.Settings settings, @NotNull List<Long> centreUnitIds) {
        settings.check();
        Scorecard card = repository.findScorecard(settings.scorecardId())
                .orElseThrow(() -> new NotFoundException(SCORECARD, settings.scorecardId()));
        Map<Long, String> names = organisation.findUnitNamesInScope();
        if (centreUnitIds.isEmpty() || !names.keySet().containsAll(centreUnitIds)) {
            throw new BusinessException("quality.inspection.centres");
        }
        Map<Long, CrossInspection.Place> places = CrossInspection.assign(centreUnitIds, settings.groups());
        Inspection i = new Inspection(settings, actors.current().orElseThrow().unitId(), actors.username(), time.now());
        repository.addInspection(i);
        places.forEach((unit, place) -> repository.addCentre(new InspectedCentre(i.getId(), unit, names.get(unit), place)));
        audit.fire(AuditEvent.of(AuditAction.CREATE, INSPECTION, i.getId(), "inspection '" + i.getName() + "' on "
                + card.getStandard() + " v" + card.getScorecardVersion() + ", " + places.size() + " centres in "
                + settings.groups() + " groups, target " + settings.targetRate() + "%"));
        return i;
    }

    /**
     * Moves the inspection to its next phase. Cross-inspection starts only when every centre has filed its
     * self-report (seed 000 "于7月中旬报市法律援助中心"), and then takes each centre's figures from the data;
     * acceptance starts only when every centre is scored.
     *
     * @throws BusinessException {@code quality.inspection.selfReportsMissing} (count, names); {@code
     *                           quality.inspection.unscored} (count, names)
     */
    @RolesAllowed(Roles.BUREAU_SUPERVISOR)
    public Inspection advance(long inspectionId) {
        Inspection i = repository.lockInspection(inspectionId).orElseThrow(() -> new NotFoundException(INSPECTION, inspectionId));
        requireOwnerInScope(i);
        require(InspectionAct.ADVANCE, i);
        List<InspectedCentre> centres = repository.findCentres(inspectionId);
        if (i.getPhase() == InspectionPhase.SELF_INSPECTION) {
            List<String> missing = centres.stream().filter(c -> !c.hasSelfReport()).map(InspectedCentre::getUnitName).toList();
            if (!missing.isEmpty()) {
                throw new BusinessException("quality.inspection.selfReportsMissing", missing.size(), String.join("、", missing));
            }
            for (InspectedCentre c : centres) {
                c.takeFigures(figuresOf(c.getUnitId(), i), time.now());
            }
        }
        if (i.getPhase() == InspectionPhase.CROSS_INSPECTION) {
            List<String> unscored = centres.stream().filter(c -> !c.isScored()).map(InspectedCentre::getUnitName).toList();
            if (!unscored.isEmpty()) {
                throw new BusinessException("quality.inspection.unscored", unscored.size(), String.join("、", unscored));
            }
        }
        InspectionPhase p = i.advance();
        audit.fire(AuditEvent.of(AuditAction.UPDATE, INSPECTION, inspectionId, "phase " + p));
        return i;
    }

    /** The figures the system knows for a centre and the inspection's period, through intake's boundary and quality's read model. */
    private List<Figure> figuresOf(long unitId, Inspection i) {
        DeadlineService.StepTimeliness decided = deadlines.countCompletedInTime(unitId, EnumSet.of(ClockStep.DECIDE_APPLICATION),
                i.getPeriodFrom(), i.getPeriodTo());
        DeadlineService.StepTimeliness assigned = deadlines.countCompletedInTime(unitId,
                EnumSet.of(ClockStep.ASSIGN_AFTER_GRANT, ClockStep.ASSIGN_AFTER_NOTICE), i.getPeriodFrom(), i.getPeriodTo());
        long[] files = repository.countFiles(organisation.findUnitIdsInSubtree(unitId), i.getPeriodFrom(), i.getPeriodTo());
        return List.of(new Figure(DataFigure.DECIDED_IN_7_DAYS, decided.completed(), decided.inTime()),
                new Figure(DataFigure.ASSIGNED_IN_3_DAYS, assigned.completed(), assigned.inTime()),
                new Figure(DataFigure.FILES_COMPLETE, files[0], files[1]));
    }

    // ---- reading ---------------------------------------------------------------------------------------

    /** The inspections the caller runs (the bureau) or whose centres include the caller's units. */
    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public List<Inspection> findInspections() {
        Set<Inspection> out = new LinkedHashSet<>(repository.findInspections(organisation.findUnitIdsInScope()));
        out.addAll(repository.findInspectionsOf(organisation.findUnitIdsInScope()));
        return out.stream().sorted(Comparator.comparing(Inspection::getCreatedAt).reversed()).toList();
    }

    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public Inspection getInspection(long id) {
        return inspection(id);
    }

    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public Scorecard getScorecard(long id) {
        return repository.findScorecard(id).orElseThrow(() -> new NotFoundException(SCORECARD, id));
    }

    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public List<InspectedCentre> findCentres(long inspectionId) {
        inspection(inspectionId);
        return repository.findCentres(inspectionId);
    }

    // ---- the workbench card ------------------------------------------------------------------------------

    /**
     * What waits in institution inspections (seed 000's phases): for the bureau's supervisor, in the inspections
     * their units run — self-reports missing (自查自纠), sheets to score (集中检查), rectifications due (整改) — and
     * the inspections not closed, each in its phase; for a centre's director, their centre's own self-report and
     * rectification and the sheets of the centres their group inspects. Each figure is one count query, with
     * the same condition as the list {@link #findWaiting} opens.
     *
     * @param shown     whether the card is for the caller (the bureau's supervisor or a centre's director)
     * @param bureau    whether the figures are the bureau's (all its inspections) rather than one centre's
     * @param running   the inspections not closed (the bureau's)
     */
    public record Work(boolean shown, boolean bureau, long selfReports, long toScore, long rectifications,
                       List<Inspection> running) implements Serializable {
    }

    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public Work findWork() {
        boolean bureau = context.isCallerInRole(Roles.BUREAU_SUPERVISOR);
        boolean shown = bureau || context.isCallerInRole(Roles.APPROVER);
        if (!shown) {
            return new Work(false, false, 0, 0, 0, List.of());
        }
        InspectionRepository.WorkScope scope = workScope(bureau);
        List<Inspection> running = bureau ? repository.findInspections(scope.ownerUnits()).stream()
                .filter(i -> i.getPhase() != InspectionPhase.CLOSED).toList() : List.of();
        return new Work(true, bureau, repository.countWaiting(InspectionWaiting.SELF_REPORT, scope),
                repository.countWaiting(InspectionWaiting.SCORE, scope),
                repository.countWaiting(InspectionWaiting.RECTIFICATION, scope), running);
    }

    /** The centres a figure of {@link #findWork()} counts. */
    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public List<InspectedCentre> findWaiting(@NotNull InspectionWaiting waiting) {
        boolean bureau = context.isCallerInRole(Roles.BUREAU_SUPERVISOR);
        if (!bureau && !context.isCallerInRole(Roles.APPROVER)) {
            return List.of();
        }
        return repository.findWaiting(waiting, workScope(bureau));
    }

    private InspectionRepository.WorkScope workScope(boolean bureau) {
        return bureau ? new InspectionRepository.WorkScope(organisation.findUnitIdsInScope(), null)
                : new InspectionRepository.WorkScope(List.of(), ownUnit());
    }

    /** A centre of an inspection the caller may see. */
    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public InspectedCentre getCentre(long centreId) {
        return centre(centreId);
    }

    /** Whether the caller may open inspections (the page offers the form). */
    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public boolean mayOpen() {
        return context.isCallerInRole(Roles.BUREAU_SUPERVISOR);
    }

    /** The acts the caller may take on the inspection now, by role and phase. */
    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public Set<InspectionAct> actsOn(long inspectionId) {
        return InspectionAct.openTo(context::isCallerInRole, inspection(inspectionId).getPhase());
    }

    /** Whether the caller may file this centre's self-report now (its director, during self-inspection). */
    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public boolean mayReport(long centreId) {
        InspectedCentre c = centre(centreId);
        return InspectionAct.SELF_REPORT.allows(context::isCallerInRole, inspection(c.getInspectionId()).getPhase())
                && ownUnit() == c.getUnitId();
    }

    /** Whether the caller may score this centre now (a member of the group that inspects it, during cross-inspection). */
    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public boolean mayScore(long centreId) {
        InspectedCentre c = centre(centreId);
        return InspectionAct.SCORE.allows(context::isCallerInRole, inspection(c.getInspectionId()).getPhase())
                && isInspectorOf(c);
    }

    // ---- self-inspection and cross-inspection -----------------------------------------------------------

    /**
     * The centre's self-report (自查报告), by the director of that centre during self-inspection.
     *
     * @throws BusinessException {@code quality.inspection.notYourCentre}; those of {@link InspectedCentre#fileSelfReport}
     */
    @RolesAllowed(Roles.APPROVER)
    public InspectedCentre fileSelfReport(long centreId, @NotBlank @Size(max = InspectedCentre.REPORT_MAX) String report) {
        InspectedCentre c = repository.lockCentre(centreId).orElseThrow(() -> new NotFoundException(CENTRE, centreId));
        Inspection i = inspection(c.getInspectionId());
        require(InspectionAct.SELF_REPORT, i);
        if (ownUnit() != c.getUnitId()) {
            throw new BusinessException("quality.inspection.notYourCentre");
        }
        c.fileSelfReport(report, actors.username(), time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, CENTRE, centreId, "self-report filed (" + report.strip().length() + " characters)"));
        return c;
    }

    /**
     * The inspecting group's scores of a centre: every item checked before anything is stored (a deduction
     * without its reason refuses the whole sheet, seed 000 "注明扣分原因"), the items the system knows scored
     * from the figures taken at the start of cross-inspection. Scored again, the sheet replaces the earlier one.
     *
     * @throws BusinessException {@code quality.inspection.notInspector} for a caller outside the group that
     *                           inspects the centre (a centre never scores itself); those of {@link Scorecard#score}
     */
    @RolesAllowed({Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public InspectedCentre score(long centreId, @NotNull Map<String, Scorecard.Mark> marks) {
        InspectedCentre c = repository.lockCentre(centreId).orElseThrow(() -> new NotFoundException(CENTRE, centreId));
        Inspection i = inspection(c.getInspectionId());
        require(InspectionAct.SCORE, i);
        if (!isInspectorOf(c)) {
            throw new BusinessException("quality.inspection.notInspector");
        }
        Scorecard card = getScorecard(i.getScorecardId());
        List<InspectionScore> scores = card.score(marks, c.figures());
        c.score(scores, actors.username(), time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, CENTRE, centreId, "scored " + c.getTotal() + " of " + card.maximumTotal()
                + "; deductions: " + scores.stream().filter(s -> s.getReason() != null)
                .map(s -> s.getItemCode() + " " + s.getScore() + " (" + s.getReason() + ")").collect(Collectors.joining("; "))));
        return c;
    }

    // ---- acceptance ------------------------------------------------------------------------------------

    /**
     * Sets the follow-up date of a centre below the threshold (整改).
     *
     * @throws BusinessException those of {@link InspectedCentre#requireRectification}
     */
    @RolesAllowed(Roles.BUREAU_SUPERVISOR)
    public InspectedCentre requireRectification(long centreId, @NotNull LocalDate until) {
        InspectedCentre c = repository.lockCentre(centreId).orElseThrow(() -> new NotFoundException(CENTRE, centreId));
        Inspection i = inspection(c.getInspectionId());
        requireOwnerInScope(i);
        require(InspectionAct.RECTIFY, i);
        c.requireRectification(until, getScorecard(i.getScorecardId()).complies(c.getTotal()), time.today());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, CENTRE, centreId, "to rectify by " + until));
        return c;
    }

    /** The outcome of a centre's rectification at its follow-up. */
    @RolesAllowed(Roles.BUREAU_SUPERVISOR)
    public InspectedCentre recordRectification(long centreId, @NotBlank @Size(max = InspectedCentre.OUTCOME_MAX) String outcome) {
        InspectedCentre c = repository.lockCentre(centreId).orElseThrow(() -> new NotFoundException(CENTRE, centreId));
        Inspection i = inspection(c.getInspectionId());
        requireOwnerInScope(i);
        require(InspectionAct.RECTIFY, i);
        c.recordRectification(outcome, actors.username());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, CENTRE, centreId, "rectification outcome: " + outcome.strip()));
        return c;
    }

    /** Commends a centre at acceptance (先进单位). */
    @RolesAllowed(Roles.BUREAU_SUPERVISOR)
    public InspectedCentre commendCentre(long centreId, @NotBlank @Size(max = InspectedCentre.COMMENDATION_MAX) String reason) {
        InspectedCentre c = repository.lockCentre(centreId).orElseThrow(() -> new NotFoundException(CENTRE, centreId));
        Inspection i = inspection(c.getInspectionId());
        requireOwnerInScope(i);
        require(InspectionAct.COMMEND, i);
        c.commend(reason);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, CENTRE, centreId, "commended: " + reason.strip()));
        return c;
    }

    /**
     * Commends a person of one of the inspected centres at acceptance (先进个人).
     *
     * @throws BusinessException {@code quality.inspection.commend.person} without a name or reason, or for a unit
     *                           not inspected
     */
    @RolesAllowed(Roles.BUREAU_SUPERVISOR)
    public Inspection commendPerson(long inspectionId, @NotBlank @Size(max = CommendedPerson.NAME_MAX) String name, long unitId,
                                    @NotBlank @Size(max = CommendedPerson.REASON_MAX) String reason) {
        Inspection i = repository.lockInspection(inspectionId).orElseThrow(() -> new NotFoundException(INSPECTION, inspectionId));
        requireOwnerInScope(i);
        require(InspectionAct.COMMEND, i);
        InspectedCentre c = repository.findCentres(inspectionId).stream().filter(x -> x.getUnitId() == unitId).findFirst()
                .orElseThrow(() -> new BusinessException("quality.inspection.commend.person"));
        i.commend(new CommendedPerson(name.strip(), unitId, c.getUnitName(), reason.strip()));
        audit.fire(AuditEvent.of(AuditAction.UPDATE, INSPECTION, inspectionId, "commended " + name.strip() + " of "
                + c.getUnitName() + ": " + reason.strip()));
        return i;
    }

    // ---- results ---------------------------------------------------------------------------------------

    /** One centre's line of the results: its place (equal totals share a place), total, compliance and deductions. */
    public record CentreResult(InspectedCentre centre, Integer rank, boolean compliant, List<InspectionScore> deductions)
            implements Serializable {
    }

    /** An inspection's results: the centres best first (unscored last), the compliance rate against the target. */
    public record Results(Inspection inspection, Scorecard scorecard, List<CentreResult> centres, ComplianceRate compliance)
            implements Serializable {
        public List<CentreResult> toRectify() {
            return centres.stream().filter(c -> c.centre().isScored() && !c.compliant()).toList();
        }
    }

    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR})
    public Results results(long inspectionId) {
        return resultsOf(inspection(inspectionId));
    }

    private Results resultsOf(Inspection i) {
        Scorecard card = getScorecard(i.getScorecardId());
        List<InspectedCentre> centres = new ArrayList<>(repository.findCentres(i.getId()));
        centres.sort(Comparator.comparing(InspectedCentre::getTotal, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(InspectedCentre::getUnitName));
        List<CentreResult> out = new ArrayList<>();
        for (int k = 0; k < centres.size(); k++) {
            InspectedCentre c = centres.get(k);
            Integer rank = null;
            if (c.isScored()) {
                rank = k + 1;
                if (k > 0 && c.getTotal().compareTo(centres.get(k - 1).getTotal()) == 0) {
                    rank = out.get(k - 1).rank();
                }
            }
            out.add(new CentreResult(c, rank, card.complies(c.getTotal()), c.deductions(card)));
        }
        return new Results(i, card, out, ComplianceRate.of(centres.stream().map(InspectedCentre::getTotal).toList(),
                card.getComplianceFrom(), i.getTargetRate()));
    }

    /**
     * The notice of an inspection's results (通报) for the centres, in the style of seed 000 and seed 002: how the
     * inspection went, the scores and ranking, the compliance rate against the target, the centres to rectify
     * with their follow-up, and those commended.
     *
     * @throws BusinessException {@code quality.inspection.phaseNot} before acceptance
     */
    @RolesAllowed(Roles.BUREAU_SUPERVISOR)
    public OfficialDocumentContent notice(long inspectionId) {
        Inspection i = inspection(inspectionId);
        requireOwnerInScope(i);
        if (i.getPhase().ordinal() < InspectionPhase.ACCEPTANCE.ordinal()) {
            throw new BusinessException("quality.inspection.phaseNot", InspectionPhase.ACCEPTANCE.labelKey(), i.getPhase().labelKey());
        }
        Results r = resultsOf(i);
        String organ = organisation.findUnitNamesInScope().getOrDefault(i.getOwnerUnitId(), "");
        ComplianceRate cr = r.compliance();
        OfficialDocumentContent.Builder b = OfficialDocumentContent.builder().issuingOrgan(organ)
                .title("关于" + i.getName() + "结果的通报")
                .paragraph(organ + "于" + date(i.getCreatedAt().toLocalDate()) + "部署开展" + i.getName() + "，按照学习发动、自查自纠、"
                        + "集中检查（分" + i.getGroupCount() + "组互查，不检查本单位）、总结验收四个阶段进行，依据《" + r.scorecard().getTitle()
                        + "》（第" + r.scorecard().getScorecardVersion() + "版，满分" + plain(r.scorecard().maximumTotal()) + "分，"
                        + plain(r.scorecard().getComplianceFrom()) + "分以上为达标）评分，对每项扣分注明扣分原因。现将结果通报如下：")
                .heading("一、检查结果")
                .paragraph("参加检查的" + r.centres().size() + "个法律援助中心中，" + cr.compliant() + "个达标，达标率"
                        + (cr.rate() == null ? "—" : plain(cr.rate()) + "%") + "，" + (cr.isMet() ? "达到" : "未达到")
                        + "达标率" + plain(i.getTargetRate()) + "%以上的目标。");
        for (CentreResult c : r.centres()) {
            b.field((c.rank() == null ? "" : "第" + c.rank() + "名 ") + c.centre().getUnitName(),
                    (c.centre().getTotal() == null ? "未评分" : plain(c.centre().getTotal()) + "分，" + (c.compliant() ? "达标" : "未达标"))
                            + (c.deductions().isEmpty() ? "" : "；扣分原因：" + c.deductions().stream()
                            .map(d -> r.scorecard().item(d.getItemCode()).getCategory() + "扣"
                                    + plain(r.scorecard().item(d.getItemCode()).getMaxScore().subtract(d.getScore())) + "分（" + d.getReason() + "）")
                            .collect(Collectors.joining("；"))));
        }
        if (!r.toRectify().isEmpty()) {
            b.heading("二、限期整改");
            for (CentreResult c : r.toRectify()) {
                b.paragraph(c.centre().getUnitName() + "未达标，" + (c.centre().getRectifyUntil() == null ? "整改期限待定"
                        : "应于" + date(c.centre().getRectifyUntil()) + "前完成整改") + (c.centre().getRectificationOutcome() == null ? "。"
                        : "；整改情况：" + c.centre().getRectificationOutcome() + "。"));
            }
        }
        List<CentreResult> commended = r.centres().stream().filter(c -> c.centre().getCommendation() != null).toList();
        if (!commended.isEmpty() || !i.getCommendedPeople().isEmpty()) {
            b.heading(r.toRectify().isEmpty() ? "二、表彰" : "三、表彰");
            commended.forEach(c -> b.paragraph("先进单位：" + c.centre().getUnitName() + "（" + c.centre().getCommendation() + "）"));
            i.getCommendedPeople().forEach(p -> b.paragraph("先进个人：" + p.getUnitName() + p.getName() + "（" + p.getReason() + "）"));
        }
        audit.fire(AuditEvent.of(AuditAction.READ, INSPECTION, inspectionId, "inspection notice printed"));
        return b.signature(organ, time.today()).build();
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    /** An inspection the caller runs, or in which a unit of the caller's scope is inspected. */
    private Inspection inspection(long id) {
        Inspection i = repository.findInspection(id).orElseThrow(() -> new NotFoundException(INSPECTION, id));
        Set<Long> scope = new HashSet<>(organisation.findUnitIdsInScope());
        if (!scope.contains(i.getOwnerUnitId())
                && repository.findCentres(id).stream().noneMatch(c -> scope.contains(c.getUnitId()))) {
            throw new NotFoundException(INSPECTION, id);
        }
        return i;
    }

    private InspectedCentre centre(long id) {
        InspectedCentre c = repository.findCentre(id).orElseThrow(() -> new NotFoundException(CENTRE, id));
        inspection(c.getInspectionId());
        return c;
    }

    private void requireOwnerInScope(Inspection i) {
        if (!organisation.findUnitIdsInScope().contains(i.getOwnerUnitId())) {
            throw new NotFoundException(INSPECTION, i.getId());
        }
    }

    private long ownUnit() {
        return actors.current().orElseThrow().unitId();
    }

    /** Whether the caller's unit is one of the centres of the group that inspects {@code c} (never c's own group). */
    private boolean isInspectorOf(InspectedCentre c) {
        long unit = ownUnit();
        return repository.findCentres(c.getInspectionId()).stream()
                .anyMatch(x -> x.getUnitId() == unit && x.getGroup() == c.getInspectedBy());
    }

    private void require(InspectionAct act, Inspection i) {
        if (!act.allows(context::isCallerInRole, i.getPhase())) {
            throw new BusinessException("quality.inspection.notNow", act.labelKey(), i.getPhase().labelKey());
        }
    }
}
