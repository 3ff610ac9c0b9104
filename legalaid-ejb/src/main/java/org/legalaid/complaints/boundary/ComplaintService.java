package org.legalaid.complaints.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.cases.boundary.CaseReference;
import org.legalaid.cases.boundary.CaseService;
import org.legalaid.complaints.ClientPaymentUpheld;
import org.legalaid.complaints.Complaint;
import org.legalaid.complaints.ComplaintAct;
import org.legalaid.complaints.ComplaintFilter;
import org.legalaid.complaints.ComplaintForm;
import org.legalaid.complaints.ComplaintGround;
import org.legalaid.complaints.ComplaintOutcome;
import org.legalaid.complaints.ComplaintStatus;
import org.legalaid.complaints.ComplaintStepKind;
import org.legalaid.complaints.InvestigationKind;
import org.legalaid.complaints.InvestigationRecord;
import org.legalaid.complaints.Investigator;
import org.legalaid.complaints.InvestigatorRules;
import org.legalaid.complaints.NonAcceptanceGround;
import org.legalaid.complaints.ReceiptNumber;
import org.legalaid.complaints.RecordAttachment;
import org.legalaid.complaints.RespondentType;
import org.legalaid.complaints.control.ComplaintFile;
import org.legalaid.complaints.control.ComplaintRepository;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.DeadlineCalendar;
import org.legalaid.intake.DeadlineFilter;
import org.legalaid.intake.TimeLimit;
import org.legalaid.intake.boundary.ComplaintClockService;
import org.legalaid.intake.boundary.DeadlineService;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import org.legalaid.organisation.DocumentKind;
import org.legalaid.organisation.boundary.DocumentNumberService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.organisation.boundary.StaffMember;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.DocumentStorage;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.control.CurrentTime;
import org.legalaid.shared.control.DocumentPlace;
import org.legalaid.shared.control.DocumentStores;
import org.legalaid.shared.control.SpooledUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Complaints under MoJ order no. 149, from receipt to follow-up (issue 15). The complaint handler
 * registers complaints from every channel (art. 9), asks once for missing information (art. 12),
 * accepts or declines within 5 working days (art. 13–15), merges repeat complaints (art. 23), names at
 * least two investigators without conflict (art. 16, 18), who write the records (art. 17); the head
 * decides a party's recusal request (art. 18) and the one extension (art. 23). The decision (art. 22)
 * is numbered, delivered within 5 working days (art. 24) and followed up (art. 26). Each act is checked
 * by {@link ComplaintAct} on the locked complaint, runs the statutory clocks on intake's engine,
 * writes the file (一事一卷, art. 25) and the audit trail. Investigators attach files to their records
 * (art. 16–17) through the shared document store, with the case documents' checks (type by content,
 * no programs, size); an online complaint's respondent, named in words, is linked to the registries
 * at acceptance (art. 9, 15).
 *
 * <p>Everyone sees and acts on the complaints of their own unit and the units under it.
 */
@Stateless
@RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
public class ComplaintService {

    @Inject
    private ComplaintRepository complaints;

    @Inject
    private ComplaintFile file;

    @Inject
    private ComplaintClockService clocks;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private OrganisationService organisation;

    @Inject
    private LawyerRegistryService lawyers;

    @Inject
    private CaseService cases;

    @Inject
    private DocumentNumberService numbers;

    @Inject
    private CurrentTime time;

    @Inject
    private Actors actors;

    @Inject
    private Event<ClientPaymentUpheld> clientPayments;

    @Inject
    private DocumentStores stores;

    @Inject
    private Event<AuditEvent> audit;

    private static final String ATTACHMENT = "RecordAttachment";

    /** The attachments' bytes: the {@code content} column of {@code complaint_attachment}, or {@code <documents dir>/complaints}. */
    private static final DocumentPlace ATTACHMENTS = new DocumentPlace("complaints",
            "update complaint_attachment set content = ? where id = ?", "select content from complaint_attachment where id = ?",
            ATTACHMENT);

    @Resource
    private SessionContext context;

    /** A proposed investigator: an active colleague of the caller's units, with any relation they declared. */
    public record InvestigatorChoice(@NotBlank String username, boolean declaredRelation) implements Serializable {
    }

    // ---- registration (art. 7–10) --------------------------------------------------------------

