package org.legalaid.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.cases.AttendanceGrade;
import org.legalaid.cases.CaseAct;
import org.legalaid.cases.CaseEnquiry;
import org.legalaid.cases.CaseProgress;
import org.legalaid.cases.EnquiryChannel;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.NewEnquiry;
import org.legalaid.cases.NewProgressEntry;
import org.legalaid.cases.ProgressKind;
import org.legalaid.cases.Satisfaction;
import org.legalaid.cases.boundary.HandlingService;
import org.legalaid.organisation.boundary.StaffMember;
import org.legalaid.web.i18n.Actions;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/**
 * The handling part of the case page (办案过程): the progress entries with their strike-out, the
 * case supervisor and its change, the client's progress enquiries answered from the record (LAL
 * art. 46). Reads the case from {@link CaseBacking}; after a change both read again.
 */
@Named
@ViewScoped
public class HandlingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HandlingService handling;

    @Inject
    private CaseBacking caseBacking;

    private Long caseId;
    private List<CaseProgress> entries = List.of();
    private List<CaseEnquiry> enquiries = List.of();
    private List<CaseProgress> clientProgress = List.of();
    private List<StaffMember> candidates = List.of();

    private NewProgressEntry form = new NewProgressEntry();
    private Long strikeId;
    private String strikeReason;
    private String newSupervisor;
    private String supervisorReason;
    private NewEnquiry enquiryForm = new NewEnquiry();
    private Long answerId;
    private String answerText;

    @PostConstruct
    void init() {
        LegalCase c = caseBacking.getLegalCase();
        if (c != null) {
            caseId = c.getId();
            read();
        }
    }

    private void read() {
        entries = handling.findProgress(caseId);
        enquiries = handling.findEnquiries(caseId);
        clientProgress = isMayEnquire() ? handling.findClientProgress(caseId) : List.of();
    }

    private void changed(String dialog) {
        read();
        caseBacking.reload();
        PrimeFaces.current().executeScript("PF('" + dialog + "').hide(); handlingRefresh();");
        PrimeFaces.current().ajax().update("messages");
    }

    // Progress entries --------------------------------------------------------------------------

    public void prepareEntry() {
        form = new NewProgressEntry();
    }

    /** Keeps only the fields of the chosen kind when the kind changes in the dialog. */
    public void kindChanged() {
        ProgressKind k = form.getKind();
        if (k != ProgressKind.TRIAL_ATTENDANCE) {
            form.setAssessment(null);
            form.setGrade(null);
        }
        if (k != ProgressKind.OPINION_SOUGHT) {
            form.setOrgan(null);
            form.setOrganOpinion(null);
        }
        if (k != ProgressKind.FOLLOW_UP_VISIT) {
            form.setSatisfaction(null);
        }
    }

    public void record() {
        Actions.attempt(() -> handling.recordProgress(caseId, form), "handling.recorded").ifPresent(p -> {
            form = new NewProgressEntry();
            changed("entryDialog");
        });
    }

    public void prepareStrike(long id) {
        strikeId = id;
        strikeReason = null;
    }

    public void strike() {
        Actions.attempt(() -> handling.strikeOut(strikeId, strikeReason), "handling.struck")
                .ifPresent(p -> changed("strikeDialog"));
    }

    // Supervisor ----------------------------------------------------------------------------------

    public void prepareSupervisor() {
        newSupervisor = null;
        supervisorReason = null;
        Actions.attempt(() -> handling.findSupervisorCandidates(caseId), null).ifPresent(l -> candidates = l);
    }

    public void changeSupervisor() {
        Actions.attempt(() -> handling.changeSupervisor(caseId, newSupervisor, supervisorReason), "handling.supervisorChanged")
                .ifPresent(c -> changed("supervisorDialog"));
    }

    // Enquiries -------------------------------------------------------------------------------------

    public void prepareEnquiry() {
        enquiryForm = new NewEnquiry();
        Actions.attempt(() -> handling.findClientProgress(caseId), null).ifPresent(l -> clientProgress = l);
    }

    public void recordEnquiry() {
        Actions.attempt(() -> handling.recordEnquiry(caseId, enquiryForm), "handling.enquiryRecorded").ifPresent(e -> {
            enquiryForm = new NewEnquiry();
            changed("enquiryDialog");
        });
    }

    public void prepareAnswer(long id) {
        answerId = id;
        answerText = null;
        Actions.attempt(() -> handling.findClientProgress(caseId), null).ifPresent(l -> clientProgress = l);
    }

    public void answer() {
        Actions.attempt(() -> handling.answerEnquiry(answerId, answerText), "handling.answered")
                .ifPresent(e -> changed("answerDialog"));
    }

    // What the user may do: the boundary's answer (CaseService.actsOn), read with the case -----------

    private boolean may(CaseAct act) {
        return caseBacking.getActs().contains(act);
    }

    /** Whether the user records entries (the lawyer's activities; a case supervisor also the supervision). */
    public boolean isMayRecord() {
        return may(CaseAct.RECORD_PROGRESS) || may(CaseAct.RECORD_SUPERVISION);
    }

    public boolean isMayChangeSupervisor() {
        return may(CaseAct.CHANGE_SUPERVISOR);
    }

    public boolean isMayEnquire() {
        return may(CaseAct.RECORD_ENQUIRY);
    }

    public boolean isMayAnswer() {
        return may(CaseAct.ANSWER_ENQUIRY);
    }

    /** Whether the user may strike out this entry. */
    public boolean mayStrike(CaseProgress p) {
        return CaseAct.mayStrike(caseBacking.getActs(), p);
    }

    /** The kinds the user may record: a case supervisor every kind, a clerk the lawyer's activities. */
    public List<ProgressKind> getKinds() {
        return CaseAct.recordableKinds(caseBacking.getActs());
    }

    public AttendanceGrade[] getGrades() { return AttendanceGrade.values(); }
    public Satisfaction[] getSatisfactions() { return Satisfaction.values(); }
    public EnquiryChannel[] getChannels() { return EnquiryChannel.values(); }

    public List<CaseProgress> getEntries() { return entries; }
    public List<CaseEnquiry> getEnquiries() { return enquiries; }
    public List<CaseProgress> getClientProgress() { return clientProgress; }
    public List<StaffMember> getCandidates() { return candidates; }
    public NewProgressEntry getForm() { return form; }
    public NewEnquiry getEnquiryForm() { return enquiryForm; }
    public String getStrikeReason() { return strikeReason; }
    public void setStrikeReason(String strikeReason) { this.strikeReason = strikeReason; }
    public String getNewSupervisor() { return newSupervisor; }
    public void setNewSupervisor(String newSupervisor) { this.newSupervisor = newSupervisor; }
    public String getSupervisorReason() { return supervisorReason; }
    public void setSupervisorReason(String supervisorReason) { this.supervisorReason = supervisorReason; }
    public String getAnswerText() { return answerText; }
    public void setAnswerText(String answerText) { this.answerText = answerText; }
}
