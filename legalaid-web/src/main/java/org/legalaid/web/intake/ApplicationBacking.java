package org.legalaid.web.intake;

import java.time.LocalDateTime;

import org.legalaid.shared.ChinaTime;

import org.legalaid.intake.DeadlineStatus;

import org.legalaid.intake.ClockItem;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.intake.Applicant;
import org.legalaid.intake.Application;
import org.legalaid.intake.ApplicationAct;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.ApplicationStep;
import org.legalaid.intake.ConflictFinding;
import org.legalaid.intake.ExemptionRule;
import org.legalaid.intake.FormalitiesOwed;
import org.legalaid.intake.HardshipVerification;
import org.legalaid.intake.JurisdictionGround;
import org.legalaid.intake.MeansTestResult;
import org.legalaid.intake.ReviewFindings;
import org.legalaid.intake.ScopeResult;
import org.legalaid.intake.SupportingDocument;
import org.legalaid.intake.UrgentGround;
import org.legalaid.intake.boundary.ApplicantService;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.intake.boundary.CaseOfSubject;
import org.legalaid.intake.boundary.FollowUpService;
import org.legalaid.intake.SubjectType;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Roles;
import org.legalaid.web.Page;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One application: what it is, where it stands, what the review finds, its timeline, and the
 * acts the boundary offers the user in its state ({@link ApplicationAct}). Every action sends
 * the version the user loaded, so a change made meanwhile by a colleague is reported instead of
 * overwritten; a successful action reloads the page, with its message, so the page never shows
 * a state older than the one just made.
 *
 * <p>The dialogs' fields carry their own constraints, so that a missing or overlong entry is
 * named in the dialog before anything is sent.
 */