    /**
     * Writes down a complaint received at the window, by the 12348 hotline, by letter or forwarded by
     * a custody facility (art. 9): the respondent picked from the registries, the case from the
     * caller's units. Its acceptance clock starts (5 working days, art. 15).
     *
     * @throws BusinessException {@code complaints.routeToObjection} (route's label key) for what is an
     *                           objection to a refusal or termination (LAL art. 49) — nothing is recorded;
     *                           {@code complaints.respondentMissing}, {@code complaints.respondentUnknown}
     *                           for a respondent not in the registries the caller sees;
     *                           {@code complaints.caseUnknown} for a case outside the caller's units
     */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint register(@NotNull @Valid ComplaintForm form) {
        if (form.getObjection() != null) {
            throw new BusinessException("complaints.routeToObjection", form.getObjection().labelKey());
        }
        if (!form.namesRespondent()) {
            throw new BusinessException("complaints.respondentMissing");
        }
        Complaint.CaseRef caseRef = null;
        if (form.getCaseId() != null) {
            CaseReference ref = cases.findReference(form.getCaseId())
                    .orElseThrow(() -> new BusinessException("complaints.caseUnknown", form.getCaseId()));
            caseRef = new Complaint.CaseRef(ref.caseId(), ref.caseNumber(), ref.lawyerId(), ref.supervisor());
        }
        Respondent r = resolve(form.getRespondentType(), form.getRespondentId(), form.getRespondentUsername());
        LocalDateTime now = time.local();
        String user = actors.username();
        long unitId = actors.current().orElseThrow().unitId();
        Complaint c = complaints.add(new Complaint(ReceiptNumber.next(), unitId, form, r.name(), r.unitId(), caseRef, now, user));
        file.add(c.getId(), ComplaintStepKind.RECEIVED, now, user, c.getChannel() + ", " + c.getRespondentType() + " "
                + c.getRespondentName() + (c.isOutOfTime() ? ", filed more than 3 years after knowing (art. 8)" : ""));
        clocks.start(unitId, c.getId(), label(c), ClockStep.ACCEPT_COMPLAINT, now);
        return c;
    }

    private record Respondent(String name, Long unitId) {
    }

    /** The respondent in the registries the caller sees: its name and, for a centre or staff member, its unit. */
    private Respondent resolve(RespondentType type, Long respondentId, String username) {
        switch (type) {
            case CENTRE -> {
                String name = respondentId == null ? null : organisation.findUnitNamesInScope().get(respondentId);
                return known(name, respondentId, respondentId);
            }
            case STAFF -> {
                Optional<StaffMember> m = username == null || username.isBlank() ? Optional.empty()
                        : organisation.findStaffInScope(username.strip());
                return m.map(s -> new Respondent(s.fullName(), s.unitId()))
                        .orElseThrow(() -> new BusinessException("complaints.respondentUnknown", username == null ? "" : username));
            }
            case FIRM -> {
                String name = respondentId == null ? null : lawyers.findFirmNames(List.of(respondentId)).get(respondentId);
                return known(name, null, respondentId);
            }
            default -> {
                String name = respondentId == null ? null : lawyers.findLawyerNames(List.of(respondentId)).get(respondentId);
                return known(name, null, respondentId);
            }
        }
    }

    private static Respondent known(String name, Long unitId, Object id) {
        if (name == null) {
            throw new BusinessException("complaints.respondentUnknown", id == null ? "" : id);
        }
        return new Respondent(name, unitId);
    }

    private static String label(Complaint c) {
        return c.getNumber() + " " + c.getComplainantName();
    }

    /**
     * A respondent the form may pick (art. 7): a centre of the caller's units, a colleague by user
     * name, a firm or a lawyer of the registry.
     */
    public record RespondentOption(RespondentType type, Long id, String username, String label) implements Serializable {
    }

    /** The respondents of {@code type} whose name contains {@code text} (a staff member: by exact user name), at most 20. */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public List<RespondentOption> findRespondentOptions(@NotNull RespondentType type, @Size(max = 50) @PlainText String text) {
        String t = text == null ? "" : text.strip();
        List<RespondentOption> out = new ArrayList<>();
        switch (type) {
            case CENTRE -> organisation.findUnitNamesInScope().forEach((id, name) -> {
                if (out.size() < 20 && name.contains(t)) {
                    out.add(new RespondentOption(type, id, null, name));
                }
            });
            case STAFF -> {
                if (!t.isEmpty()) {
                    organisation.findStaffInScope(t).ifPresent(m -> out.add(new RespondentOption(type, null, m.username(),
                            m.fullName() + "（" + m.unitName() + "）")));
                }
            }
            case FIRM -> lawyers.findFirmChoices(t, 20).forEach((id, name) -> out.add(new RespondentOption(type, id, null, name)));
            default -> lawyers.findLawyerChoices(t, 20).forEach((id, name) -> out.add(new RespondentOption(type, id, null, name)));
        }
        return out;
    }

    /** The case of the caller's units with this case number 案号, for the form's case concerned. */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Optional<CaseReference> findCase(@NotBlank @Size(max = Complaint.CASE_NUMBER_MAX) String caseNumber) {
        return cases.findReferenceByNumber(caseNumber);
    }

