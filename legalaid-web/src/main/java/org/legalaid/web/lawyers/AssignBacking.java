package org.legalaid.web.lawyers;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.legalaid.intake.AssignableCase;
import org.legalaid.intake.StatutoryNeed;
import org.legalaid.intake.SubjectType;
import org.legalaid.intake.boundary.CaseOfSubject;
import org.legalaid.intake.boundary.FollowUpService;
import org.legalaid.lawyers.Assignment;
import org.legalaid.lawyers.EndReason;
import org.legalaid.lawyers.LanguageCodes;
import org.legalaid.lawyers.LawyerRefusal;
import org.legalaid.lawyers.Reason;
import org.legalaid.lawyers.boundary.AssignmentRecord;
import org.legalaid.lawyers.boundary.AssignmentService;
import org.legalaid.lawyers.boundary.NeedsOverride;
import org.legalaid.lawyers.boundary.Ranking;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.NotFoundException;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The assignment screen (issue 4, "Assignment"): the case and what it asks of its lawyer — the
 * statutory needs from the case's data with their basis, fixed on the screen and applied by the
 * service whatever is sent (issue 21); the officer may add needs and choose the district or
 * language where the data names none, and rank again — the candidates ranked and explained, the excluded lawyers of the district with every
 * reason, the rest of the pool counted by reason; assign the top candidate, or another one with a
 * reason; record a refusal; after assigning the two PDFs, the agreement and a change of lawyer.
 * Every rule is the service's: this bean only carries the officer's choices.
 */