@Named
@ViewScoped
public class ApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Statuses in which a written decision exists (the letter is generated from them). */
    private static final Set<ApplicationStatus> DECIDED = EnumSet.of(ApplicationStatus.GRANTED, ApplicationStatus.REFUSED,
            ApplicationStatus.REFUSAL_UPHELD);

    @Inject
    private ApplicationService applications;

    @Inject
    private ApplicantService applicants;

    @Inject
    private OrganisationService organisation;

    @Inject
    private FollowUpService followUp;

    private Long id;

    private Application application;
    private List<ApplicationStep> steps;
    private List<ClockItem> clocks = List.of();
    private Applicant applicant;
    // the live review's parts, kept apart: ReviewFindings holds Optionals, which a session
    // handed to another node (issue 20) cannot carry
    private ScopeResult scope;
    private ExemptionRule exemption;
    private MeansTestResult meansTest;
    private List<ConflictFinding> conflicts = List.of();
    private FormalitiesOwed formalities;
    private Map<Long, String> unitNames;
    /** The case the application led to, once a lawyer was assigned (issue 18: records link to what they lead to). */
    private CaseOfSubject.CaseLink caseLink;
    /** The acts the user may take on the application now: the boundary's answer ({@code ApplicationService.actsOn}). */
    private Set<ApplicationAct> acts = EnumSet.noneOf(ApplicationAct.class);
    private List<SupportingDocument> notReceived = List.of();
    private List<JurisdictionGround> jurisdictions = List.of();

    // The dialogs' fields ------------------------------------------------------------------

    @NotNull
    private JurisdictionGround jurisdiction;

    @NotEmpty
    private Set<SupportingDocument> missing = EnumSet.noneOf(SupportingDocument.class);

    @Size(max = Application.NOTE_MAX)
    @PlainText
    private String materialsNote;

    @NotNull
    private UrgentGround urgentGround;

    @NotBlank
    @Size(max = Application.NOTE_MAX)
    @PlainText
    private String urgentNote;

    @NotNull
    private Boolean grant;

    private HardshipVerification verification;

    @NotBlank
    @Size(max = Application.REASONS_MAX)
    @PlainText
    private String reasons;

    @NotBlank
    @Size(max = Application.NOTE_MAX)
    @PlainText
    private String returnNote;

    @NotBlank
    @Size(max = Application.REASONS_MAX)
    @PlainText
    private String objectionGrounds;

    @NotNull
    private Boolean orderAid;

    @NotBlank
    @Size(max = Application.REASONS_MAX)
    @PlainText
    private String objectionReasons;

    /**
     * Loads the application named by {@code ?id=}; one outside the user's units, or none at all,
     * answers 404 like a missing page.
     */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null) {
            notFound();
            return;
        }
        try {
            application = applications.getApplication(id);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        steps = applications.findSteps(id);
        clocks = applications.findClocks(id);
        unitNames = organisation.findUnitNamesInScope();
        if (hasRole(Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER)) {
            applicant = applicants.getApplicant(application.getApplicantId());
        }
        if (hasRole(Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR)) {
            if (application.getStatus().isUndecided() && application.getProposedAt() == null) {
                ReviewFindings findings = applications.review(id);
                scope = findings.scope();
                exemption = findings.exemption().orElse(null);
                meansTest = findings.meansTest().orElse(null);
            }
            conflicts = applications.findConflicts(id);
        }
        formalities = application.isUrgent() ? application.formalitiesOwed() : null;
        acts = applications.actsOn(id);
        caseLink = followUp.findCase(SubjectType.APPLICATION, id).orElse(null);
        notReceived = Arrays.stream(SupportingDocument.values()).filter(d -> !application.getDocuments().contains(d)).toList();
        jurisdictions = Arrays.stream(JurisdictionGround.values()).filter(g -> g.fits(application.getMatterType())).toList();
        jurisdiction = jurisdictions.size() == 1 ? jurisdictions.get(0) : null;
    }

    private static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        faces.responseComplete();
    }

    private static boolean hasRole(String... roles) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return Arrays.stream(roles).anyMatch(ec::isUserInRole);
    }

    // Actions --------------------------------------------------------------------------------

    public String accept() {
        return act(() -> applications.accept(id, jurisdiction, version()), "application.done.accepted");
    }

    public String requestMaterials() {
        return act(() -> applications.requestMaterials(id, missing, materialsNote, version()), "application.done.materialsRequested");
    }

    public String supplyMaterials() {
        return act(() -> applications.supplyMaterials(id, version()), "application.done.materialsSupplied");
    }

    public String startUrgentAid() {
        return act(() -> applications.startUrgentAid(id, urgentGround, urgentNote, version()), "application.done.urgentStarted");
    }

    public String propose() {
        return act(() -> applications.propose(id, Boolean.TRUE.equals(grant), verification, reasons, version()),
                "application.done.proposed");
    }

    public String approve() {
        return act(() -> applications.approve(id, version()), "application.done.approved");
    }

    public String returnToReview() {
        return act(() -> applications.returnToReview(id, returnNote, version()), "application.done.returned");
    }

    public String receiveObjection() {
        return act(() -> applications.receiveObjection(id, objectionGrounds, version()), "application.done.objectionReceived");
    }

    public String decideObjection() {
        return act(() -> applications.decideObjection(id, Boolean.TRUE.equals(orderAid), objectionReasons, version()),
                "application.done.objectionDecided");
    }

    /** The version the user loaded: an action on anything newer is refused as stale. */
    private long version() {
        return application.getVersion();
    }

    /**
     * Carries out an action; on success reloads the page with the message (kept across the
     * redirect), on failure stays, with the reasons in the dialog that asked.
     */
    private String act(Supplier<Application> call, String successKey) {
        return Actions.attempt(call, successKey).map(a -> {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return outcome(a.getId());
        }).orElse(null);
    }

    static String outcome(long id) {
        return Page.APPLICATION.path() + "?faces-redirect=true&id=" + id;
    }

    // Reading --------------------------------------------------------------------------------

    /** Whether the user may take {@code act} (an {@link ApplicationAct} name) now: the boundary's answer, rendered. */
    public boolean may(String act) {
        return acts.contains(ApplicationAct.valueOf(act));
    }

    /** Whether the written decision exists (grant, refusal, or the refusal upheld on objection). */
    /**
     * Whether to offer the assignment screen: an assignment officer, on an application granted (by
     * the centre or on the bureau's order) or whose aid started early (LAL art. 43, 44, 49). The
     * screen shows the lawyer once assigned.
     */
    public boolean isMayAssign() {
        return acts.contains(ApplicationAct.ASSIGN_LAWYER);
    }

    public boolean isDecisionLetter() {
        return application != null && DECIDED.contains(application.getStatus());
    }

    /** Whether the other application of a conflict lies in the user's units (and can be opened). */
    public boolean inScope(long unitId) {
        return unitNames.containsKey(unitId);
    }

    public String unitName(long unitId) {
        return unitNames.getOrDefault(unitId, "");
    }

    /** The documents of the checklist the application does not hold. */
    public List<SupportingDocument> getNotReceived() {
        return notReceived;
    }

    /** The grounds of jurisdiction that fit the matter (LAL art. 38); preselected when only one does. */
    public List<JurisdictionGround> getJurisdictions() {
        return jurisdictions;
    }

    public SupportingDocument[] getDocumentKinds() {
        return SupportingDocument.values();
    }

    public UrgentGround[] getUrgentGrounds() {
        return UrgentGround.values();
    }

    /** The ways of verifying hardship a reviewer chooses from (an exemption is found, not chosen). */
    public List<HardshipVerification> getVerifications() {
        return Arrays.stream(HardshipVerification.values()).filter(v -> v != HardshipVerification.EXEMPT).toList();
    }

    /** The {@code ?id=} parameter as typed; anything but a number finds nothing. */
    public String getIdParam() {
        return id == null ? null : id.toString();
    }

    public void setIdParam(String value) {
        try {
            id = value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            id = null;
        }
    }

    /**
     * An exemption's legal basis in the user's language (issue 18: English mode showed the Chinese
     * bases): a national or seed ground ({@code ExemptionRules}) has its text in the bundles
     * ({@code exemptionRule.<code>}); a ground an administrator wrote is shown as written.
     */
    public String exemptionBasis(String code, String basis) {
        java.util.Locale locale = Messages.locale(jakarta.faces.context.FacesContext.getCurrentInstance());
        return code != null && Messages.has(locale, "exemptionRule." + code) ? Messages.text(locale, "exemptionRule." + code) : basis;
    }

    /** The exemption the live review found, or null. */
    public ExemptionRule getExemption() {
        return exemption;
    }

    /** The live means test, or null when exempt or when no standard is entered for the region and year. */
    public MeansTestResult getMeansTest() {
        return meansTest;
    }

    public CaseOfSubject.CaseLink getCaseLink() {
        return caseLink;
    }

    public Application getApplication() {
        return application;
    }

    public List<ClockItem> getClocks() {
        return clocks;
    }

    public List<ApplicationStep> getSteps() {
        return steps;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public ReviewFindings getFindings() {
        return scope == null ? null : new ReviewFindings(scope, Optional.ofNullable(exemption), Optional.ofNullable(meansTest));
    }

    public List<ConflictFinding> getConflicts() {
        return conflicts;
    }

    public FormalitiesOwed getFormalities() {
        return formalities;
    }

    public JurisdictionGround getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(JurisdictionGround jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public Set<SupportingDocument> getMissing() {
        return missing;
    }

    public void setMissing(Set<SupportingDocument> missing) {
        this.missing = missing;
    }

    public String getMaterialsNote() {
        return materialsNote;
    }

    public void setMaterialsNote(String materialsNote) {
        this.materialsNote = materialsNote;
    }

    public UrgentGround getUrgentGround() {
        return urgentGround;
    }

    public void setUrgentGround(UrgentGround urgentGround) {
        this.urgentGround = urgentGround;
    }

    public String getUrgentNote() {
        return urgentNote;
    }

    public void setUrgentNote(String urgentNote) {
        this.urgentNote = urgentNote;
    }

    public Boolean getGrant() {
        return grant;
    }

    public void setGrant(Boolean grant) {
        this.grant = grant;
    }

    /**
     * Whether the proposal needs a way of verifying the means (核查方式): a proposed grant without an
     * exemption does (LAL art. 41; {@code Application.propose} refuses it otherwise). The field's
     * {@code required} follows it, so its label carries the asterisk exactly when it is needed.
     */
    public boolean isVerificationRequired() {
        return Boolean.TRUE.equals(grant) && getExemption() == null;
    }

    public HardshipVerification getVerification() {
        return verification;
    }

    public void setVerification(HardshipVerification verification) {
        this.verification = verification;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public void setReturnNote(String returnNote) {
        this.returnNote = returnNote;
    }

    public String getObjectionGrounds() {
        return objectionGrounds;
    }

    public void setObjectionGrounds(String objectionGrounds) {
        this.objectionGrounds = objectionGrounds;
    }

    public Boolean getOrderAid() {
        return orderAid;
    }

    public void setOrderAid(Boolean orderAid) {
        this.orderAid = orderAid;
    }

    public String getObjectionReasons() {
        return objectionReasons;
    }

    public void setObjectionReasons(String objectionReasons) {
        this.objectionReasons = objectionReasons;
    }
}