    // ---- reading -----------------------------------------------------------------------------

    /** The register: complaints of the caller's units, newest first (a lazy list's page). */
    public List<Complaint> findComplaints(@NotNull @Valid ComplaintFilter filter, @Min(0) int first, @Min(1) @Max(500) int max) {
        return complaints.findPage(organisation.findUnitIdsInScope(), filter, first, max);
    }

    public long countComplaints(@NotNull @Valid ComplaintFilter filter) {
        return complaints.count(organisation.findUnitIdsInScope(), filter);
    }

    /** A complaint of the caller's units with its file, clocks, due dates and the caller's acts. */
    public ComplaintView getComplaint(long id) {
        Complaint c = inScope(complaints.find(id), id);
        List<Investigator> team = complaints.findInvestigators(id);
        List<InvestigationRecord> records = complaints.findRecords(id);
        List<RecordAttachment> attachments = complaints.findAttachments(id);
        DeadlineCalendar cal = clocks.deadlineCalendar();
        Set<String> people = new HashSet<>();
        team.forEach(i -> people.add(i.getUsername()));
        records.forEach(r -> people.add(r.getRecordedBy()));
        List<org.legalaid.complaints.ComplaintStep> steps = complaints.findSteps(id);
        steps.stream().map(org.legalaid.complaints.ComplaintStep::getActor).filter(java.util.Objects::nonNull).forEach(people::add);
        return new ComplaintView(c, team, records, attachments, steps, clocks.findClocks(id), actsOn(c, team, records.size()),
                c.getAcceptedAt() == null ? c.acceptanceDue(cal) : null, c.decisionDue(cal), c.deliveryDue(cal),
                organisation.findStaffNames(people));
    }

    /**
     * A document of a complaint of the caller's units, as the shared renderer draws it: the numbered
     * notice of non-acceptance (art. 15), the numbered decision (art. 22, 24) or the file index
     * (art. 25); empty when the complaint has no such document (yet). Official documents are in
     * Chinese: {@code labels} is the Chinese bundle.
     */
    public Optional<org.legalaid.shared.pdf.OfficialDocumentContent> document(long id, @NotNull ComplaintDocument which,
                                                                            @NotNull java.util.ResourceBundle labels) {
        Complaint c = inScope(complaints.find(id), id);
        String centre = organisation.getLetterhead(c.getUnitId()).unit();
        return switch (which) {
            case NON_ACCEPTANCE -> c.getNonAcceptanceGround() == null ? Optional.empty()
                    : Optional.of(org.legalaid.complaints.control.ComplaintLetters.nonAcceptance(c, centre, labels));
            case DECISION -> c.getOutcome() == null ? Optional.empty()
                    : Optional.of(org.legalaid.complaints.control.ComplaintLetters.decision(c, complaints.findRecords(id), centre, labels));
            case FILE_INDEX -> {
                List<org.legalaid.complaints.ComplaintStep> steps = complaints.findSteps(id);
                Set<String> people = new HashSet<>();
                steps.stream().map(org.legalaid.complaints.ComplaintStep::getActor).filter(java.util.Objects::nonNull).forEach(people::add);
                List<RecordAttachment> attachments = complaints.findAttachments(id);
                attachments.forEach(a -> people.add(a.getUploadedBy()));
                yield Optional.of(org.legalaid.complaints.control.ComplaintLetters.fileIndex(c, steps, attachments,
                        organisation.findStaffNames(people), centre, labels, time.local()));
            }
        };
    }

    /** The acts the caller may take on the complaint now (what the page offers). */
    public Set<ComplaintAct> actsOn(long id) {
        Complaint c = inScope(complaints.find(id), id);
        return actsOn(c, complaints.findInvestigators(id), complaints.findRecords(id).size());
    }

    private Set<ComplaintAct> actsOn(Complaint c, List<Investigator> team, int records) {
        return ComplaintAct.openTo(context::isCallerInRole, actors.username(), c, situation(team, records));
    }

    private ComplaintAct.Situation situation(List<Investigator> team, int records) {
        String user = actors.username();
        List<Investigator> active = team.stream().filter(Investigator::isActive).toList();
        return new ComplaintAct.Situation(active.size(), records,
                active.stream().anyMatch(i -> i.getUsername().equalsIgnoreCase(user)),
                (int) team.stream().filter(Investigator::recusalPending).count());
    }