@Named
@ViewScoped
public class AssignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> LANGUAGES = List.of(LanguageCodes.MANDARIN, LanguageCodes.CHINESE_SIGN_LANGUAGE,
            LanguageCodes.CANTONESE, LanguageCodes.UYGHUR, LanguageCodes.TIBETAN, LanguageCodes.MONGOLIAN,
            LanguageCodes.ZHUANG, LanguageCodes.YI, LanguageCodes.KOREAN, LanguageCodes.ENGLISH);

    @Inject
    private AssignmentService service;

    @Inject
    private Regions regions;

    @Inject
    private FollowUpService followUp;

    private SubjectType type;
    private Long id;

    private Ranking ranking;
    /** The rest of the pool counted per reason; read only when the officer asks. */
    private Ranking.Elsewhere elsewhere;
    private List<AssignmentRecord> history = List.of();
    /** The case the assignment opened (issue 18: records link to what they lead to). */
    private CaseOfSubject.CaseLink caseLink;
    private List<LawyerRefusal> refusals = List.of();

    // the needs as the officer sets them
    private String region;
    private String language;
    private boolean juvenile;
    private boolean senior;

    // the dialogs
    private Ranking.Row selected;
    private String overrideReason;
    private String refusalReason;
    private boolean refusalJustified;
    private LocalDate agreementDate;
    private EndReason endReason;
    private String changeNote;
    private Long newLawyerId;

    /** Loads the case on the first request; an unknown or out-of-scope case answers 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        if (type == null || id == null) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        try {
            history = service.findHistory(type, id);
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        refusals = service.findRefusalsOfCase(type, id);
        caseLink = followUp.findCase(type, id).orElse(null);
        rank(NeedsOverride.NONE);
    }

    private void rank(NeedsOverride override) {
        elsewhere = null;
        try {
            ranking = service.rank(type, id, override);
            region = ranking.needs().region();
            language = ranking.needs().language();
            juvenile = ranking.needs().juvenileExperienceRequired();
            senior = ranking.needs().seniorCriminalRequired();
        } catch (BusinessException e) {
            ranking = null;
            Messages.addError(e);
        }
    }

    private void reload() {
        history = service.findHistory(type, id);
        refusals = service.findRefusalsOfCase(type, id);
        caseLink = followUp.findCase(type, id).orElse(null);
        rank(override());
    }

    private NeedsOverride override() {
        return new NeedsOverride(region, language == null ? "" : language, juvenile, senior);
    }

    /** Ranks again with the needs as the officer set them. */
    public void rerank() {
        rank(override());
    }

    /** Assigns the top candidate (no reason needed). */
    public void assignTop() {
        if (ranking == null || ranking.top().isEmpty()) {
            Messages.addError("assign.noCandidates");
            return;
        }
        doAssign(ranking.top().get(), null);
    }

    /** Opens the dialog for assigning {@code row}. */
    public void choose(Ranking.Row row) {
        selected = row;
        overrideReason = null;
    }

    /** Assigns the lawyer chosen in the dialog, with the reason when not the top candidate. */
    public void confirmAssign() {
        if (selected != null && doAssign(selected, overrideReason)) {
            PrimeFaces.current().executeScript("PF('assignDialog').hide()");
            PrimeFaces.current().ajax().update("messages");
        }
    }

    private boolean doAssign(Ranking.Row row, String reason) {
        Optional<Assignment> done = Actions.attempt(() -> service.assign(type, id, row.lawyerId(), reason, override()), null);
        done.ifPresent(a -> {
            Messages.addInfo("assign.assigned", row.lawyerName(), row.firmName(), a.getNoticeNumber());
            reload();
        });
        return done.isPresent();
    }

    /** Opens the refusal dialog for {@code row}. */
    public void chooseForRefusal(Ranking.Row row) {
        selected = row;
        refusalReason = null;
        refusalJustified = false;
    }

    public void recordRefusal() {
        if (selected == null) {
            return;
        }
        Ranking.Row row = selected;
        if (Actions.attempt(() -> service.recordRefusal(type, id, row.lawyerId(), refusalReason, refusalJustified, null),
                "assign.refusalRecorded", row.lawyerName()).isPresent()) {
            refusals = service.findRefusalsOfCase(type, id);
            PrimeFaces.current().executeScript("PF('refusalDialog').hide()");
            PrimeFaces.current().ajax().update("messages");
        }
    }

    public void recordAgreement() {
        Optional<AssignmentRecord> now = getCurrent();
        if (now.isEmpty()) {
            return;
        }
        LocalDate date = agreementDate;
        if (Actions.attempt(() -> service.recordAgreementSigned(now.get().assignment().getId(), date),
                "assign.agreementRecorded", date).isPresent()) {
            history = service.findHistory(type, id);
        }
    }

    public void changeLawyer() {
        Optional<AssignmentRecord> now = getCurrent();
        if (now.isEmpty() || newLawyerId == null) {
            Messages.addError("assign.chooseLawyer");
            return;
        }
        long lawyer = newLawyerId;
        Optional<Assignment> done = Actions.attempt(() -> service.changeLawyer(now.get().assignment().getId(), endReason,
                changeNote, lawyer, overrideReason), null);
        done.ifPresent(a -> {
            String name = ranking == null ? "" : ranking.ranked().stream().filter(r -> r.lawyerId() == lawyer)
                    .map(Ranking.Row::lawyerName).findFirst().orElse("");
            Messages.addInfo("assign.changed", name);
            reload();
            PrimeFaces.current().executeScript("PF('changeDialog').hide()");
            PrimeFaces.current().ajax().update("messages");
        });
    }

    // ---- reading ----

    /** One reason in the user's language. */
    public String reason(Reason r) {
        return Messages.text(locale(), r.key(), r.arguments());
    }

    /** All reasons of a row, in the user's language. */
    public String reasons(Ranking.Row row) {
        return row.reasons().stream().map(this::reason).collect(Collectors.joining("；"));
    }

    public String reasonLabel(String key) {
        String text = Messages.text(locale(), key);
        int brace = text.indexOf('{');
        return brace < 0 ? text : text.substring(0, brace).replaceAll("[：:（(]+$", "");
    }

    private static Locale locale() {
        return Messages.locale(FacesContext.getCurrentInstance());
    }

    public Optional<AssignmentRecord> getCurrent() {
        return history.stream().filter(h -> h.assignment().isCurrent()).findFirst();
    }

    public AssignmentRecord getCurrentRecord() {
        return getCurrent().orElse(null);
    }

    public AssignableCase getSubject() {
        return ranking == null ? null : ranking.subject();
    }

    /** Whether the case still waits for its first lawyer. */
    public boolean isAwaiting() {
        return ranking != null && ranking.subject().awaiting() && getCurrent().isEmpty();
    }

    public boolean isOverdue() {
        return ranking != null && ranking.subject().isOverdue(LocalDateTime.now(ChinaTime.ZONE));
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** Whether the case's data carry a statutory need of {@code kind} (a {@link StatutoryNeed.Kind} name): its field is fixed. */
    public boolean statutory(String kind) {
        return ranking != null && ranking.subject().need(StatutoryNeed.Kind.valueOf(kind)).isPresent();
    }

    /** The district's or language's name of a statutory need; empty for the others. */
    public String needValue(StatutoryNeed n) {
        if (n.value() == null) {
            return "";
        }
        return n.kind() == StatutoryNeed.Kind.LANGUAGE ? languageLabel(n.value()) : regions.name(n.value()) + "（" + n.value() + "）";
    }

    public List<EndReason> getEndReasons() {
        return Arrays.stream(EndReason.values()).filter(EndReason::isChange).toList();
    }

    public String languageLabel(String code) {
        return Messages.text(locale(), LanguageCodes.labelKey(code));
    }

    public Ranking getRanking() { return ranking; }
    public Ranking.Elsewhere getElsewhere() { return elsewhere; }

    /** Counts the lawyers who do not serve the district, per rule they fail (with the needs as ranked). */
    public void loadElsewhere() {
        if (ranking == null) {
            return;
        }
        NeedsOverride asRanked = override();
        Actions.attempt(() -> service.countElsewhere(type, id, asRanked), null).ifPresent(e -> elsewhere = e);
    }
    public List<AssignmentRecord> getHistory() { return history; }

    public CaseOfSubject.CaseLink getCaseLink() { return caseLink; }
    public List<LawyerRefusal> getRefusals() { return refusals; }
    public SubjectType getType() { return type; }
    public void setType(SubjectType type) { this.type = type; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isJuvenile() { return juvenile; }
    public void setJuvenile(boolean juvenile) { this.juvenile = juvenile; }
    public boolean isSenior() { return senior; }
    public void setSenior(boolean senior) { this.senior = senior; }
    public Ranking.Row getSelected() { return selected; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public String getRefusalReason() { return refusalReason; }
    public void setRefusalReason(String refusalReason) { this.refusalReason = refusalReason; }
    public boolean isRefusalJustified() { return refusalJustified; }
    public void setRefusalJustified(boolean refusalJustified) { this.refusalJustified = refusalJustified; }
    public LocalDate getAgreementDate() { return agreementDate; }
    public void setAgreementDate(LocalDate agreementDate) { this.agreementDate = agreementDate; }
    public EndReason getEndReason() { return endReason; }
    public void setEndReason(EndReason endReason) { this.endReason = endReason; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
    public Long getNewLawyerId() { return newLawyerId; }
    public void setNewLawyerId(Long newLawyerId) { this.newLawyerId = newLawyerId; }
}
