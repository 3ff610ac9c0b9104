package org.legalaid.lawyers.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.intake.AssignableCase;
import org.legalaid.intake.CaseParty;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.SubjectType;
import org.legalaid.intake.boundary.AssignableCaseService;
import org.legalaid.lawyers.AgreementSigned;
import org.legalaid.lawyers.Assignment;
import org.legalaid.lawyers.LawyerAssigned;
import org.legalaid.lawyers.AssignmentRanking;
import org.legalaid.lawyers.Candidate;
import org.legalaid.lawyers.CaseNeeds;
import org.legalaid.lawyers.ConflictKeys;
import org.legalaid.lawyers.EndReason;
import org.legalaid.lawyers.InterestRelation;
import org.legalaid.lawyers.LanguageCodes;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.LawyerInterest;
import org.legalaid.lawyers.LawyerRefusal;
import org.legalaid.lawyers.LawyerStatus;
import org.legalaid.lawyers.MatterFit;
import org.legalaid.lawyers.PracticeYears;
import org.legalaid.lawyers.Reason;
import org.legalaid.lawyers.RequiredNeeds;
import org.legalaid.lawyers.Specialty;
import org.legalaid.lawyers.control.AssignmentLetters;
import org.legalaid.lawyers.control.AssignmentRepository;
import org.legalaid.lawyers.control.CandidateQueries;
import org.legalaid.lawyers.control.QuotaLedger;
import org.legalaid.organisation.DocumentKind;
import org.legalaid.organisation.boundary.DocumentNumberService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.control.CurrentTime;
import org.legalaid.shared.pdf.OfficialDocumentContent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The assignment of a lawyer to a granted application or a notified criminal case (指派, LAL art.
 * 43, 36; docs/domain.md "Case lifecycle" 7; issue 4 "Assignment").
 *
 * <p>{@link #rank} gathers the lawyers of the case's district with the facts the case asks about
 * ({@link CandidateQueries}) and their quota fulfilment this year ({@link QuotaLedger}), and lets
 * {@link AssignmentRanking} rank and explain; the rest of the pool is read narrow and counted by the
 * same rules. {@link #assign} ranks again on the server — the
 * screen is never trusted — refuses an excluded lawyer with the rule they fail, asks for a reason
 * when the top candidate is passed over, takes one unit of the lawyer's capacity by a conditional
 * update that the database decides (two officers at the same moment can never push a lawyer over
 * the maximum), numbers the 指派通知书 and the 法律援助公函, and tells intake: the 3-day clock stops,
 * the 5-day clock of the entrustment agreement starts (2023 procedure rules art. 27). A change of
 * lawyer (LAL art. 55, a conflict found later, withdrawal) ends the current assignment — kept in
 * the history — frees its capacity and assigns the next lawyer the same way.
 *
 * <p>Officers act on the cases of their units only; every change and every read of a case is
 * audited.
 */
@Stateless
@RolesAllowed(Roles.ASSIGNMENT_OFFICER)
public class AssignmentService {

    private static final String ASSIGNMENT = "Assignment";
    private static final String REFUSAL = "LawyerRefusal";
    private static final String INTEREST = "LawyerInterest";

    @Inject
    private AssignmentRepository assignments;

    @Inject
    private CandidateQueries candidates;

    @Inject
    private QuotaLedger ledger;

    @Inject
    private AssignableCaseService cases;

    @Inject
    private DocumentNumberService numbers;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    @Inject
    private Actors actors;

    @Inject
    private Event<AuditEvent> audit;

    @Inject
    private Event<LawyerAssigned> assigned;

    @Inject
    private Event<AgreementSigned> agreementSigned;

    // Ranking ---------------------------------------------------------------------------------

    /**
     * The explained candidates for a case of the caller's units.
     *
     * @param overrides what the officer changed about the case's needs; {@link NeedsOverride#NONE}
     * @throws BusinessException {@code lawyers.assign.regionUnknown} when neither the case nor the
     *                           officer names the district
     */
    public Ranking rank(@NotNull SubjectType type, long id, NeedsOverride overrides) {
        AssignableCase c = cases.getCase(type, id);
        return rank(c, overrides == null ? NeedsOverride.NONE : overrides, time.today());
    }

    private Ranking rank(AssignableCase c, NeedsOverride o, LocalDate today) {
        CaseNeeds needs = needs(c, o);
        Set<Specialty> specialties = new HashSet<>(needs.relatedSpecialties());
        if (needs.specialty() != null) {
            specialties.add(needs.specialty());
        }
        Set<String> languages = new HashSet<>(needs.preferredLanguages());
        if (needs.language() != null) {
            languages.add(needs.language());
        }
        // The district's lawyers in full; their fulfilment only for those who pass every rule (the
        // only ones it orders); the rest of the pool in groups, counted by the rules they fail.
        List<CandidateQueries.Row> serving = candidates.serving(needs.region(), specialties, languages);
        CandidateQueries.Conflicts conflicts = candidates.conflicts(needs.opposingParties());
        Map<Long, CandidateQueries.Row> byId = new HashMap<>(serving.size() * 2);
        List<Long> eligible = new ArrayList<>();
        for (CandidateQueries.Row r : serving) {
            byId.put(r.lawyerId(), r);
            if (AssignmentRanking.exclusions(needs, candidate(r, needs, today, Map.of(), conflicts)).isEmpty()) {
                eligible.add(r.lawyerId());
            }
        }
        Map<Long, BigDecimal> fulfilment = ledger.fulfilment(today.getYear(), eligible);
        List<Candidate> pool = new ArrayList<>(serving.size());
        for (CandidateQueries.Row r : serving) {
            pool.add(candidate(r, needs, today, fulfilment, conflicts));
        }
        AssignmentRanking.Result result = AssignmentRanking.rank(needs, pool);
        Map<String, String> partyNames = partyNames(c);
        List<Ranking.Row> ranked = new ArrayList<>(result.ranked().size());
        for (AssignmentRanking.Ranked r : result.ranked()) {
            ranked.add(row(r.rank(), r.candidate(), byId.get(r.candidate().lawyerId()), r.reasons(), partyNames, c, needs));
        }
        List<Ranking.Row> excluded = new ArrayList<>(result.excluded().size());
        for (AssignmentRanking.Excluded e : result.excluded()) {
            excluded.add(row(0, e.candidate(), byId.get(e.candidate().lawyerId()), e.reasons(), partyNames, c, needs));
        }
        return new Ranking(c, needs, ranked, excluded);
    }

    /**
     * The rest of the pool for a case — the lawyers who do not serve its district — counted per rule
     * they fail, for the officer who asks (the screen loads it on demand: the decision is made among
     * the district's lawyers, and counting 10,000 lawyers on every ranking would cost most of its
     * time). The same rules as {@link #rank}, applied to groups of lawyers alike in every fact a rule
     * reads.
     */
    public Ranking.Elsewhere countElsewhere(@NotNull SubjectType type, long id, NeedsOverride overrides) {
        AssignableCase c = cases.getCase(type, id);
        LocalDate today = time.today();
        CaseNeeds needs = needs(c, overrides == null ? NeedsOverride.NONE : overrides);
        CandidateQueries.Conflicts conflicts = candidates.conflicts(needs.opposingParties());
        Map<String, Long> elsewhere = new LinkedHashMap<>();
        long elsewhereLawyers = 0;
        for (CandidateQueries.Group g : candidates.others(needs.region(), needs.specialty(), needs.language(),
                seniorSince(today), conflicts)) {
            elsewhereLawyers += g.lawyers();
            Set<String> counted = new HashSet<>();
            for (Reason reason : AssignmentRanking.exclusions(needs, representative(g, needs))) {
                if (counted.add(reason.key())) {
                    elsewhere.merge(reason.key(), g.lawyers(), Long::sum);
                }
            }
        }
        return new Ranking.Elsewhere(elsewhere.entrySet().stream()
                .map(en -> new Ranking.ReasonCount(en.getKey(), en.getValue())).toList(), (int) elsewhereLawyers);
    }

    /** A lawyer with exactly the facts of a group, for the rules to judge. */
    private static Candidate representative(CandidateQueries.Group g, CaseNeeds needs) {
        Set<String> opposing = needs.opposingParties();
        return new Candidate(0, 0, g.status(), Set.of(),
                g.hasSpecialty() && needs.specialty() != null ? Set.of(needs.specialty()) : Set.of(),
                g.speaks() && needs.language() != null ? Set.of(needs.language()) : Set.of(),
                g.seniorEnough() ? PracticeYears.SENIOR_CRIMINAL_YEARS : 0, g.juvenile(), g.full() ? 1 : 0, 1, BigDecimal.ZERO,
                g.actedFor() ? opposing : Set.of(), g.firmActedFor() ? opposing : Set.of(), g.related() ? opposing : Set.of());
    }

    /** The latest start of criminal practice that gives the senior years by {@code today} (LAL art. 26). */
    private static LocalDate seniorSince(LocalDate today) {
        LocalDate d = today.minusYears(PracticeYears.SENIOR_CRIMINAL_YEARS);
        while (!PracticeYears.atLeast(d, today, PracticeYears.SENIOR_CRIMINAL_YEARS)) {
            d = d.minusDays(1);
        }
        while (PracticeYears.atLeast(d.plusDays(1), today, PracticeYears.SENIOR_CRIMINAL_YEARS)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static Candidate candidate(CandidateQueries.Row r, CaseNeeds needs, LocalDate today,
                                       Map<Long, BigDecimal> fulfilment, CandidateQueries.Conflicts conflicts) {
        return new Candidate(r.lawyerId(), r.firmId(), r.status(), r.servesRegion() ? Set.of(needs.region()) : Set.of(),
                r.specialties(), r.languages(), criminalYears(r.criminalPracticeSince(), today), r.juvenileExperience(),
                r.openCases(), r.maxOpenCases(), fulfilment.getOrDefault(r.lawyerId(), BigDecimal.ZERO),
                conflicts.lawyer(r.lawyerId()), conflicts.firm(r.firmId()), conflicts.related(r.lawyerId()));
    }

    /**
     * The needs applied to a case: its statutory ones, which nothing the officer sends removes, with
     * the officer's additions ({@link RequiredNeeds}); the district, when neither the case nor the
     * officer names one, that of the centre's firms.
     */
    private CaseNeeds needs(AssignableCase c, NeedsOverride o) {
        if (o.regionCode() != null && !o.regionCode().isBlank() && !o.regionCode().strip().matches("\\d{6}")) {
            throw new BusinessException("lawyers.assign.regionInvalid", o.regionCode().strip());
        }
        RequiredNeeds.Applied applied = RequiredNeeds.merge(c.statutoryNeeds(), o.regionCode(), o.language(), o.juvenile(),
                o.seniorCriminal());
        String region = applied.region();
        if (region == null) {
            region = candidates.homeRegion(c.unitId())
                    .orElseThrow(() -> new BusinessException("lawyers.assign.regionUnknown"));
        }
        if (!region.matches("\\d{6}")) {
            throw new BusinessException("lawyers.assign.regionInvalid", region);
        }
        String language = applied.language();
        Set<String> opposing = new HashSet<>();
        for (CaseParty p : c.opposingParties()) {
            opposing.add(key(p));
        }
        Set<String> preferred = c.preferredLanguage() == null || c.preferredLanguage().equals(language)
                ? Set.of() : Set.of(c.preferredLanguage());
        return new CaseNeeds(region, MatterFit.required(c.matterType()), language, applied.seniorCriminal(),
                applied.juvenile(), opposing, MatterFit.related(c.matterType(), c.matterCategory(), c.minor()), preferred);
    }

    /** One lawyer's row; a reason for failing a statutory need says its basis ({@link RequiredNeeds#withBasis}). */
    private static Ranking.Row row(int rank, Candidate c, CandidateQueries.Row r, List<Reason> reasons,
                                   Map<String, String> partyNames, AssignableCase subject, CaseNeeds needs) {
        List<Reason> shown = new ArrayList<>(reasons.size());
        for (Reason reason : reasons) {
            shown.add(RequiredNeeds.withBasis(displayable(reason, partyNames), subject.statutoryNeeds(), needs));
        }
        return new Ranking.Row(rank, c.lawyerId(), r.name(), c.firmId(), r.firmName(), c.quotaFulfilment(), c.openCases(),
                c.maxOpenCases(), c.criminalPracticeYears(), shown);
    }

    /** A reason whose arguments a screen can show: label keys for enums and languages, names for parties. */
    private static Reason displayable(Reason reason, Map<String, String> partyNames) {
        List<Serializable> args = new ArrayList<>(reason.args().size());
        for (Serializable arg : reason.args()) {
            if (arg instanceof LawyerStatus s) {
                args.add(s.labelKey());
            } else if (arg instanceof Specialty s) {
                args.add(s.labelKey());
            } else if (arg instanceof String s && reason.key().equals(AssignmentRanking.LANGUAGE)) {
                args.add(LanguageCodes.labelKey(s));
            } else if (arg instanceof String s && partyNames.containsKey(s)) {
                args.add(partyNames.get(s));
            } else {
                args.add(arg);
            }
        }
        return new Reason(reason.key(), args);
    }

    /** Party keys to what a screen may show: the name, with the ID number masked. */
    private static Map<String, String> partyNames(AssignableCase c) {
        Map<String, String> names = new HashMap<>();
        for (CaseParty p : c.opposingParties()) {
            names.put(key(p), p.name() + (p.idNumber() == null ? "" : "（" + ResidentIdNumber.mask(p.idNumber()) + "）"));
        }
        return names;
    }

    private static String key(CaseParty p) {
        return ConflictKeys.of(p.name(), p.idNumber(), p.birthDate());
    }

    private static int criminalYears(LocalDate since, LocalDate today) {
        return since == null || since.isAfter(today) ? 0 : PracticeYears.on(since, today);
    }

    // Assigning -------------------------------------------------------------------------------

    /**
     * Assigns a lawyer to a case of the caller's units that waits for one.
     *
     * @param overrideReason why not the top candidate; required unless the lawyer ranks first
     * @param overrides      the needs as the officer set them on the screen
     * @throws BusinessException {@code lawyers.assign.notAwaiting}; {@code lawyers.assign.alreadyAssigned};
     *                           the exclusion rule the lawyer fails (e.g. {@code lawyers.exclude.criminalPractice});
     *                           {@code lawyers.assignment.overrideReasonRequired};
     *                           {@code lawyers.assign.noCapacity} when the lawyer's last place went to
     *                           another case at the same moment, or the lawyer was suspended meanwhile
     */
    public Assignment assign(@NotNull SubjectType type, long id, long lawyerId,
                             @Size(max = Assignment.REASON_MAX) @PlainText String overrideReason, NeedsOverride overrides) {
        AssignableCase c = cases.getCase(type, id);
        if (assignments.findCurrent(type, id).isPresent()) {
            throw new BusinessException("lawyers.assign.alreadyAssigned", c.label());
        }
        if (!c.awaiting()) {
            throw new BusinessException("lawyers.assign.notAwaiting", c.label());
        }
        OffsetDateTime now = time.now();
        Ranking ranking = rank(c, overrides == null ? NeedsOverride.NONE : overrides, time.today());
        Assignment a = place(c, ranking, lawyerId, -1, overrideReason, now);
        cases.recordAssigned(type, id, a.getId(), note(a, ranking, lawyerId), ChinaTime.local(now));
        assigned.fire(assignedEvent(c, a, ranking, null));
        audit.fire(AuditEvent.of(AuditAction.CREATE, ASSIGNMENT, a.getId(), type + " " + id + " → lawyer " + lawyerId
                + ", rank " + a.getCandidateRank() + (a.getOverrideReason() == null ? "" : ", override: " + a.getOverrideReason())
                + ", " + a.getNoticeNumber() + ", " + a.getLetterNumber()));
        return a;
    }

    /**
     * Replaces the lawyer of a running assignment (LAL art. 55: the client asks with good reason;
     * a conflict found later; the lawyer withdrew). The ended assignment stays in the history and
     * its capacity is freed; the next lawyer is checked and ranked as in {@link #assign}, without
     * the lawyer who leaves.
     *
     * @throws BusinessException {@code lawyers.change.sameLawyer}; {@code lawyers.change.notAChange}
     *                           for {@link EndReason#TERMINATED}; and those of {@link #assign}
     */
    public Assignment changeLawyer(long assignmentId, @NotNull EndReason reason,
                                   @Size(max = Assignment.REASON_MAX) @PlainText String note, long newLawyerId,
                                   @Size(max = Assignment.REASON_MAX) @PlainText String overrideReason) {
        if (!reason.isChange()) {
            throw new BusinessException("lawyers.change.notAChange");
        }
        Assignment old = lockInScope(assignmentId);
        if (!old.isCurrent()) {
            throw new BusinessException("lawyers.assignment.ended");
        }
        if (old.getLawyerId() == newLawyerId) {
            throw new BusinessException("lawyers.change.sameLawyer");
        }
        AssignableCase c = cases.getCase(old.getSubjectType(), old.getSubjectId());
        OffsetDateTime now = time.now();
        Ranking ranking = rank(c, NeedsOverride.NONE, time.today());
        old.end(reason, note, actors.username(), now);
        assignments.flush();
        assignments.releaseCapacity(old.getLawyerId());
        Assignment next = place(c, ranking, newLawyerId, old.getLawyerId(), overrideReason, now);
        cases.recordLawyerChanged(c.type(), c.id(), old.getId(), next.getId(), note(next, ranking, newLawyerId)
                + (old.getEndNote() == null ? "" : "；" + old.getEndNote()), ChinaTime.local(now));
        assigned.fire(assignedEvent(c, next, ranking, old.getId()));
        audit.fire(AuditEvent.of(AuditAction.UPDATE, ASSIGNMENT, old.getId(), "ended: " + reason
                + (old.getEndNote() == null ? "" : " — " + old.getEndNote())));
        audit.fire(AuditEvent.of(AuditAction.CREATE, ASSIGNMENT, next.getId(), c.type() + " " + c.id() + " → lawyer "
                + newLawyerId + " replacing assignment " + old.getId() + ", rank " + next.getCandidateRank()
                + (next.getOverrideReason() == null ? "" : ", override: " + next.getOverrideReason())));
        return next;
    }

    /**
     * Ends the running assignment of a case whose aid was terminated (LAL art. 48; called by the
     * cases context when the director approves the termination, in its transaction): the
     * assignment ends with {@link EndReason#TERMINATED} and stays in the history, the lawyer's
     * capacity is freed, and the entrustment-agreement clock falls away if it still ran. No next
     * lawyer follows. Audited.
     *
     * @throws BusinessException {@code lawyers.assignment.ended} when it already ended
     */
    @RolesAllowed(Roles.APPROVER)
    public Assignment endForTermination(long assignmentId,
                                        @Size(max = Assignment.REASON_MAX) @PlainText String note) {
        Assignment a = lockInScope(assignmentId);
        OffsetDateTime now = time.now();
        a.end(EndReason.TERMINATED, note, actors.username(), now);
        assignments.flush();
        assignments.releaseCapacity(a.getLawyerId());
        cases.recordAssignmentEnded(assignmentId, ChinaTime.local(now));
        audit.fire(AuditEvent.of(AuditAction.UPDATE, ASSIGNMENT, assignmentId, "ended: " + EndReason.TERMINATED
                + (a.getEndNote() == null ? "" : " — " + a.getEndNote()) + "; capacity of lawyer " + a.getLawyerId()
                + " released"));
        return a;
    }

    /**
     * Assigns a lawyer again to a case whose termination the justice bureau revoked on the
     * client's objection (LAL art. 49): the assignment that the termination ended stays in the
     * history, and the next lawyer — the same one again, or another — is checked, ranked and takes
     * capacity as in {@link #assign}. The cases context calls this once the case is handled
     * again; the case then names the lawyer as after a change of lawyer.
     *
     * @param endedAssignmentId the assignment the termination ended
     * @throws BusinessException {@code lawyers.assignment.notTerminated} when that assignment did not
     *                           end by a termination; {@code lawyers.assign.alreadyAssigned} when the
     *                           case has a lawyer again; and those of {@link #assign}
     */
    public Assignment assignAfterRevokedTermination(long endedAssignmentId, long lawyerId,
                                                    @Size(max = Assignment.REASON_MAX) @PlainText String overrideReason) {
        Assignment old = lockInScope(endedAssignmentId);
        if (old.getEndReason() != EndReason.TERMINATED) {
            throw new BusinessException("lawyers.assignment.notTerminated");
        }
        AssignableCase c = cases.getCase(old.getSubjectType(), old.getSubjectId());
        if (assignments.findCurrent(c.type(), c.id()).isPresent()) {
            throw new BusinessException("lawyers.assign.alreadyAssigned", c.label());
        }
        OffsetDateTime now = time.now();
        Ranking ranking = rank(c, NeedsOverride.NONE, time.today());
        Assignment next = place(c, ranking, lawyerId, -1L, overrideReason, now);
        cases.recordLawyerChanged(c.type(), c.id(), old.getId(), next.getId(), note(next, ranking, lawyerId), ChinaTime.local(now));
        assigned.fire(assignedEvent(c, next, ranking, old.getId()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, ASSIGNMENT, next.getId(), c.type() + " " + c.id() + " → lawyer "
                + lawyerId + " after the termination ending assignment " + old.getId() + " was revoked, rank "
                + next.getCandidateRank() + (next.getOverrideReason() == null ? "" : ", override: " + next.getOverrideReason())));
        return next;
    }

    /** Checks the chosen lawyer against the ranking, takes the capacity, numbers the documents, stores. */
    private Assignment place(AssignableCase c, Ranking ranking, long lawyerId, long leaving, String overrideReason,
                             OffsetDateTime now) {
        int rank = 0;
        int position = 0;
        for (Ranking.Row r : ranking.ranked()) {
            if (r.lawyerId() == leaving) {
                continue;
            }
            position++;
            if (r.lawyerId() == lawyerId) {
                rank = position;
                break;
            }
        }
        if (rank == 0) {
            Ranking.Row out = ranking.excluded().stream().filter(r -> r.lawyerId() == lawyerId).findFirst()
                    .orElse(null);
            if (out == null) {
                // excluded for serving another district (or unknown): say the region rule
                assignments.findLawyer(lawyerId).orElseThrow(() -> new NotFoundException("Lawyer", lawyerId));
                Reason region = RequiredNeeds.withBasis(Reason.of(AssignmentRanking.REGION, ranking.needs().region()),
                        c.statutoryNeeds(), ranking.needs());
                throw new BusinessException(region.key(), region.arguments());
            }
            // the statutory rule first: the refusal names the law the choice breaks
            Reason first = out.reasons().stream().filter(x -> x.key().endsWith(RequiredNeeds.STATUTORY)).findFirst()
                    .orElse(out.reasons().get(0));
            throw new BusinessException(first.key(), first.arguments());
        }
        if (rank != 1 && (overrideReason == null || overrideReason.isBlank())) {
            throw new BusinessException("lawyers.assignment.overrideReasonRequired");
        }
        Lawyer lawyer = assignments.findLawyer(lawyerId).orElseThrow(() -> new NotFoundException("Lawyer", lawyerId));
        if (!assignments.takeCapacity(lawyerId)) {
            throw new BusinessException("lawyers.assign.noCapacity", lawyer.getName());
        }
        int year = ChinaTime.local(now).getYear();
        String notice = numbers.next(c.unitId(), DocumentKind.ASSIGNMENT_NOTICE, year);
        String letter = numbers.next(c.unitId(), DocumentKind.AID_LETTER, year);
        Assignment a = new Assignment(c.type(), c.id(), c.label(), c.unitId(), key(c.client()),
                new Assignment.Choice(lawyerId, lawyer.getFirmId(), rank, overrideReason), notice, letter, actors.username(), now,
                c.basisAt());
        try {
            return assignments.add(a);
        } catch (PersistenceException twoAtOnce) {
            // the unique key of the current assignment: another officer assigned this case meanwhile
            throw new BusinessException("lawyers.assign.alreadyAssigned", c.label());
        }
    }

    /** The event that opens the case (or names its next lawyer) in the cases context. */
    private static LawyerAssigned assignedEvent(AssignableCase c, Assignment a, Ranking ranking, Long replaced) {
        Ranking.Row r = ranking.ranked().stream().filter(x -> x.lawyerId() == a.getLawyerId()).findFirst().orElseThrow();
        return new LawyerAssigned(c.type(), c.id(), c.unitId(), a.getId(), a.getLawyerId(), r.lawyerName(), r.firmName(),
                a.getAssignedOn(), replaced);
    }

    private String note(Assignment a, Ranking ranking, long lawyerId) {
        Ranking.Row r = ranking.ranked().stream().filter(x -> x.lawyerId() == lawyerId).findFirst().orElseThrow();
        return r.lawyerName() + "（" + r.firmName() + "），" + a.getNoticeNumber();
    }

    /**
     * The firm signed the entrustment agreement (委托协议) with the client on {@code signedOn}: the
     * 5-day clock stops, late or in time (2023 procedure rules art. 27).
     *
     * @throws BusinessException those of {@link Assignment#recordAgreementSigned}
     */
    public Assignment recordAgreementSigned(long assignmentId, @NotNull LocalDate signedOn) {
        Assignment a = lockInScope(assignmentId);
        LocalDate today = time.today();
        a.recordAgreementSigned(signedOn, today);
        LocalDateTime at = signedOn.equals(today) ? ChinaTime.local(time.now()) : signedOn.atTime(LocalTime.of(23, 59, 59));
        cases.recordAgreementSigned(assignmentId, at);
        agreementSigned.fire(new AgreementSigned(assignmentId, signedOn));
        audit.fire(AuditEvent.of(AuditAction.UPDATE, ASSIGNMENT, assignmentId, "agreement signed on " + signedOn));
        return a;
    }

    /**
     * The case of an assignment was closed on {@code closedOn}: the lawyer handed in the closing file
     * (LAL art. 50). The assignment counts as completed and the lawyer's capacity is freed — once:
     * a file handed in again after a return, or an assignment that already ended (termination,
     * change of lawyer), frees nothing more. Called by the cases context in its transaction.
     *
     * @return whether capacity was freed
     */
    @RolesAllowed({Roles.ASSIGNMENT_OFFICER, Roles.CASE_SUPERVISOR})
    public boolean recordCaseClosed(long assignmentId, @NotNull LocalDate closedOn) {
        Assignment a = lockInScope(assignmentId);
        boolean release = a.recordClosed(closedOn);
        if (release) {
            assignments.flush();
            assignments.releaseCapacity(a.getLawyerId());
        }
        audit.fire(AuditEvent.of(AuditAction.UPDATE, ASSIGNMENT, assignmentId, "case closed on " + a.getClosedOn()
                + (release ? ", capacity freed" : "")));
        return release;
    }

    /**
     * Records that a lawyer refused the case offered (LAL art. 62, 63: input to the assessment
     * and to sanctions).
     *
     * @param justified whether the centre accepts the reason
     */
    public LawyerRefusal recordRefusal(@NotNull SubjectType type, long id, long lawyerId,
                                       @NotBlank @Size(max = LawyerRefusal.REASON_MAX) @PlainText String reason,
                                       boolean justified, LocalDate refusedOn) {
        AssignableCase c = cases.getCase(type, id);
        Lawyer lawyer = assignments.findLawyer(lawyerId).orElseThrow(() -> new NotFoundException("Lawyer", lawyerId));
        LocalDate today = time.today();
        LawyerRefusal r = assignments.addRefusal(new LawyerRefusal(lawyerId, lawyer.getFirmId(), type, c.id(),
                refusedOn == null ? today : refusedOn, reason, justified, actors.username(), time.now(), today));
        audit.fire(AuditEvent.of(AuditAction.CREATE, REFUSAL, r.getId(), "lawyer " + lawyerId + " refused " + type + " " + id
                + (justified ? " (justified)" : "") + ": " + r.getReason()));
        return r;
    }

    /**
     * A lawyer declares a party they act or acted for, whose firm does, or to whom they are
     * related; the conflict check then keeps them (or their firm) off cases against that party.
     *
     * @param idNumber  the party's ID number, or null
     * @param birthDate the party's birth date when the ID number is not known, or null
     */
    public LawyerInterest declareInterest(long lawyerId, @NotNull InterestRelation relation,
                                          @NotBlank @Size(max = LawyerInterest.NAME_MAX) @PlainText String partyName,
                                          @Size(max = ResidentIdNumber.LENGTH) String idNumber, LocalDate birthDate,
                                          @Size(max = LawyerInterest.NOTE_MAX) @PlainText String note) {
        assignments.findLawyer(lawyerId).orElseThrow(() -> new NotFoundException("Lawyer", lawyerId));
        LocalDate today = time.today();
        String id = null;
        if (idNumber != null && !idNumber.isBlank()) {
            ResidentIdNumber parsed = ResidentIdNumber.parse(idNumber, today);
            id = parsed.value();
            if (birthDate != null && !birthDate.equals(parsed.birthDate())) {
                throw new BusinessException("lawyers.interest.birthDateContradictsId", birthDate, parsed.birthDate());
            }
        }
        if (birthDate != null && birthDate.isAfter(today)) {
            throw new BusinessException("lawyers.interest.birthDateInFuture", birthDate);
        }
        LawyerInterest i = assignments.addInterest(new LawyerInterest(lawyerId, relation, partyName,
                ConflictKeys.of(partyName, id, birthDate), note, actors.username(), time.now()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, INTEREST, i.getId(), "lawyer " + lawyerId + " " + relation + " "
                + i.getPartyName() + (id == null ? "" : " " + ResidentIdNumber.mask(id))));
        return i;
    }

    /** Removes a declared interest entered by mistake (audited with what it said). */
    public void removeInterest(long interestId) {
        LawyerInterest i = assignments.findInterest(interestId).orElseThrow(() -> new NotFoundException(INTEREST, interestId));
        assignments.removeInterest(i);
        audit.fire(AuditEvent.of(AuditAction.DELETE, INTEREST, interestId, "lawyer " + i.getLawyerId() + " "
                + i.getRelation() + " " + i.getPartyName()));
    }

    // Reading ---------------------------------------------------------------------------------

    /** The current assignment of a case, if any. */
    @RolesAllowed({Roles.ASSIGNMENT_OFFICER, Roles.STAFF})
    public Optional<Assignment> findCurrent(@NotNull SubjectType type, long id) {
        cases.getCase(type, id);
        return assignments.findCurrent(type, id);
    }

    /** The lawyers of a case of the caller's units, oldest first, ended ones included. */
    @RolesAllowed({Roles.ASSIGNMENT_OFFICER, Roles.STAFF})
    public List<AssignmentRecord> findHistory(@NotNull SubjectType type, long id) {
        cases.getCase(type, id);
        return assignments.findHistory(type, id).stream().map(this::record).toList();
    }

    /** A lawyer's assignments in the caller's units, newest first (for the lawyer's profile). */
    @RolesAllowed({Roles.ASSIGNMENT_OFFICER, Roles.STAFF})
    public List<AssignmentRecord> findAssignments(long lawyerId) {
        return assignments.findOfLawyer(lawyerId, organisation.findUnitIdsInScope()).stream().map(this::record).toList();
    }

    /** A lawyer's recorded refusals, newest first. */
    @RolesAllowed({Roles.ASSIGNMENT_OFFICER, Roles.STAFF})
    public List<LawyerRefusal> findRefusals(long lawyerId) {
        return assignments.findRefusalsOfLawyer(lawyerId);
    }

    /** The refusals recorded on a case of the caller's units. */
    @RolesAllowed({Roles.ASSIGNMENT_OFFICER, Roles.STAFF})
    public List<LawyerRefusal> findRefusalsOfCase(@NotNull SubjectType type, long id) {
        cases.getCase(type, id);
        return assignments.findRefusalsOfCase(type, id);
    }

    /** A lawyer's declared interests, oldest first. */
    @RolesAllowed({Roles.ASSIGNMENT_OFFICER, Roles.STAFF})
    public List<LawyerInterest> findInterests(long lawyerId) {
        return assignments.findInterests(lawyerId);
    }

    /** One assignment of the caller's units. */
    @RolesAllowed({Roles.ASSIGNMENT_OFFICER, Roles.STAFF})
    public AssignmentRecord getAssignment(long assignmentId) {
        return record(inScope(assignmentId));
    }

    /**
     * The text of an assignment's 指派通知书 or 法律援助公函, for the PDF renderer.
     *
     * @param centre the issuing centre's name (the assignment's unit, {@link AssignmentRecord#assignment()}{@code .getUnitId()})
     */
    @RolesAllowed({Roles.ASSIGNMENT_OFFICER, Roles.STAFF})
    public OfficialDocumentContent document(long assignmentId, @NotNull AssignmentDocument which, @NotBlank String centre) {
        Assignment a = inScope(assignmentId);
        AssignableCase c = cases.getCase(a.getSubjectType(), a.getSubjectId());
        Lawyer lawyer = assignments.findLawyer(a.getLawyerId()).orElseThrow();
        LawFirm firm = assignments.findFirm(a.getFirmId()).orElseThrow();
        audit.fire(AuditEvent.of(AuditAction.READ, ASSIGNMENT, assignmentId, "document " + which));
        return switch (which) {
            case NOTICE -> AssignmentLetters.notice(a, c, lawyer, firm, centre, agreementDue(a));
            case LETTER -> AssignmentLetters.letter(a, c, lawyer, firm, centre);
        };
    }

    /** The last day for the entrustment agreement: the clock's, or 5 days after the assignment. */
    private LocalDate agreementDue(Assignment a) {
        return cases.findAgreementDue(a.getId(), false).map(due -> due.minusSeconds(1).toLocalDate())
                .orElse(a.getAssignedOn().plusDays(5));
    }

    private AssignmentRecord record(Assignment a) {
        String lawyer = assignments.findLawyer(a.getLawyerId()).map(Lawyer::getName).orElse("#" + a.getLawyerId());
        String firm = assignments.findFirm(a.getFirmId()).map(LawFirm::getName).orElse("#" + a.getFirmId());
        LocalDateTime due = a.isCurrent() && a.getAgreementSignedOn() == null
                ? cases.findAgreementDue(a.getId(), true).orElse(null)
                : null;
        return new AssignmentRecord(a, lawyer, firm, due);
    }

    private Assignment inScope(long id) {
        Assignment a = assignments.find(id).orElseThrow(() -> new NotFoundException(ASSIGNMENT, id));
        if (!organisation.findUnitIdsInScope().contains(a.getUnitId())) {
            throw new NotFoundException(ASSIGNMENT, id);
        }
        return a;
    }

    private Assignment lockInScope(long id) {
        inScope(id);
        return assignments.lock(id).orElseThrow(() -> new NotFoundException(ASSIGNMENT, id));
    }




}