    /** What waits for the caller (the workbench card). */
    public ComplaintWork findWork() {
        List<Long> units = organisation.findUnitIdsInScope();
        Map<ComplaintStatus, Long> byStatus = complaints.countByStatus(units);
        int year = time.today().getYear();
        long overdue = 0;
        for (ClockStep step : List.of(ClockStep.ACCEPT_COMPLAINT, ClockStep.DECIDE_COMPLAINT, ClockStep.DELIVER_COMPLAINT_DECISION)) {
            overdue += deadlines.countDeadlines(new DeadlineFilter(DeadlineFilter.Show.OVERDUE, step));
        }
        return new ComplaintWork(byStatus.getOrDefault(ComplaintStatus.RECEIVED, 0L),
                byStatus.getOrDefault(ComplaintStatus.AWAITING_MATERIALS, 0L),
                byStatus.getOrDefault(ComplaintStatus.INVESTIGATING, 0L) + byStatus.getOrDefault(ComplaintStatus.SUSPENDED, 0L),
                complaints.countInvestigating(actors.username()), byStatus.getOrDefault(ComplaintStatus.DECIDED, 0L),
                byStatus.getOrDefault(ComplaintStatus.DELIVERED, 0L), overdue,
                complaints.countByOutcome(units, LocalDate.of(year, 1, 1).atStartOfDay(), LocalDate.of(year + 1, 1, 1).atStartOfDay()));
    }

    // ---- acceptance (art. 9, 12–15, 23) ----------------------------------------------------------

    /** The complainant confirmed the written record of an oral complaint (art. 9). */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint confirmOral(long id) {
        Complaint c = act(id, ComplaintAct.CONFIRM_ORAL);
        LocalDateTime now = time.local();
        c.confirmOral(now);
        file.add(id, ComplaintStepKind.ORAL_CONFIRMED, now, actors.username(), null);
        return c;
    }

    /**
     * The one notice of everything missing, with its deadline (art. 12): the acceptance clock stands
     * and the complainant's period runs until the deadline.
     */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint requestMaterials(long id, @NotBlank @Size(max = Complaint.TEXT_MAX) @PlainText String what,
                                      @NotNull LocalDate dueOn) {
        Complaint c = act(id, ComplaintAct.REQUEST_MATERIALS);
        LocalDateTime now = time.local();
        c.requestMaterials(what, dueOn, now);
        clocks.pause(id, ClockStep.ACCEPT_COMPLAINT, now);
        clocks.start(c.getUnitId(), id, label(c), ClockStep.COMPLAINT_MATERIALS, now,
                TimeLimit.calendarDays((int) ChronoUnit.DAYS.between(now.toLocalDate(), dueOn)));
        file.add(id, ComplaintStepKind.MATERIALS_REQUESTED, now, actors.username(), what + " (" + dueOn + ")");
        return c;
    }

    /** The information came in: the acceptance clock runs again (art. 12, 15). */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint receiveMaterials(long id) {
        Complaint c = act(id, ComplaintAct.RECEIVE_MATERIALS);
        LocalDateTime now = time.local();
        c.materialsReceived(now);
        clocks.complete(id, ClockStep.COMPLAINT_MATERIALS, now);
        clocks.resume(id, ClockStep.ACCEPT_COMPLAINT, now);
        file.add(id, ComplaintStepKind.MATERIALS_RECEIVED, now, actors.username(), null);
        return c;
    }

    /**
     * The respondent an online complaint named in words, as the handler picks it from the registries
     * at acceptance (the same choices as {@link #findRespondentOptions}): a centre's or a firm's or a
     * lawyer's id, or a staff member's user name.
     */
    public record RespondentChoice(@NotNull RespondentType type, Long id, @Size(max = 32) String username) implements Serializable {
    }

    /**
     * Accepted (art. 15): the investigation begins and the 60 days run (art. 23).
     *
     * @throws BusinessException {@code complaints.accept.respondentUnlinked} for an online complaint
     *                           whose respondent is not yet linked to the registries ({@link #accept(long, RespondentChoice)})
     */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint accept(long id) {
        return accept(id, null);
    }

    /**
     * Accepted (art. 15), an online complaint's respondent first linked to the registries (art. 9: the
     * public form names it in words; art. 7: a centre, staff member, firm or lawyer): the words are kept
     * beside it, the file says who linked what, and the investigators' conflicts (art. 18) and the
     * lawyer's assessment then see the linked respondent. Both or neither: a refused acceptance leaves
     * no link.
     *
     * @param respondent the registry's respondent; null to accept as the complaint stands
     * @throws BusinessException {@code complaints.accept.respondentUnlinked} for an online complaint
     *                           left unlinked; {@code complaints.respondentUnknown} for a respondent the
     *                           caller's registries do not have; {@code complaints.respondent.notOnline}
     *                           for a complaint written down by staff (its respondent was picked then)
     */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint accept(long id, @Valid RespondentChoice respondent) {
        Complaint c = act(id, ComplaintAct.ACCEPT);
        LocalDateTime now = time.local();
        if (respondent != null) {
            Respondent r = resolve(respondent.type(), respondent.id(), respondent.username());
            String words = c.getRespondentWords() == null ? c.getRespondentName() : c.getRespondentWords();
            c.linkRespondent(respondent.type(), respondent.type() == RespondentType.STAFF ? null : respondent.id(),
                    respondent.type() == RespondentType.STAFF ? respondent.username() : null, r.name(), r.unitId());
            file.add(id, ComplaintStepKind.RESPONDENT_LINKED, now, actors.username(), respondent.type() + " "
                    + c.getRespondentName() + (respondent.id() == null ? "" : " #" + respondent.id())
                    + (c.getRespondentUsername() == null ? "" : " " + c.getRespondentUsername()) + " (named online: " + words + ")");
        }
        c.accept(now);
        clocks.complete(id, ClockStep.ACCEPT_COMPLAINT, now);
        clocks.start(c.getUnitId(), id, label(c), ClockStep.DECIDE_COMPLAINT, now);
        file.add(id, ComplaintStepKind.ACCEPTED, now, actors.username(), null);
        return c;
    }

