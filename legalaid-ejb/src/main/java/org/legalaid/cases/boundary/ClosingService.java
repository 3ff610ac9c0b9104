package org.legalaid.cases.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.legalaid.cases.CaseAct;
import org.legalaid.cases.CaseArchived;
import org.legalaid.cases.CaseDocument;
import org.legalaid.cases.CaseFileItem;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.ClosingForm;
import org.legalaid.cases.ClosingResult;
import org.legalaid.cases.ClosingSubmission;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.control.CaseOpener;
import org.legalaid.cases.control.CaseRepository;
import org.legalaid.cases.control.CaseSituations;
import org.legalaid.cases.control.ClosingRepository;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.boundary.CaseClockService;
import org.legalaid.lawyers.boundary.AssignmentService;
import org.legalaid.organisation.boundary.CallerProfile;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.DocumentStorage;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.control.DocumentPlace;
import org.legalaid.shared.control.DocumentStores;
import org.legalaid.shared.control.SpooledUpload;
import org.legalaid.shared.control.CurrentTime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Closing and archive of a legal aid case (docs/domain.md "Case lifecycle" 9; LAL art. 50; issue 5
 * "Closing and archive").
 *
 * <ul>
 *   <li>The case's end ({@link #recordCaseEnded}) starts the 30 days of the closing submission
 *       ({@link ClockStep#CLOSING_SUBMISSION}; the limit is data the administrator keeps). A
 *       termination starts the same clock from its own boundary.</li>
 *   <li>The closing submission ({@link #submit}) is recorded by staff for the lawyer who hands in
 *       the file — lawyers have no login: outcome, closing report, the checklist of the file's
 *       items, with attachments ({@link #attach}). It stops the submission clock, starts the 30
 *       days of the centre's review ({@link ClockStep#CLOSING_REVIEW}) and frees the lawyer's
 *       capacity (the lawyers context).</li>
 *   <li>The centre's review ({@link #review}, reviewer or director, never the person who recorded
 *       the hand-in) lists each missing or defective item with a note and returns the file, or
 *       passes it when every required item is present and accepted; only a passed file is
 *       archived ({@link #archive}), and only an archived case is payable
 *       ({@link LegalCase#isPayable()}).</li>
 *   <li>Attachments are PDF, PNG or JPEG recognised by content, at most 20 MB (configurable),
 *       streamed (never whole in memory), with their SHA-256; kept in the database or a folder
 *       ({@link DocumentStores}). A refused file leaves no row.</li>
 * </ul>
 * Every change and every download is audited; everything is limited to the caller's units. Each
 * act is checked against {@link CaseAct} on the locked case first — the rule the case page renders
 * ({@link CaseService#actsOn}); a reviewed file takes no document, an archived case nothing at all.
 */
@Stateless
@RolesAllowed({Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER})
public class ClosingService {

    private static final String LEGAL_CASE = CaseOpener.LEGAL_CASE;
    private static final String SUBMISSION = "ClosingSubmission";
    private static final String DOCUMENT = "CaseDocument";

    /** The case documents' bytes: the {@code content} column of {@code case_document}, or the documents folder itself. */
    private static final DocumentPlace DOCUMENTS = new DocumentPlace("",
            "update case_document set content = ? where id = ?", "select content from case_document where id = ?", DOCUMENT);
    /** How many cases the closing worklist shows at most. */
    public static final int WORKLIST_MAX = 500;

    @Inject
    private CaseRepository cases;

    @Inject
    private ClosingRepository closings;

    @Inject
    private DocumentStores stores;

    @Inject
    private CaseClockService clocks;

    @Inject
    private AssignmentService assignments;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CaseSituations situations;

    @Resource
    private SessionContext session;

    @Inject
    private CurrentTime time;

    @Inject
    private Actors actors;

    @Inject
    private Event<AuditEvent> audit;

    @Inject
    private Event<CaseArchived> archived;

    // The case's end ------------------------------------------------------------------------------

    /**
     * The case ended on {@code on} (judgment, ruling, mediation, withdrawal): the 30 days of the
     * closing submission start from that day. Recorded again, the date is corrected and the clock
     * starts again from the new day.
     *
     * @throws BusinessException those of {@link LegalCase#recordCaseEnded}
     */
    public LegalCase recordCaseEnded(long caseId, @NotNull LocalDate on) {
        LegalCase c = lock(caseId);
        situations.require(CaseAct.RECORD_END, c, session::isCallerInRole);
        LocalDate today = time.today();
        c.recordCaseEnded(on, today);
        LocalDateTime now = time.local();
        clocks.cancel(caseId, ClockStep.CLOSING_SUBMISSION, now);
        clocks.start(c.getUnitId(), caseId, label(c), ClockStep.CLOSING_SUBMISSION,
                on.equals(today) ? now : on.atStartOfDay());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, LEGAL_CASE, caseId, "case ended on " + on));
        return c;
    }

    // Submission ------------------------------------------------------------------------------------

    /**
     * Records the lawyer's hand-in of the closing file (the first, or again after a return).
     *
     * @throws BusinessException {@code cases.submission.notAccepted} in a state that takes no
     *                           hand-in; the date logic's errors (an end or hand-in dated before
     *                           the assignment, the latest handling entry, or after today);
     *                           those of {@link ClosingSubmission#checkOutcome} and its constructor
     */
    public ClosingSubmission submit(long caseId, @NotNull @Valid ClosingForm form) {
        LegalCase c = lock(caseId);
        situations.require(CaseAct.SUBMIT_CLOSING, c, session::isCallerInRole);
        ClosingSubmission.checkOutcome(c, form.getOutcome());
        LocalDate today = time.today();
        boolean first = c.getStatus() != CaseStatus.RETURNED;
        c.submitClosing(form.getEndedOn(), form.getSubmittedOn(), today);
        int round = closings.findLatest(caseId).map(s -> s.getRound() + 1).orElse(1);
        OffsetDateTime now = time.now();
        ClosingSubmission s = closings.add(new ClosingSubmission(c, round, form.handIn(), actors.username(), now));
        LocalDateTime local = local(now);
        clocks.complete(caseId, ClockStep.CLOSING_SUBMISSION, local);
        clocks.start(c.getUnitId(), caseId, label(c), ClockStep.CLOSING_REVIEW, local);
        if (first && c.getAssignmentId() != null) {
            assignments.recordCaseClosed(c.getAssignmentId(), c.getEndedOn());
        }
        audit.fire(AuditEvent.of(AuditAction.CREATE, SUBMISSION, s.getId(), c.getCaseNumber() + " round " + round
                + ", " + s.getOutcome() + ", ended " + s.getEndedOn() + ", handed in " + s.getSubmittedOn()
                + ", present " + form.getPresent()));
        audit.fire(AuditEvent.of(AuditAction.UPDATE, LEGAL_CASE, caseId, "closing file handed in (round " + round + ")"));
        return s;
    }

    /**
     * Attaches a file to the case file as {@code item}: read once as it streams, refused unless a
     * PDF, PNG or JPEG by content and within the size limit; nothing is kept of a refused file.
     *
     * @throws BusinessException {@code shared.document.executable}, {@code shared.document.type},
     *                           {@code shared.document.empty}, {@code shared.document.tooLarge},
     *                           {@code shared.document.unreadable}; {@code cases.document.closed}
     *                           once the file is reviewed
     */
    public CaseDocument attach(long caseId, @NotNull CaseFileItem item, @NotNull String fileName,
                               @NotNull InputStream content) {
        situations.require(CaseAct.ATTACH_DOCUMENT, cases.findInUnits(caseId, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(LEGAL_CASE, caseId)), session::isCallerInRole);
        DocumentStorage storage = stores.current();
        // the upload streams into a temporary file before the case is locked: a slow or large
        // upload holds no lock, and one refused (type, size) never reaches the database
        try (SpooledUpload upload = stores.read(content, fileName)) {
            LegalCase c = lock(caseId);
            situations.require(CaseAct.ATTACH_DOCUMENT, c, session::isCallerInRole);
            CaseDocument d = closings.add(new CaseDocument(c, item, fileName, upload.type(), upload.size(),
                    upload.sha256(), storage, actors.username(), time.now()));
            stores.keep(DOCUMENTS, storage, d.getId(), upload);
            audit.fire(AuditEvent.of(AuditAction.CREATE, DOCUMENT, d.getId(), c.getCaseNumber() + " " + item + " "
                    + d.getFileName() + " (" + d.getType() + ", " + d.getSizeBytes() + " bytes, sha256 " + d.getSha256()
                    + ", " + d.getStorage() + ")"));
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the document of case " + caseId, e);
        }
    }

    // Review and archive ------------------------------------------------------------------------------

    /**
     * The centre's review of the latest hand-in: every item handed in accepted, or found
     * defective or missing with a note; items not handed in are missing. A file with anything
     * outstanding goes back to the lawyer (the list is kept, the submission clock runs again);
     * otherwise the review passes. Either way the review clock stops.
     *
     * @throws BusinessException {@code cases.review.notSubmitted}; those of {@link ClosingSubmission#review}
     */
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    public ClosingSubmission review(long caseId, @NotNull Map<CaseFileItem, ClosingSubmission.Finding> findings) {
        LegalCase c = lock(caseId);
        situations.require(CaseAct.REVIEW_CLOSING, c, session::isCallerInRole);
        ClosingSubmission s = closings.findLatest(caseId)
                .orElseThrow(() -> new BusinessException("cases.review.notSubmitted", c.getCaseNumber()));
        OffsetDateTime now = time.now();
        LocalDateTime local = local(now);
        ClosingResult result = s.review(findings, actors.username(), now);
        clocks.complete(caseId, ClockStep.CLOSING_REVIEW, local);
        if (result == ClosingResult.RETURNED) {
            c.returnForCompletion();
            clocks.start(c.getUnitId(), caseId, label(c), ClockStep.CLOSING_SUBMISSION, local);
            audit.fire(AuditEvent.of(AuditAction.UPDATE, SUBMISSION, s.getId(), "returned: " + s.outstandingItems()));
        } else {
            c.passReview(time.today(), time.today());
            audit.fire(AuditEvent.of(AuditAction.UPDATE, SUBMISSION, s.getId(), "review passed"));
        }
        audit.fire(AuditEvent.of(AuditAction.UPDATE, LEGAL_CASE, caseId, "closing review: " + result));
        return s;
    }

    /**
     * Archives (归档) a case whose file passed the review; from now on it may be paid.
     *
     * @throws BusinessException {@code cases.archive.outstanding} naming the first item missing or
     *                           defective; {@code cases.archive.notReviewed}; the date logic's errors
     */
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    public LegalCase archive(long caseId) {
        LegalCase c = lock(caseId);
        ClosingSubmission s = closings.findLatest(caseId)
                .orElseThrow(() -> new BusinessException("cases.archive.notReviewed", c.getCaseNumber()));
        if (c.getStatus() == CaseStatus.SUBMITTED || c.getStatus() == CaseStatus.RETURNED) {
            s.requireComplete(c.getCaseNumber()); // names the first item outstanding rather than only "not reviewed"
        }
        situations.require(CaseAct.ARCHIVE, c, session::isCallerInRole);
        s.archive(c.getCaseNumber(), actors.username(), time.now());
        c.archive(time.today(), time.today());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, LEGAL_CASE, caseId, "archived"));
        archived.fire(CaseArchived.of(c));
        return c;
    }

    // Reading -------------------------------------------------------------------------------------------

    /** The hand-ins of a case of the caller's units, first round first. */
    @RolesAllowed({Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR,
            Roles.INTAKE_CLERK, Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.QUALITY_EVALUATOR,
            Roles.COMPLAINT_HANDLER})
    public List<ClosingSubmission> findSubmissions(long caseId) {
        inScope(caseId);
        return closings.findSubmissions(caseId);
    }

    /** The documents of a case of the caller's units (names and digests; not the bytes). */
    @RolesAllowed({Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR,
            Roles.INTAKE_CLERK, Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.QUALITY_EVALUATOR,
            Roles.COMPLAINT_HANDLER})
    public List<CaseDocument> findDocuments(long caseId) {
        inScope(caseId);
        return closings.findDocuments(caseId);
    }

    /**
     * One document of a case of the caller's units (its name and type, for the download's headers).
     *
     * @throws NotFoundException when missing or of another unit
     */
    @RolesAllowed({Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR,
            Roles.INTAKE_CLERK, Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.QUALITY_EVALUATOR,
            Roles.COMPLAINT_HANDLER})
    public CaseDocument getDocument(long documentId) {
        CaseDocument d = closings.findDocument(documentId).orElseThrow(() -> new NotFoundException(DOCUMENT, documentId));
        if (!organisation.findUnitIdsInScope().contains(d.getUnitId())) {
            throw new NotFoundException(DOCUMENT, documentId);
        }
        return d;
    }

    /**
     * Writes the bytes of a document of the caller's units to {@code out} (audited as read: the
     * case file names the client).
     *
     * @throws NotFoundException when missing or of another unit
     */
    @RolesAllowed({Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR,
            Roles.INTAKE_CLERK, Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.QUALITY_EVALUATOR,
            Roles.COMPLAINT_HANDLER})
    public void writeContent(long documentId, @NotNull OutputStream out) throws IOException {
        CaseDocument d = getDocument(documentId);
        audit.fire(AuditEvent.of(AuditAction.READ, DOCUMENT, documentId, "downloaded " + d.getFileName()));
        stores.copy(DOCUMENTS, d.getStorage(), documentId, out);
    }

    /**
     * How many files of the caller's units wait for the review or the archive (the workbench's
     * figure; {@link #findWorklist()} lists them), in one query.
     */
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.CASE_SUPERVISOR})
    public long countWorklist() {
        return closings.countInStatus(organisation.findUnitIdsInScope(), EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.REVIEWED));
    }

    /**
     * The closing worklist of the caller's units: files awaiting the review, overdue first and then
     * by the review's due moment, followed by reviewed files awaiting the archive.
     */
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.CASE_SUPERVISOR})
    public List<ClosingWorkItem> findWorklist() {
        List<Long> units = organisation.findUnitIdsInScope();
        LocalDateTime now = time.local();
        List<ClosingWorkItem> review = new ArrayList<>();
        List<ClosingWorkItem> archive = new ArrayList<>();
        for (LegalCase c : closings.findInStatus(units, EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.REVIEWED), WORKLIST_MAX)) {
            if (c.getStatus() == CaseStatus.SUBMITTED) {
                LocalDateTime due = clocks.findDue(c.getId(), ClockStep.CLOSING_REVIEW).orElse(null);
                review.add(new ClosingWorkItem(c, due, due != null && due.isBefore(now)));
            } else {
                archive.add(new ClosingWorkItem(c, null, false));
            }
        }
        review.sort(Comparator.comparing(ClosingWorkItem::reviewDue, Comparator.nullsLast(Comparator.naturalOrder())));
        review.addAll(archive);
        return review;
    }

    /** The largest attachment accepted, in bytes (20 MB unless configured, {@link DocumentStores}). */
    @RolesAllowed(Roles.STAFF)
    public long maxDocumentBytes() {
        return stores.maxBytes();
    }

    // ---------------------------------------------------------------------------------------------------

    private LegalCase lock(long caseId) {
        return cases.lockInUnits(caseId, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(LEGAL_CASE, caseId));
    }

    private void inScope(long caseId) {
        cases.findInUnits(caseId, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(LEGAL_CASE, caseId));
    }

    private static String label(LegalCase c) {
        return c.getCaseNumber() + " " + c.getClientName();
    }

    private static LocalDateTime local(OffsetDateTime t) {
        return t.atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
    }
}
