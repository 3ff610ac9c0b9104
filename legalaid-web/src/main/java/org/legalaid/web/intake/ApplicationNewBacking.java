package org.legalaid.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.intake.Applicant;
import org.legalaid.intake.ApplicationChannel;
import org.legalaid.intake.Consultation;
import org.legalaid.intake.HardshipStandardEntry;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.NewApplication;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.SpecialCategory;
import org.legalaid.intake.SupportingDocument;
import org.legalaid.intake.boundary.ApplicantService;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.intake.boundary.ConsultationService;
import org.legalaid.intake.boundary.MeansTestService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;
import org.primefaces.event.FlowEvent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The new-application wizard (申请, docs/domain.md "Case lifecycle" 2): (1) the applicant, found by
 * ID number in the register or registered on the spot; (2) the matter; (3) how it came in and
 * what was handed in; (4) a last look, then submit. Opened from a consultation
 * ({@code ?consultation=id}) it carries over the person, the topic and the question, so the
 * clerk retypes nothing.
 *
 * <p>Each step is checked before the next opens (the fields' constraints, and the rules a clerk
 * can be told about early: a registered applicant, a valid opposing ID number, the custody
 * details of a forwarded application); the boundary checks everything again on submit.
 */
@Named
@ViewScoped
public class ApplicationNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String STEP_APPLICANT = "applicantStep";
    static final String STEP_MATTER = "matterStep";
    static final String STEP_CHANNEL = "channelStep";

    @Inject
    private ApplicationService applications;

    @Inject
    private ApplicantService applicants;

    @Inject
    private ConsultationService consultations;

    @Inject
    private MeansTestService meansTest;

    @Inject
    private OrganisationService organisation;

    private Long consultationId;
    private Consultation consultation;

    private String idNumber;
    private Applicant applicant;
    private boolean notRegistered;
    private NewApplicant registration = new NewApplicant();

    private NewApplication form = new NewApplication();
    /** Region code → name, of the regions that have a hardship standard. */
    private Map<String, String> regions;

    @PostConstruct
    void init() {
        regions = new TreeMap<>();
        meansTest.findStandards().stream()
                .sorted(Comparator.comparingInt(HardshipStandardEntry::getYear))
                .forEach(s -> regions.put(s.getRegionCode(), s.getRegionName()));
        if (regions.size() == 1) {
            form.setRegionCode(regions.keySet().iterator().next());
        }
        form.setChannel(ApplicationChannel.CENTRE_WINDOW);
    }

    /**
     * With {@code ?consultation=id}: takes over the consultation's person, topic and question,
     * and looks the person up in the register when the consultation has their ID number.
     */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || consultationId == null) {
            return;
        }
        Actions.attempt(() -> consultations.getConsultation(consultationId), null).ifPresent(c -> {
            consultation = c;
            form.setConsultationId(c.getId());
            form.setMatterCategory(c.getTopic());
            form.setFacts(c.getQuestion());
            registration.setFullName(c.getPersonName());
            registration.setPhone(c.getPersonPhone());
            if (c.personIdNumber() != null) {
                idNumber = c.personIdNumber();
                lookUp();
            }
        });
    }

    // Step 1: the applicant -------------------------------------------------------------------

    /** Finds the person in the register of the user's units by the full ID number. */
    public void lookUp() {
        applicant = null;
        notRegistered = false;
        if (idNumber == null || idNumber.isEmpty()) {
            Messages.addError("application.idNumberRequired");
            return;
        }
        Optional<Optional<Applicant>> found = Actions.attempt(() -> applicants.findByIdNumber(idNumber), null);
        found.ifPresent(a -> {
            if (a.isPresent() && a.get().getUnitId() == organisation.getCaller().getUnitId()) {
                applicant = a.get();
            } else if (a.isPresent()) {
                // Registered at a unit below the clerk's: an application is received where the
                // applicant is registered, so the clerk registers them here, from that record.
                notRegistered = true;
                copyIntoRegistration(a.get());
                Messages.addInfo("application.applicantOfOtherUnit");
            } else {
                notRegistered = true;
                registration.setIdNumber(idNumber);
            }
        });
    }

    private void copyIntoRegistration(Applicant a) {
        registration.setIdNumber(idNumber);
        registration.setFullName(a.getFullName());
        registration.setPhone(a.getPhone());
        registration.setHouseholdRegistration(a.getHouseholdRegistration());
        registration.setResidence(a.getResidence());
        registration.setCategories(new HashSet<>(a.getCategories()));
        registration.setDisabilityGrade(a.getDisabilityGrade());
        registration.setHouseholdSize(a.getHouseholdSize());
        registration.setHouseholdMonthlyIncome(a.getHouseholdMonthlyIncome());
        registration.setNoFixedIncome(a.isNoFixedIncome());
        registration.setLocalResident(a.isLocalResident());
    }

    /** Registers the person not found, with the details the clerk typed below the number. */
    public void register() {
        registration.setIdNumber(idNumber);
        Actions.attempt(() -> applicants.register(registration), null).ifPresent(r -> {
            applicant = r.applicant();
            notRegistered = false;
            if (r.reused()) {
                Messages.addInfo("applicant.reused", applicant.getFullName(), applicant.getIdNumberMasked());
            } else {
                Messages.addInfo("applicant.registered", applicant.getFullName());
            }
        });
    }

    /** Lets the clerk look up someone else. */
    public void changeApplicant() {
        applicant = null;
        notRegistered = false;
        idNumber = null;
    }

    // Moving between steps -----------------------------------------------------------------------

    /** Going forward needs the step's own rules met; going back is always allowed. */
    public String onFlow(FlowEvent event) {
        String from = event.getOldStep();
        String to = event.getNewStep();
        if (isBack(from, to)) {
            return to;
        }
        if (STEP_APPLICANT.equals(from) && applicant == null) {
            Messages.addError("application.applicantRequired");
            return from;
        }
        if (STEP_MATTER.equals(from) && form.getOpposingPartyIdNumber() != null) {
            try {
                ResidentIdNumber.parse(form.getOpposingPartyIdNumber(), today());
            } catch (BusinessException e) {
                Messages.addError(e);
                return from;
            }
        }
        if (STEP_CHANNEL.equals(from) && form.getChannel() == ApplicationChannel.CUSTODY_FORWARD
                && (form.getCustodyFacility() == null || form.getCustodyFacility().isBlank() || form.getCustodyReceivedAt() == null)) {
            Messages.addError("intake.application.custodyDetailsMissing");
            return from;
        }
        return to;
    }

    private static boolean isBack(String from, String to) {
        List<String> order = List.of(STEP_APPLICANT, STEP_MATTER, STEP_CHANNEL, "confirmStep");
        return order.indexOf(to) < order.indexOf(from);
    }

    /** The channel changed: the custody fields are only for a forwarded application. */
    public void channelChanged() {
        if (form.getChannel() != ApplicationChannel.CUSTODY_FORWARD) {
            form.setCustodyFacility(null);
            form.setCustodyReceivedAt(null);
        }
    }

    // Step 4: submit --------------------------------------------------------------------------

    /** Submits the application and opens it, with the message kept across the redirect. */
    public String submit() {
        if (applicant == null) {
            Messages.addError("application.applicantRequired");
            return null;
        }
        form.setApplicantId(applicant.getId());
        return Actions.attempt(() -> applications.submit(form), "application.submitted", applicant.getFullName())
                .map(a -> {
                    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                    return ApplicationBacking.outcome(a.getId());
                }).orElse(null);
    }

    private static LocalDate today() {
        return LocalDate.now(ChinaTime.ZONE);
    }

    // Choices ---------------------------------------------------------------------------------

    public MatterType[] getMatterTypes() {
        return MatterType.values();
    }

    public MatterCategory[] getMatterCategories() {
        return MatterCategory.values();
    }

    public ApplicationChannel[] getChannels() {
        return ApplicationChannel.values();
    }

    public SupportingDocument[] getDocumentKinds() {
        return SupportingDocument.values();
    }

    public SpecialCategory[] getCategories() {
        return SpecialCategory.values();
    }

    public List<String> getRegionCodes() {
        return new ArrayList<>(regions.keySet());
    }

    public String regionName(String code) {
        return code == null ? "" : regions.getOrDefault(code, code);
    }

    public boolean isCustody() {
        return form.getChannel() == ApplicationChannel.CUSTODY_FORWARD;
    }

    /** Today, the latest day a birth date or the custody facility's receipt can be on. */
    public LocalDate getToday() {
        return today();
    }

    // Properties ------------------------------------------------------------------------------

    public Long getConsultationId() {
        return consultationId;
    }

    public void setConsultationId(Long consultationId) {
        this.consultationId = consultationId;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber == null ? null : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public boolean isNotRegistered() {
        return notRegistered;
    }

    public NewApplicant getRegistration() {
        return registration;
    }

    public NewApplication getForm() {
        return form;
    }
}