    /** Not accepted, in a numbered written notice with the ground of art. 13–14 and the reasons (art. 15). */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint decline(long id, @NotNull NonAcceptanceGround ground,
                             @NotBlank @Size(max = Complaint.TEXT_MAX) @PlainText String reasons) {
        Complaint c = act(id, ComplaintAct.DECLINE);
        LocalDateTime now = time.local();
        boolean waiting = c.getStatus() == ComplaintStatus.AWAITING_MATERIALS;
        String number = numbers.next(c.getUnitId(), DocumentKind.COMPLAINT_NON_ACCEPTANCE, now.getYear());
        c.decline(ground, reasons, number, now);
        if (waiting) {
            clocks.cancel(id, ClockStep.COMPLAINT_MATERIALS, now);
        }
        clocks.complete(id, ClockStep.ACCEPT_COMPLAINT, now);
        file.add(id, ComplaintStepKind.NOT_ACCEPTED, now, actors.username(), number + " " + ground + ": " + reasons);
        return c;
    }

    /**
     * Merges a repeat complaint into the accepted one on the same matter (art. 23): this one's
     * acceptance question is answered, and the other's 60 days run again from now, its last acceptance.
     */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint merge(long id, long intoId) {
        Complaint c = act(id, ComplaintAct.MERGE);
        Complaint target = inScope(complaints.lock(intoId), intoId);
        LocalDateTime now = time.local();
        c.mergeInto(target, now);
        clocks.complete(id, ClockStep.ACCEPT_COMPLAINT, now);
        restartDecisionClock(target, now);
        file.add(id, ComplaintStepKind.MERGED, now, actors.username(), target.getNumber());
        file.add(intoId, ComplaintStepKind.MERGED_IN, now, actors.username(), c.getNumber());
        return c;
    }

    /**
     * The decision clock from now to the complaint's due date (a merged complaint's new acceptance, an
     * approved extension): the running item is cancelled and one with the remaining days started,
     * standing still at once if the complaint is suspended.
     */
    private void restartDecisionClock(Complaint c, LocalDateTime now) {
        clocks.cancel(c.getId(), ClockStep.DECIDE_COMPLAINT, now);
        LocalDate lastDay = c.decisionDue(clocks.deadlineCalendar()).toLocalDate().minusDays(1);
        int days = (int) Math.max(1, ChronoUnit.DAYS.between(now.toLocalDate(), lastDay));
        clocks.start(c.getUnitId(), c.getId(), label(c), ClockStep.DECIDE_COMPLAINT, now, TimeLimit.calendarDays(days));
        if (c.getStatus() == ComplaintStatus.SUSPENDED) {
            clocks.pause(c.getId(), ClockStep.DECIDE_COMPLAINT, now);
        }
    }

    // ---- investigation (art. 16–21) -----------------------------------------------------------

