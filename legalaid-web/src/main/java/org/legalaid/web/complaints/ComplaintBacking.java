package org.legalaid.web.complaints;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.complaints.Complaint;
import org.legalaid.complaints.ComplaintChannel;
import org.legalaid.complaints.ComplaintFilter;
import org.legalaid.complaints.ComplaintOutcome;
import org.legalaid.complaints.InvestigationKind;
import org.legalaid.complaints.NonAcceptanceGround;
import org.legalaid.complaints.InvestigationRecord;
import org.legalaid.complaints.ReceiptNumber;
import org.legalaid.complaints.RespondentType;
import org.legalaid.complaints.boundary.ComplaintService;
import org.legalaid.complaints.boundary.ComplaintService.InvestigatorChoice;
import org.legalaid.complaints.boundary.ComplaintService.RespondentChoice;
import org.legalaid.complaints.boundary.ComplaintService.RespondentOption;
import org.legalaid.complaints.boundary.ComplaintView;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One complaint: its facts, due dates, clocks, investigators, records and file (一事一卷, MoJ order 149
 * art. 25), and the acts the boundary says the user may take now — the page offers exactly those and
 * the boundary checks them again. Each act's inputs are in a dialog of its own. An investigator attaches
 * files to a record (art. 16–17); an online complaint's respondent, named in words, is picked from the
 * registries before it can be accepted (art. 9, 15), the refusal said beside the picker.
 */
