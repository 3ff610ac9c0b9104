package org.legalaid.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.cases.CaseAct;
import org.legalaid.cases.CaseDocument;
import org.legalaid.cases.CaseFileItem;
import org.legalaid.cases.CaseOutcome;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.ChecklistLine;
import org.legalaid.cases.ClosingForm;
import org.legalaid.cases.ClosingResult;
import org.legalaid.cases.ClosingSubmission;
import org.legalaid.cases.ItemVerdict;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.Proceeding;
import org.legalaid.cases.boundary.ClosingService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.MessagePlace;
import org.legalaid.web.i18n.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The closing part of the case page (结案与归档, LAL art. 50; docs/domain.md "Case lifecycle" 9): the
 * case's end, the closing submission recorded by staff for the lawyer (checklist and attachments),
 * the centre's review item by item and the archive. No rule lives here; {@link ClosingService}
 * decides.
 */
@Named
@ViewScoped
public class ClosingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ClosingBacking.class.getName());

    @Inject
    private ClosingService closing;

    @Inject
    private CaseBacking caseBacking;

    private List<ClosingSubmission> submissions = List.of();
    private List<CaseDocument> documents = List.of();

    private LocalDate endedOn;
    private ClosingForm form = new ClosingForm();
    private CaseFileItem[] present = new CaseFileItem[0];
    private CaseFileItem uploadItem = CaseFileItem.MEETING_RECORD;
    /** The reviewer's finding per item (item name → verdict name): a page's map values arrive as text. */
    private final Map<String, String> verdicts = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        LegalCase c = caseBacking.getLegalCase();
        if (c == null) {
            return;
        }
        submissions = closing.findSubmissions(c.getId());
        documents = closing.findDocuments(c.getId());
        // every item starts undecided: the reviewer judges each one (issue 18: no one-click pass)
        verdicts.clear();
        notes.clear();
    }

    private void changed() {
        caseBacking.reload();
        refresh();
    }

    private LegalCase legalCase() {
        return caseBacking.getLegalCase();
    }

    // The case's end ------------------------------------------------------------------------------

    /** Whether the user may record the case's end now (the boundary's answer, {@code CaseService.actsOn}). */
    public boolean isEndable() {
        return may(CaseAct.RECORD_END);
    }

    private boolean may(CaseAct act) {
        return caseBacking.getActs().contains(act);
    }

    public void recordEnd() {
        Actions.attempt(() -> closing.recordCaseEnded(legalCase().getId(), endedOn), "closing.ended")
                .ifPresent(c -> changed());
    }

    // Submission ------------------------------------------------------------------------------------

    /** Whether a closing file may be handed in now (first time, after a termination or after a return). */
    public boolean isSubmittable() {
        return may(CaseAct.SUBMIT_CLOSING);
    }

    /** Opens the submission dialog with today's date, the outcome the case allows and the items already attached. */
    public void prepareSubmission() {
        form = new ClosingForm();
        form.setSubmittedOn(LocalDate.now(ChinaTime.ZONE));
        form.setOutcome(getOutcomes().get(0));
        getLatest().ifPresent(s -> {
            form.setOutcome(s.getOutcome());
            form.setOutcomeText(s.getOutcomeText());
            form.setReport(s.getReport());
        });
        EnumSet<CaseFileItem> attached = EnumSet.noneOf(CaseFileItem.class);
        documents.forEach(d -> attached.add(d.getItem()));
        getLatest().ifPresent(s -> s.getLines().stream().filter(l -> l.isPresent() && !l.isOutstanding())
                .forEach(l -> attached.add(l.getItem())));
        present = attached.toArray(CaseFileItem[]::new);
    }

    /** Whether the case's end is still to be given with the submission. */
    public boolean isEndDateNeeded() {
        return legalCase() != null && legalCase().getStatus() == CaseStatus.HANDLING && legalCase().getEndedOn() == null;
    }

    public void submit() {
        form.setPresent(Set.copyOf(Arrays.asList(present)));
        Actions.attempt(() -> closing.submit(legalCase().getId(), form), "closing.submitted").ifPresent(s -> {
            changed();
            PrimeFaces.current().ajax().update("casePanel");
            PrimeFaces.current().executeScript("PF('submitDialog').hide()");
        });
    }

    /** The outcomes the case may be handed in with: termination, or those of its proceeding ({@link CaseOutcome#forProceeding}). */
    public List<CaseOutcome> getOutcomes() {
        if (legalCase() != null && legalCase().getStatus() == CaseStatus.TERMINATED) {
            return List.of(CaseOutcome.TERMINATED);
        }
        return CaseOutcome.forProceeding(legalCase() == null ? Proceeding.LITIGATION : Proceeding.of(legalCase().getMatterType()));
    }

    /** The items a file of this case's proceeding may hold, for the checklist and the upload ({@link CaseFileItem#offeredFor}). */
    public List<CaseFileItem> getItems() {
        return List.copyOf(CaseFileItem.offeredFor(legalCase() == null ? Proceeding.LITIGATION : Proceeding.of(legalCase().getMatterType())));
    }

    /** Whether the file of this case, with the outcome chosen, must hold {@code item}. */
    public boolean required(CaseFileItem item) {
        if (legalCase() == null || form.getOutcome() == null) {
            return false;
        }
        return item.isRequiredFor(ClosingSubmission.kindOf(legalCase(), form.getOutcome()));
    }

    /** Checklist labels: the item, marked when required for the outcome chosen. */
    public String itemLabel(CaseFileItem item) {
        String label = Messages.text(Messages.locale(jakarta.faces.context.FacesContext.getCurrentInstance()), item.labelKey());
        return required(item) ? label + " *" : label;
    }

    // Attachments -------------------------------------------------------------------------------------

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            Actions.attemptAt(MessagePlace.CLOSING_UPLOAD, () -> closing.attach(legalCase().getId(), uploadItem, file.getFileName(), in),
                    "closing.attached", file.getFileName()).ifPresent(d -> documents = closing.findDocuments(legalCase().getId()));
        } catch (IOException e) {
            LOG.log(Level.INFO, "upload broke off", e);
            Messages.addErrorAt(MessagePlace.CLOSING_UPLOAD, "shared.document.unreadable", file.getFileName());
        } finally {
            try {
                file.delete();
            } catch (IOException e) {
                LOG.log(Level.FINE, "temporary upload not deleted", e);
            }
        }
    }

    public boolean isAttachable() {
        return may(CaseAct.ATTACH_DOCUMENT);
    }

    // Review and archive --------------------------------------------------------------------------------

    public java.util.Optional<ClosingSubmission> getLatest() {
        return submissions.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(submissions.get(submissions.size() - 1));
    }

    public ClosingSubmission getLatestSubmission() {
        return getLatest().orElse(null);
    }

    /** A submitted file with a recorded hand-in to review (a legacy case imported as submitted has none). */
    public boolean isReviewable() {
        return may(CaseAct.REVIEW_CLOSING);
    }

    public boolean isArchivable() {
        return may(CaseAct.ARCHIVE);
    }

    public List<ItemVerdict> getVerdictChoices() {
        return List.of(ItemVerdict.ACCEPTED, ItemVerdict.DEFECTIVE, ItemVerdict.MISSING);
    }

    public void review() {
        Map<CaseFileItem, ClosingSubmission.Finding> findings = new EnumMap<>(CaseFileItem.class);
        ClosingSubmission s = getLatestSubmission();
        for (ChecklistLine l : s.getLines()) {
            String verdict = verdicts.get(l.getItem().name());
            findings.put(l.getItem(), new ClosingSubmission.Finding(l.isPresent() && verdict != null && !verdict.isEmpty()
                    ? ItemVerdict.valueOf(verdict) : null, notes.get(l.getItem().name())));
        }
        Actions.attemptAt(MessagePlace.CLOSING_REVIEW, () -> closing.review(legalCase().getId(), findings), null).ifPresent(r -> {
            Messages.addInfo(r.getResult() == ClosingResult.PASSED ? "closing.passed" : "closing.returned");
            changed();
        });
    }

    public void archive() {
        // a refusal stays beside the button; once archived the button is gone, so the success is global
        Actions.attemptAt(MessagePlace.CLOSING_ARCHIVE, () -> closing.archive(legalCase().getId()), null).ifPresent(c -> {
            Messages.addInfo("closing.archived");
            changed();
        });
    }

    /** The items of a reviewed hand-in that went back to the lawyer. */
    public List<ChecklistLine> outstanding(ClosingSubmission s) {
        return s.getLines().stream().filter(ChecklistLine::isOutstanding).toList();
    }

    public List<CaseDocument> documentsOf(CaseFileItem item) {
        return documents.stream().filter(d -> d.getItem() == item).toList();
    }

    // Accessors -------------------------------------------------------------------------------------------

    public List<ClosingSubmission> getSubmissions() { return submissions; }
    public List<CaseDocument> getDocuments() { return documents; }
    public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
    public ClosingForm getForm() { return form; }
    public CaseFileItem[] getPresent() { return present; }
    public void setPresent(CaseFileItem[] present) { this.present = present == null ? new CaseFileItem[0] : present; }
    public CaseFileItem getUploadItem() { return uploadItem; }
    public void setUploadItem(CaseFileItem uploadItem) { this.uploadItem = uploadItem; }
    public Map<String, String> getVerdicts() { return verdicts; }
    public Map<String, String> getNotes() { return notes; }
    public long getMaxBytes() { return closing.maxDocumentBytes(); }
    public long getMaxMegabytes() { return closing.maxDocumentBytes() / (1024 * 1024); }
}