    /**
     * Names investigators: with those still active, at least two, none with a conflict — the staff
     * member complained about, a colleague of the unit complained about, the case's supervisor, a
     * declared relation (art. 16, 18).
     *
     * @throws BusinessException {@code complaints.investigators.unknown} for a name not of an active
     *                           colleague of the caller's units; the rules of {@link InvestigatorRules#checkTeam}
     */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public List<Investigator> assignInvestigators(long id, @NotEmpty List<@Valid InvestigatorChoice> choices) {
        Complaint c = act(id, ComplaintAct.ASSIGN_INVESTIGATORS);
        List<Investigator> team = complaints.findInvestigators(id);
        List<InvestigatorRules.Candidate> candidates = new ArrayList<>();
        for (InvestigatorChoice ch : choices) {
            StaffMember m = organisation.findStaffInScope(ch.username())
                    .orElseThrow(() -> new BusinessException("complaints.investigators.unknown", ch.username()));
            candidates.add(new InvestigatorRules.Candidate(m.username(), m.unitId(), ch.declaredRelation()));
        }
        List<String> active = team.stream().filter(Investigator::isActive).map(Investigator::getUsername).toList();
        List<String> everyone = team.stream().map(Investigator::getUsername).toList();
        candidates.stream().filter(k -> everyone.stream().anyMatch(u -> u.equalsIgnoreCase(k.username()) && !active.contains(u)))
                .findFirst().ifPresent(k -> {
                    throw new BusinessException("complaints.recusal.alreadyRecused", k.username());
                });
        InvestigatorRules.checkTeam(c, active, candidates);
        LocalDateTime now = time.local();
        String user = actors.username();
        List<Investigator> added = new ArrayList<>();
        for (InvestigatorRules.Candidate k : candidates) {
            added.add(complaints.addPart(new Investigator(id, k.username(), k.unitId(), user, now)));
        }
        file.add(id, ComplaintStepKind.INVESTIGATORS_ASSIGNED, now, user,
                String.join(", ", candidates.stream().map(InvestigatorRules.Candidate::username).toList()));
        return added;
    }

    /** An investigator steps aside for a conflict (自行回避, art. 18). */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Investigator recuse(long id, @NotBlank String username, @NotBlank @Size(max = Complaint.TEXT_MAX) @PlainText String reason) {
        act(id, ComplaintAct.RECUSE);
        Investigator i = investigator(id, username);
        LocalDateTime now = time.local();
        i.recuse(reason, now);
        file.add(id, ComplaintStepKind.RECUSED, now, actors.username(), username + ": " + reason);
        return i;
    }

    /** A party asks for an investigator's recusal (申请回避, art. 18); the head decides. */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Investigator requestRecusal(long id, @NotBlank String username,
                                       @NotBlank @Size(max = Complaint.TEXT_MAX) @PlainText String reason) {
        act(id, ComplaintAct.REQUEST_RECUSAL);
        Investigator i = investigator(id, username);
        LocalDateTime now = time.local();
        i.requestRecusal(reason, now);
        file.add(id, ComplaintStepKind.RECUSAL_REQUESTED, now, actors.username(), username + ": " + reason);
        return i;
    }

    /** The head decides a party's request for recusal (art. 18). */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public Investigator decideRecusal(long id, @NotBlank String username, boolean grant) {
        act(id, ComplaintAct.DECIDE_RECUSAL);
        Investigator i = investigator(id, username);
        LocalDateTime now = time.local();
        i.decideRecusal(grant, actors.username(), now);
        file.add(id, ComplaintStepKind.RECUSAL_DECIDED, now, actors.username(), username + (grant ? ": granted" : ": refused"));
        return i;
    }

    private Investigator investigator(long complaintId, String username) {
        return complaints.findInvestigators(complaintId).stream().filter(i -> i.getUsername().equalsIgnoreCase(username.strip()))
                .findFirst().orElseThrow(() -> new BusinessException("complaints.investigators.notOnTeam", username));
    }

    /**
     * An investigation record by the calling investigator (art. 16–17): an interview is signed by the
     * person interviewed.
     */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public InvestigationRecord record(long id, @NotNull InvestigationKind kind,
                                      @Size(max = InvestigationRecord.PERSON_MAX) @PlainText String person, boolean signed,
                                      @NotBlank @Size(max = Complaint.FACTS_MAX) @PlainText String content) {
        act(id, ComplaintAct.RECORD_INVESTIGATION);
        LocalDateTime now = time.local();
        InvestigationRecord r = complaints.addPart(new InvestigationRecord(id, kind, person, signed, content, actors.username(), now));
        file.add(id, ComplaintStepKind.INVESTIGATION_RECORDED, now, actors.username(), kind + (person == null ? "" : " " + person));
        return r;
    }