@Named
@ViewScoped
public class ComplaintBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ComplaintBacking.class.getName());

    @Inject
    private ComplaintService complaints;

    private Long id;
    private ComplaintView view;

    private String text;
    private LocalDate dueOn;
    private NonAcceptanceGround ground;
    private ComplaintOutcome outcome;
    private Integer days = 30;
    private String mergeInto;
    private String investigator1;
    private String investigator2;
    private boolean relation1;
    private boolean relation2;
    private String investigator;
    private InvestigationKind kind = InvestigationKind.INTERVIEW;
    private String person;
    private boolean signed;
    private Long attachRecord;
    private long maxBytes;
    private RespondentType linkType;
    private String linkQuery;
    private List<RespondentOption> linkOptions = List.of();
    private Integer linkChosen;

    public void load() throws IOException {
        Optional<ComplaintView> v = id == null ? Optional.empty() : Actions.attempt(() -> complaints.getComplaint(id), null);
        if (v.isEmpty()) {
            Faces.responseSendError(404, "no such complaint");
            return;
        }
        view = v.get();
        maxBytes = complaints.maxAttachmentBytes();
        linkType = view.complaint().getRespondentType();
        defaultRecord();
    }

    /** The record files are attached to: the latest, unless one was chosen. */
    private void defaultRecord() {
        List<InvestigationRecord> records = view.records();
        if (!records.isEmpty() && (attachRecord == null || records.stream().noneMatch(r -> r.getId().equals(attachRecord)))) {
            attachRecord = records.get(records.size() - 1).getId();
        }
    }

    private void act(Supplier<?> call, String successKey) {
        if (Actions.attempt(call, successKey).isPresent()) {
            view = complaints.getComplaint(id);
            defaultRecord();
            text = null;
            person = null;
            signed = false;
            investigator1 = null;
            investigator2 = null;
            relation1 = false;
            relation2 = false;
        }
    }

    public void confirmOral() { act(() -> complaints.confirmOral(id), "complaints.done"); }
    public void requestMaterials() { act(() -> complaints.requestMaterials(id, text, dueOn), "complaints.done"); }
    public void receiveMaterials() { act(() -> complaints.receiveMaterials(id), "complaints.done"); }
    /**
     * Accepts; an online complaint whose respondent is named only in words needs one picked from the
     * registries first (art. 9, 15) — without one the refusal is said beside the picker.
     */
    public void accept() {
        if (!isLinkNeeded()) {
            act(() -> complaints.accept(id), "complaints.accepted");
            return;
        }
        if (linkChosen == null || linkChosen < 0 || linkChosen >= linkOptions.size()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String text = Messages.text(Messages.locale(faces), "complaints.accept.respondentUnlinked");
            faces.addMessage("complaintForm:linkQuery", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return;
        }
        RespondentOption o = linkOptions.get(linkChosen);
        act(() -> complaints.accept(id, new RespondentChoice(o.type(), o.id(), o.username())), "complaints.accepted");
    }

    /** Whether acceptance waits for the respondent to be linked: an online complaint named only in words. */
    public boolean isLinkNeeded() {
        Complaint c = view.complaint();
        return c.getChannel() == ComplaintChannel.ONLINE && !c.isRespondentLinked() && view.may("ACCEPT");
    }

    /** Looks the respondent up in the registries (the same choices as writing a complaint down). */
    public void findLinkOptions() {
        linkChosen = null;
        linkOptions = linkType == null ? List.of()
                : Actions.attempt(() -> complaints.findRespondentOptions(linkType, linkQuery), null).orElse(List.of());
        if (linkOptions.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String text = Messages.text(Messages.locale(faces), "complaints.form.noRespondentFound");
            faces.addMessage("complaintForm:linkQuery", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        } else if (linkOptions.size() == 1) {
            linkChosen = 0;
        }
    }

    public void linkTypeChanged() {
        linkOptions = List.of();
        linkChosen = null;
    }

    /** A file for the chosen record (art. 16–17), checked and kept by the boundary; a refused one leaves nothing. */
    public void upload(FileUploadEvent event) {
        UploadedFile f = event.getFile();
        try (InputStream in = f.getInputStream()) {
            if (attachRecord == null) {
                Messages.addError("complaints.attach.noRecord");
                return;
            }
            long record = attachRecord;
            if (Actions.attempt(() -> complaints.attach(id, record, f.getFileName(), in), "complaints.attached", f.getFileName()).isPresent()) {
                view = complaints.getComplaint(id);
            }
        } catch (IOException e) {
            LOG.log(Level.INFO, "upload broke off", e);
            Messages.addError("shared.document.unreadable", f.getFileName());
        } finally {
            try {
                f.delete();
            } catch (IOException e) {
                LOG.log(Level.FINE, "temporary upload not deleted", e);
            }
        }
    }

    /** Whether the user may attach files now: an active investigator while the investigation runs, with a record. */
    public boolean isAttachable() {
        return view.may("RECORD_INVESTIGATION") && !view.records().isEmpty();
    }

    public long getMaxBytes() { return maxBytes; }
    public long getMaxMegabytes() { return maxBytes / (1024 * 1024); }

    /** A file's size as the page shows it. */
    public String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : Math.max(1, bytes / 1024) + " KB";
    }
    public void decline() { act(() -> complaints.decline(id, ground, text), "complaints.declined"); }
    public void orderStop() { act(() -> complaints.orderStop(id, text), "complaints.done"); }
    public void suspend() { act(() -> complaints.suspend(id, text), "complaints.done"); }
    public void resume() { act(() -> complaints.resume(id), "complaints.done"); }
    public void withdraw() { act(() -> complaints.withdraw(id, text), "complaints.done"); }
    public void requestExtension() { act(() -> complaints.requestExtension(id, days == null ? 0 : days, text), "complaints.done"); }
    public void approveExtension() { act(() -> complaints.decideExtension(id, true), "complaints.done"); }
    public void refuseExtension() { act(() -> complaints.decideExtension(id, false), "complaints.done"); }
    public void notifyExtension() { act(() -> complaints.notifyExtension(id, text), "complaints.done"); }
    public void decide() { act(() -> complaints.decide(id, outcome, text), "complaints.decided"); }
    public void deliver() { act(() -> complaints.deliver(id), "complaints.done"); }
    public void followUp() { act(() -> complaints.followUp(id, text), "complaints.done"); }
    public void record() { act(() -> complaints.record(id, kind, person, signed, text), "complaints.done"); }
    public void recuse() { act(() -> complaints.recuse(id, investigator, text), "complaints.done"); }
    public void requestRecusal() { act(() -> complaints.requestRecusal(id, investigator, text), "complaints.done"); }
    public void grantRecusal() { act(() -> complaints.decideRecusal(id, investigator, true), "complaints.done"); }
    public void refuseRecusal() { act(() -> complaints.decideRecusal(id, investigator, false), "complaints.done"); }

    public void assignInvestigators() {
        List<InvestigatorChoice> choices = new ArrayList<>();
        if (investigator1 != null && !investigator1.isBlank()) {
            choices.add(new InvestigatorChoice(investigator1.strip(), relation1));
        }
        if (investigator2 != null && !investigator2.isBlank()) {
            choices.add(new InvestigatorChoice(investigator2.strip(), relation2));
        }
        act(() -> complaints.assignInvestigators(id, choices), "complaints.done");
    }

    /** Merges this complaint into the accepted one with the receipt number typed (art. 23). */
    public void merge() {
        String number = ReceiptNumber.normalise(mergeInto);
        Optional<Complaint> target = number == null ? Optional.empty()
                : complaints.findComplaints(new ComplaintFilter(null, null, null, number, null, null), 0, 2).stream()
                .filter(c -> c.getNumber().equals(number)).findFirst();
        if (target.isEmpty()) {
            Messages.addError("complaints.merge.target", mergeInto == null ? "" : mergeInto);
            return;
        }
        act(() -> complaints.merge(id, target.get().getId()), "complaints.done");
    }

    public List<RespondentType> getRespondentTypes() { return List.of(RespondentType.values()); }
    public List<NonAcceptanceGround> getGrounds() { return List.of(NonAcceptanceGround.values()); }
    public List<ComplaintOutcome> getOutcomes() { return List.of(ComplaintOutcome.values()); }
    public List<InvestigationKind> getKinds() { return List.of(InvestigationKind.values()); }
    public LocalDate getToday() { return LocalDate.now(ChinaTime.ZONE); }

    /** The last day of a period that ends at {@code due} (00:00 after it), for the page; null for none. */
    public LocalDate lastDay(java.time.LocalDateTime due) {
        return due == null ? null : due.toLocalDate().minusDays(1);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ComplaintView getView() { return view; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public NonAcceptanceGround getGround() { return ground; }
    public void setGround(NonAcceptanceGround ground) { this.ground = ground; }
    public ComplaintOutcome getOutcome() { return outcome; }
    public void setOutcome(ComplaintOutcome outcome) { this.outcome = outcome; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
    public String getMergeInto() { return mergeInto; }
    public void setMergeInto(String mergeInto) { this.mergeInto = mergeInto; }
    public String getInvestigator1() { return investigator1; }
    public void setInvestigator1(String investigator1) { this.investigator1 = investigator1; }
    public String getInvestigator2() { return investigator2; }
    public void setInvestigator2(String investigator2) { this.investigator2 = investigator2; }
    public boolean isRelation1() { return relation1; }
    public void setRelation1(boolean relation1) { this.relation1 = relation1; }
    public boolean isRelation2() { return relation2; }
    public void setRelation2(boolean relation2) { this.relation2 = relation2; }
    public String getInvestigator() { return investigator; }
    public void setInvestigator(String investigator) { this.investigator = investigator; }
    public InvestigationKind getKind() { return kind; }
    public void setKind(InvestigationKind kind) { this.kind = kind; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public boolean isSigned() { return signed; }
    public void setSigned(boolean signed) { this.signed = signed; }
    public Long getAttachRecord() { return attachRecord; }
    public void setAttachRecord(Long attachRecord) { this.attachRecord = attachRecord; }
    public RespondentType getLinkType() { return linkType; }
    public void setLinkType(RespondentType linkType) { this.linkType = linkType; }
    public String getLinkQuery() { return linkQuery; }
    public void setLinkQuery(String linkQuery) { this.linkQuery = linkQuery; }
    public List<RespondentOption> getLinkOptions() { return linkOptions; }
    public Integer getLinkChosen() { return linkChosen; }
    public void setLinkChosen(Integer linkChosen) { this.linkChosen = linkChosen; }
}