    /**
     * Attaches a file to an investigation record of the complaint (art. 16–17: the signed interview as
     * scanned, photographs, copies of the files reviewed), by an active investigator while the
     * investigation runs. The upload is read and checked as it streams, before the complaint is locked,
     * with the case documents' checks (PDF, PNG or JPEG by content, no program whatever its name, not
     * empty, within the size limit); a refused file leaves nothing. The file becomes part of the one
     * file per complaint and its index (art. 25) and is audited.
     *
     * @throws BusinessException {@code shared.document.executable}, {@code shared.document.type},
     *                           {@code shared.document.empty}, {@code shared.document.tooLarge},
     *                           {@code shared.document.unreadable}; {@code complaints.record.notInvestigator}
     *                           and the other refusals of {@link ComplaintAct#RECORD_INVESTIGATION}
     * @throws NotFoundException for a complaint out of the caller's units or a record not of this complaint
     */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public RecordAttachment attach(long id, long recordId, @NotNull @Size(max = 1000) String fileName, @NotNull InputStream content) {
        inScope(complaints.find(id), id);
        DocumentStorage storage = stores.current();
        // read before locking: a slow or refused upload holds no lock and reaches no table
        try (SpooledUpload upload = stores.read(content, fileName)) {
            act(id, ComplaintAct.RECORD_INVESTIGATION);
            InvestigationRecord r = complaints.findRecords(id).stream().filter(x -> x.getId() == recordId).findFirst()
                    .orElseThrow(() -> new NotFoundException("InvestigationRecord", recordId));
            LocalDateTime now = time.local();
            RecordAttachment a = complaints.addAttachment(new RecordAttachment(r, fileName, upload.type(), upload.size(),
                    upload.sha256(), storage, actors.username(), now));
            stores.keep(ATTACHMENTS, storage, a.getId(), upload);
            file.add(id, ComplaintStepKind.ATTACHED, now, actors.username(), a.getFileName() + " (" + a.getType() + ", "
                    + a.getSizeBytes() + " bytes, sha256 " + a.getSha256() + ", record " + recordId + ", " + a.getStorage() + ")");
            return a;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the attachment of complaint " + id, e);
        }
    }

    /**
     * An attachment of a complaint of the caller's units (who may see the complaint may see its file).
     *
     * @throws NotFoundException when missing or of a complaint out of the caller's units
     */
    public RecordAttachment getAttachment(long attachmentId) {
        RecordAttachment a = complaints.findAttachment(attachmentId).orElseThrow(() -> new NotFoundException(ATTACHMENT, attachmentId));
        List<Long> units = organisation.findUnitIdsInScope();
        complaints.find(a.getComplaintId()).filter(c -> units.contains(c.getUnitId()))
                .orElseThrow(() -> new NotFoundException(ATTACHMENT, attachmentId));
        return a;
    }

    /**
     * Writes the bytes of an attachment of the caller's units to {@code out}, audited as read (the
     * file names the complainant and the persons interviewed).
     *
     * @throws NotFoundException when missing or of a complaint out of the caller's units
     */
    public void writeAttachment(long attachmentId, @NotNull OutputStream out) throws IOException {
        RecordAttachment a = getAttachment(attachmentId);
        audit.fire(AuditEvent.of(AuditAction.READ, ATTACHMENT, attachmentId, "downloaded " + a.getFileName()
                + " of complaint " + a.getComplaintId()));
        stores.copy(ATTACHMENTS, a.getStorage(), attachmentId, out);
    }

    /** The largest attachment accepted, in bytes (20 MB unless configured). */
    public long maxAttachmentBytes() {
        return stores.maxBytes();
    }

    /** An ongoing violation is ordered to stop at once (art. 19). */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint orderStop(long id, @NotBlank @Size(max = Complaint.TEXT_MAX) @PlainText String what) {
        Complaint c = act(id, ComplaintAct.ORDER_STOP);
        LocalDateTime now = time.local();
        c.orderStop(what, now);
        file.add(id, ComplaintStepKind.STOP_ORDERED, now, actors.username(), what);
        return c;
    }

    /** Suspended while a court or discipline body handles the matter (art. 21): the decision clock stands. */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint suspend(long id, @NotBlank @Size(max = Complaint.TEXT_MAX) @PlainText String reason) {
        Complaint c = act(id, ComplaintAct.SUSPEND);
        LocalDateTime now = time.local();
        c.suspend(reason, now);
        clocks.pause(id, ClockStep.DECIDE_COMPLAINT, now);
        file.add(id, ComplaintStepKind.SUSPENDED, now, actors.username(), reason);
        return c;
    }

    /** The investigation goes on (art. 21): the decision clock runs again, the suspension not counted (art. 23). */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint resume(long id) {
        Complaint c = act(id, ComplaintAct.RESUME);
        LocalDateTime now = time.local();
        c.resume(now);
        clocks.resume(id, ClockStep.DECIDE_COMPLAINT, now);
        file.add(id, ComplaintStepKind.RESUMED, now, actors.username(), null);
        return c;
    }

    /** The complainant withdrew (art. 21): the procedure and its clocks end. */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint withdraw(long id, @NotBlank @Size(max = Complaint.TEXT_MAX) @PlainText String reason) {
        Complaint c = act(id, ComplaintAct.WITHDRAW);
        LocalDateTime now = time.local();
        c.withdraw(reason, now);
        for (ClockStep step : List.of(ClockStep.ACCEPT_COMPLAINT, ClockStep.COMPLAINT_MATERIALS, ClockStep.DECIDE_COMPLAINT)) {
            clocks.cancel(id, step, now);
        }
        file.add(id, ComplaintStepKind.WITHDRAWN, now, actors.username(), reason);
        return c;
    }

    // ---- extension (art. 23) -------------------------------------------------------------------

    /** Asks the head for the one extension of up to 30 days (art. 23). */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint requestExtension(long id, @Min(1) @Max(30) int days,
                                      @NotBlank @Size(max = Complaint.TEXT_MAX) @PlainText String reason) {
        Complaint c = act(id, ComplaintAct.REQUEST_EXTENSION);
        LocalDateTime now = time.local();
        c.requestExtension(days, reason, actors.username(), now);
        file.add(id, ComplaintStepKind.EXTENSION_REQUESTED, now, actors.username(), days + ": " + reason);
        return c;
    }

    /**
     * The head approves or refuses the extension — never their own request — before the 60 days run
     * out (art. 23); approved, the decision clock runs to the extended due date.
     */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public Complaint decideExtension(long id, boolean approve) {
        Complaint c = act(id, ComplaintAct.DECIDE_EXTENSION);
        LocalDateTime now = time.local();
        c.decideExtension(approve, actors.username(), now, clocks.deadlineCalendar());
        if (approve) {
            restartDecisionClock(c, now);
        }
        file.add(id, approve ? ComplaintStepKind.EXTENSION_APPROVED : ComplaintStepKind.EXTENSION_REFUSED, now,
                actors.username(), approve ? c.getExtensionDays() + "" : null);
        return c;
    }

    /** The complainant was told of the extension (art. 23). */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint notifyExtension(long id, @NotBlank @Size(max = Complaint.TEXT_MAX) @PlainText String how) {
        Complaint c = act(id, ComplaintAct.NOTIFY_EXTENSION);
        LocalDateTime now = time.local();
        c.notifyExtension(now);
        file.add(id, ComplaintStepKind.EXTENSION_NOTIFIED, now, actors.username(), how);
        return c;
    }

    // ---- decision and follow-up (art. 22–26) ----------------------------------------------------

    /**
     * The decision with its outcome (art. 22), numbered in the unit's series; the delivery clock starts
     * (art. 24). Upheld for taking money or property from the client (有偿办案, LAL art. 20) about a case,
     * funding is told ({@link ClientPaymentUpheld}).
     */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint decide(long id, @NotNull ComplaintOutcome outcome,
                            @NotBlank @Size(max = Complaint.TEXT_MAX) @PlainText String reasons) {
        Complaint c = act(id, ComplaintAct.DECIDE);
        LocalDateTime now = time.local();
        String number = numbers.next(c.getUnitId(), DocumentKind.COMPLAINT_DECISION, now.getYear());
        c.decide(outcome, reasons, number, actors.username(), now);
        clocks.complete(id, ClockStep.DECIDE_COMPLAINT, now);
        clocks.start(c.getUnitId(), id, label(c), ClockStep.DELIVER_COMPLAINT_DECISION, now);
        file.add(id, ComplaintStepKind.DECIDED, now, actors.username(), number + " " + outcome);
        if (outcome.isUpheld() && c.getGround() == ComplaintGround.TOOK_CLIENT_PROPERTY && c.getCaseId() != null) {
            Long lawyer = c.getRespondentType() == RespondentType.LAWYER ? c.getRespondentId() : c.getCaseLawyerId();
            clientPayments.fire(new ClientPaymentUpheld(c.getCaseId(), lawyer, c.getNumber()));
        }
        return c;
    }

    /** The written decision reached both parties (art. 24). */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint deliver(long id) {
        Complaint c = act(id, ComplaintAct.DELIVER);
        LocalDateTime now = time.local();
        c.deliver(now);
        clocks.complete(id, ClockStep.DELIVER_COMPLAINT_DECISION, now);
        file.add(id, ComplaintStepKind.DELIVERED, now, actors.username(), null);
        return c;
    }

    /** The decision was carried out (art. 26). */
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public Complaint followUp(long id, @NotBlank @Size(max = Complaint.TEXT_MAX) @PlainText String what) {
        Complaint c = act(id, ComplaintAct.FOLLOW_UP);
        LocalDateTime now = time.local();
        c.followUp(what, now);
        file.add(id, ComplaintStepKind.FOLLOWED_UP, now, actors.username(), what);
        return c;
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** The complaint locked, in the caller's units, with the act's rule checked on it. */
    private Complaint act(long id, ComplaintAct act) {
        Complaint c = inScope(complaints.lock(id), id);
        act.require(context::isCallerInRole, actors.username(), c,
                situation(complaints.findInvestigators(id), complaints.findRecords(id).size()));
        return c;
    }

    private Complaint inScope(Optional<Complaint> found, long id) {
        List<Long> units = organisation.findUnitIdsInScope();
        return found.filter(c -> units.contains(c.getUnitId())).orElseThrow(() -> new NotFoundException("Complaint", id));
    }
}
