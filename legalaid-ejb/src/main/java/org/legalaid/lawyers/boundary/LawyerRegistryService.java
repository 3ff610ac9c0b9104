package org.legalaid.lawyers.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.lawyers.AccountChangeRequest;
import org.legalaid.shared.SecondPersonApproval;
import org.legalaid.lawyers.FirmFilter;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.LawyerKind;
import org.legalaid.lawyers.LawyerFilter;
import org.legalaid.lawyers.LawyerStatus;
import org.legalaid.lawyers.NewBankAccount;
import org.legalaid.lawyers.NewLawFirm;
import org.legalaid.lawyers.NewLawyer;
import org.legalaid.lawyers.StatusChange;
import org.legalaid.lawyers.StatusChangeRequest;
import org.legalaid.lawyers.StatusHistoryEntry;
import org.legalaid.lawyers.UnifiedSocialCreditCode;
import org.legalaid.lawyers.control.ChangeRequestRepository;
import org.legalaid.lawyers.control.FirmRepository;
import org.legalaid.lawyers.control.LawyerRepository;
import org.legalaid.organisation.boundary.CallerProfile;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.control.CurrentTime;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lawyer pool's registry (issue 4, "Registry"): law firms and basic legal service offices,
 * the lawyers and legal service workers who take legal aid cases, and their status lifecycle
 * 准入 → active → suspended → exited.
 *
 * <p>Who does what: the assignment officer (指派员) registers firms, admits lawyers, edits them
 * and <em>requests</em> status and bank account changes; a second person decides each request —
 * a status change the centre's director (approver) or the bureau's supervisor, an account change
 * the director or a finance approver — never the requester (the database refuses it too). Every
 * change and every read of a lawyer's record is audited. Firms belong to the pool of the unit of
 * the officer who registered them; writes stay within the caller's units
 * ({@link OrganisationService#findUnitIdsInScope()}); staff read the pools of their units and of
 * the units above them (a district centre assigns from the city centre's pool).
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class LawyerRegistryService {

    private static final String FIRM = "LawFirm";
    private static final String LAWYER = "Lawyer";
    private static final String STATUS_REQUEST = "StatusChangeRequest";
    private static final String ACCOUNT_REQUEST = "AccountChangeRequest";

    @Inject
    private FirmRepository firms;

    @Inject
    private LawyerRepository lawyers;

    @Inject
    private ChangeRequestRepository requests;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    /**
     * A pending status request with what an approver needs to see.
     *
     * @param request    the request
     * @param lawyerName the lawyer's name
     * @param licence    the lawyer's licence number
     * @param firmName   the lawyer's firm
     */
    public record PendingStatusChange(StatusChangeRequest request, String lawyerName, String licence, String firmName) implements Serializable {
    }

    /**
     * A pending account request with the account it would replace.
     *
     * @param request         the request
     * @param firmName        the firm
     * @param creditCode      the firm's credit code
     * @param currentAccount  the registered account as "bank · holder · number", or null when none yet
     */
    public record PendingAccountChange(AccountChangeRequest request, String firmName, String creditCode, String currentAccount) implements Serializable {
    }

    /** Everything waiting for a second person in the caller's units, oldest first. */
    public record PendingRequests(List<PendingStatusChange> statusChanges, List<PendingAccountChange> accountChanges) implements Serializable {
    }

    // ---- firms -------------------------------------------------------------------------------

    /**
     * Registers a firm in the pool of the officer's unit.
     *
     * @throws BusinessException a {@code lawyers.creditCode.*} key for an invalid credit code;
     *                           {@code lawyers.firm.creditCodeTaken} (code, firm) when registered already
     */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public LawFirm registerFirm(@NotNull @Valid NewLawFirm form) {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(form.getCreditCode());
        firms.findByCreditCode(code.value()).ifPresent(f -> {
            throw new BusinessException("lawyers.firm.creditCodeTaken", code.value(), f.getName());
        });
        CallerProfile officer = organisation.getCaller();
        LawFirm firm = firms.add(new LawFirm(form, code, officer.getUnitId(), officer.getUsername(), time.now()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, FIRM, firm.getId(), "registered " + firm.getName() + ", credit code "
                + firm.getCreditCode() + ", region " + firm.getRegionCode()));
        return firm;
    }

    /** Corrects a firm's name, kind, region, address and contact as seen at {@code expectedVersion}. */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public LawFirm updateFirm(long firmId, @NotNull @Valid NewLawFirm form, long expectedVersion) {
        LawFirm firm = firmToWrite(firmId);
        if (firm.getVersion() != expectedVersion) {
            throw new BusinessException("error.staleData");
        }
        String before = firm.getName() + " / " + firm.getRegionCode() + " / " + firm.getAddress() + " / " + firm.getContactPerson();
        firm.updateDetails(form);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, FIRM, firmId, "details: " + before + " → " + firm.getName() + " / "
                + firm.getRegionCode() + " / " + firm.getAddress() + " / " + firm.getContactPerson()));
        return firm;
    }

    public LawFirm getFirm(long id) {
        return findFirm(id).orElseThrow(() -> new NotFoundException(FIRM, id));
    }

    public Optional<LawFirm> findFirm(long id) {
        return firms.findInUnits(id, readableUnits());
    }

    public List<LawFirm> findFirms(@NotNull @Valid FirmFilter filter, @Min(0) int first, @Min(1) @Max(500) int max) {
        return firms.findPage(readableUnits(), normal(filter), first, max);
    }

    public long countFirms(@NotNull FirmFilter filter) {
        return firms.count(readableUnits(), normal(filter));
    }

    /** Names of the firms among {@code firmIds} that the caller may see, by id. */
    public Map<Long, String> findFirmNames(@NotNull Collection<Long> firmIds) {
        List<Long> units = readableUnits();
        Map<Long, String> names = firms.findNames(firmIds);
        names.keySet().removeIf(id -> firms.findInUnits(id, units).isEmpty());
        return names;
    }

    // ---- lawyers -----------------------------------------------------------------------------

    /**
     * The kind of each lawyer by id — 律师 or 法律服务工作者, {@link LawyerKind#title()} — for the
     * documents and pages of other contexts that name an assigned person's profession (issue 18).
     * Not limited to the caller's pools: a case or claim already names the person, and the kind
     * is no more than the title on their licence.
     */
    public Map<Long, LawyerKind> findKinds(@NotNull Collection<Long> lawyerIds) {
        return lawyers.findKinds(lawyerIds);
    }

    /**
     * Lawyers of the pools the caller sees whose name or licence contains {@code text}, as id → "name
     * (firm)", at most {@code max}: a picker of another context (the respondent of a complaint).
     */
    public Map<Long, String> findLawyerChoices(@Size(max = 50) String text, @Min(1) @Max(50) int max) {
        List<Lawyer> found = lawyers.findPage(readableUnits(), new LawyerFilter(blankToNull(text), null, null, null, null), 0, max);
        Map<Long, String> firmNames = firms.findNames(found.stream().map(Lawyer::getFirmId).toList());
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        found.forEach(l -> out.put(l.getId(), l.getName() + "（" + firmNames.getOrDefault(l.getFirmId(), "") + "）"));
        return out;
    }

    /** Firms of the caller's readable units whose name contains {@code text}, as id → name, at most {@code max}. */
    public Map<Long, String> findFirmChoices(@Size(max = 50) String text, @Min(1) @Max(50) int max) {
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        firms.findPage(readableUnits(), new FirmFilter(blankToNull(text), null, null), 0, max).forEach(f -> out.put(f.getId(), f.getName()));
        return out;
    }

    /**
     * Names of the lawyers among {@code lawyerIds} in the pools the caller sees, by id (for other
     * contexts that refer to a lawyer by id, e.g. the respondent of a complaint); not audited as a read
     * of the lawyer's record, since only the name is given.
     */
    public Map<Long, String> findLawyerNames(@NotNull Collection<Long> lawyerIds) {
        List<Long> units = readableUnits();
        Map<Long, String> names = new java.util.HashMap<>();
        for (Long id : lawyerIds) {
            lawyers.findInUnits(id, units).ifPresent(l -> names.put(id, l.getName()));
        }
        return names;
    }

    /**
     * Admits a lawyer or legal service worker to the pool (准入): status admitted until an
     * approved change makes them active.
     *
     * @throws BusinessException {@code intake.residentId.*} for an invalid ID number;
     *                           {@code lawyers.lawyer.firmUnknown} (id) unless the firm is in the
     *                           officer's units; {@code lawyers.lawyer.idNumberTaken},
     *                           {@code lawyers.lawyer.licenceTaken} (licence) when in the pool already;
     *                           the date rules of {@link Lawyer#updateProfile}
     */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public Lawyer admitLawyer(@NotNull @Valid NewLawyer form) {
        LocalDate today = time.today();
        ResidentIdNumber id = ResidentIdNumber.parse(form.getIdNumber(), today);
        requireWritableFirm(form.getFirmId());
        if (lawyers.idNumberTaken(id.value(), null)) {
            throw new BusinessException("lawyers.lawyer.idNumberTaken");
        }
        checkLicence(form, null);
        Lawyer lawyer = lawyers.add(new Lawyer(form, id, organisation.getCaller().getUsername(), today, time.now()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, LAWYER, lawyer.getId(), "admitted " + lawyer.getName() + ", licence "
                + lawyer.getLicenceNumber() + ", firm " + lawyer.getFirmId() + ", specialties " + lawyer.getSpecialties()));
        return lawyer;
    }

    /** Corrects a lawyer's profile as seen at {@code expectedVersion}; the ID number stays. */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public Lawyer updateLawyer(long lawyerId, @NotNull @Valid NewLawyer form, long expectedVersion) {
        Lawyer lawyer = lawyerToWrite(lawyerId);
        if (lawyer.getVersion() != expectedVersion) {
            throw new BusinessException("error.staleData");
        }
        LocalDate today = time.today();
        if (form.getIdNumber() != null && !form.getIdNumber().isBlank()
                && !ResidentIdNumber.parse(form.getIdNumber(), today).value().equals(lawyer.getIdNumber())) {
            throw new BusinessException("lawyers.lawyer.idNumberImmutable");
        }
        requireWritableFirm(form.getFirmId());
        checkLicence(form, lawyerId);
        lawyer.updateProfile(form, today);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, LAWYER, lawyerId, "profile: firm " + lawyer.getFirmId() + ", licence "
                + lawyer.getLicenceNumber() + ", specialties " + lawyer.getSpecialties() + ", languages " + lawyer.getLanguages()
                + ", regions " + lawyer.getRegions() + ", max open " + lawyer.getMaxOpenCases()));
        return lawyer;
    }

    /** One lawyer of the pools the caller sees (the read is audited). */
    public Lawyer getLawyer(long id) {
        return findLawyer(id).orElseThrow(() -> new NotFoundException(LAWYER, id));
    }

    /** One lawyer of the pools the caller sees, if there (a found record's read is audited). */
    public Optional<Lawyer> findLawyer(long id) {
        Optional<Lawyer> found = lawyers.findInUnits(id, readableUnits());
        found.ifPresent(l -> audit.fire(AuditEvent.of(AuditAction.READ, LAWYER, id, "viewed lawyer")));
        return found;
    }

    public List<Lawyer> findLawyers(@NotNull @Valid LawyerFilter filter, @Min(0) int first, @Min(1) @Max(500) int max) {
        return lawyers.findPage(readableUnits(), normal(filter), first, max);
    }

    public long countLawyers(@NotNull LawyerFilter filter) {
        return lawyers.count(readableUnits(), normal(filter));
    }

    // ---- status lifecycle --------------------------------------------------------------------

    /**
     * Asks for a lawyer's move to {@code to} from {@code effectiveDate}; a second person decides.
     *
     * @throws BusinessException {@code lawyers.statusRequest.pending} while another request for the
     *                           lawyer waits; the rules of {@link StatusChangeRequest}
     */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public StatusChangeRequest requestStatusChange(long lawyerId, @NotNull LawyerStatus to, @NotNull LocalDate effectiveDate,
                                                   @NotBlank @Size(max = StatusChange.REASON_MAX) @PlainText String reason) {
        Lawyer lawyer = lawyerToWrite(lawyerId);
        if (requests.hasPendingStatusRequest(lawyerId)) {
            throw new BusinessException("lawyers.statusRequest.pending");
        }
        StatusChangeRequest r = requests.add(new StatusChangeRequest(lawyer, to, effectiveDate, reason,
                organisation.getCaller().getUsername(), time.today(), time.now()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, STATUS_REQUEST, r.getId(), "lawyer " + lawyerId + ": " + r.getFromStatus()
                + " → " + r.getToStatus() + " from " + r.getEffectiveDate() + "; " + r.getReason()));
        return r;
    }

    /**
     * Approves a status request and applies it to the lawyer, keeping it in the history.
     *
     * @throws BusinessException {@code approval.deciderIsRequester}, {@code approval.decided},
     *                           {@code lawyers.status.stale} when the lawyer's status moved meanwhile
     */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public Lawyer approveStatusChange(long requestId, @Size(max = SecondPersonApproval.NOTE_MAX) @PlainText String note) {
        StatusChangeRequest r = statusRequestToDecide(requestId);
        Lawyer lawyer = lawyerToWrite(r.getLawyerId());
        String approver = organisation.getCaller().getUsername();
        StatusChange change = r.approve(approver, note, time.today(), time.now());
        lawyer.changeStatus(change);
        requests.add(new StatusHistoryEntry(lawyer.getId(), r.getId(), change, time.now()));
        audit.fire(AuditEvent.of(AuditAction.UPDATE, STATUS_REQUEST, requestId, "approved" + (r.getDecisionNote() == null ? ""
                : ": " + r.getDecisionNote())));
        audit.fire(AuditEvent.of(AuditAction.UPDATE, LAWYER, lawyer.getId(), "status " + change.from() + " → " + change.to()
                + " from " + change.date() + " (requested by " + change.requestedBy() + ", approved by " + approver + ")"));
        return lawyer;
    }

    /** Rejects a status request with the reason the requester reads; the lawyer stays as is. */
    @RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
    public StatusChangeRequest rejectStatusChange(long requestId, @Size(max = SecondPersonApproval.NOTE_MAX) @PlainText String note) {
        StatusChangeRequest r = statusRequestToDecide(requestId);
        r.reject(organisation.getCaller().getUsername(), note, time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, STATUS_REQUEST, requestId, "rejected: " + r.getDecisionNote()));
        return r;
    }

    /** The lawyer's applied status changes, oldest first. */
    public List<StatusHistoryEntry> findStatusHistory(long lawyerId) {
        lawyers.findInUnits(lawyerId, readableUnits()).orElseThrow(() -> new NotFoundException(LAWYER, lawyerId));
        return requests.findHistory(lawyerId);
    }

    /** The lawyer's status requests, newest first (pending, approved and rejected). */
    public List<StatusChangeRequest> findStatusRequests(long lawyerId) {
        lawyers.findInUnits(lawyerId, readableUnits()).orElseThrow(() -> new NotFoundException(LAWYER, lawyerId));
        return requests.findStatusRequests(lawyerId);
    }

    // ---- bank account ------------------------------------------------------------------------

    /**
     * Asks to register a new bank account for a firm; a second person decides.
     *
     * @throws BusinessException {@code lawyers.account.pending} while another request for the firm
     *                           waits; {@code lawyers.account.unchanged}
     */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public AccountChangeRequest requestAccountChange(long firmId, @NotNull @Valid NewBankAccount form) {
        LawFirm firm = firmToWrite(firmId);
        if (requests.hasPendingAccountRequest(firmId)) {
            throw new BusinessException("lawyers.account.pending");
        }
        AccountChangeRequest r = requests.add(new AccountChangeRequest(firm, form, organisation.getCaller().getUsername(), time.now()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, ACCOUNT_REQUEST, r.getId(), "firm " + firmId + ": " + r.getBankName()
                + " / " + r.getAccountName() + " / " + r.getAccountNoMasked() + "; " + r.getReason()));
        return r;
    }

    /** Approves an account request: the firm's registered account becomes the requested one. */
    @RolesAllowed({Roles.APPROVER, Roles.FINANCE_APPROVER})
    public LawFirm approveAccountChange(long requestId, @Size(max = SecondPersonApproval.NOTE_MAX) @PlainText String note) {
        AccountChangeRequest r = accountRequestToDecide(requestId);
        LawFirm firm = firmToWrite(r.getFirmId());
        String before = firm.hasRegisteredAccount() ? masked(firm.getBankAccountNo()) : "none";
        r.approve(firm, organisation.getCaller().getUsername(), note, time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, ACCOUNT_REQUEST, requestId, "approved" + (r.getDecisionNote() == null ? ""
                : ": " + r.getDecisionNote())));
        audit.fire(AuditEvent.of(AuditAction.UPDATE, FIRM, firm.getId(), "registered account " + before + " → "
                + firm.getBankName() + " / " + firm.getBankAccountName() + " / " + r.getAccountNoMasked()
                + " (requested by " + r.getRequestedBy() + ", approved by " + r.getDecidedBy() + ")"));
        return firm;
    }

    /** Rejects an account request with its reason; the registered account stays. */
    @RolesAllowed({Roles.APPROVER, Roles.FINANCE_APPROVER})
    public AccountChangeRequest rejectAccountChange(long requestId, @Size(max = SecondPersonApproval.NOTE_MAX) @PlainText String note) {
        AccountChangeRequest r = accountRequestToDecide(requestId);
        r.reject(organisation.getCaller().getUsername(), note, time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, ACCOUNT_REQUEST, requestId, "rejected: " + r.getDecisionNote()));
        return r;
    }

    /** The firm's account requests, newest first. */
    public List<AccountChangeRequest> findAccountRequests(long firmId) {
        getFirm(firmId);
        return requests.findAccountRequests(firmId);
    }

    /** The status and account requests waiting for a decision in the caller's units. */
    public PendingRequests findPendingRequests() {
        List<Long> units = organisation.findUnitIdsInScope();
        List<PendingStatusChange> status = new ArrayList<>();
        for (StatusChangeRequest r : requests.findPendingStatusRequests(units)) {
            Lawyer l = lawyers.find(r.getLawyerId()).orElseThrow();
            String firm = firms.find(l.getFirmId()).map(LawFirm::getName).orElse("");
            status.add(new PendingStatusChange(r, l.getName(), l.getLicenceNumber(), firm));
        }
        List<PendingAccountChange> accounts = new ArrayList<>();
        for (AccountChangeRequest r : requests.findPendingAccountRequests(units)) {
            LawFirm f = firms.find(r.getFirmId()).orElseThrow();
            String current = f.hasRegisteredAccount()
                    ? f.getBankName() + " · " + f.getBankAccountName() + " · " + masked(f.getBankAccountNo()) : null;
            accounts.add(new PendingAccountChange(r, f.getName(), f.getCreditCode(), current));
        }
        return new PendingRequests(status, accounts);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private StatusChangeRequest statusRequestToDecide(long requestId) {
        StatusChangeRequest r = requests.findStatusRequest(requestId)
                .orElseThrow(() -> new NotFoundException(STATUS_REQUEST, requestId));
        lawyerToWrite(r.getLawyerId());
        return r;
    }

    private AccountChangeRequest accountRequestToDecide(long requestId) {
        AccountChangeRequest r = requests.findAccountRequest(requestId)
                .orElseThrow(() -> new NotFoundException(ACCOUNT_REQUEST, requestId));
        firmToWrite(r.getFirmId());
        return r;
    }

    private void checkLicence(NewLawyer form, Long exceptId) {
        String licence = form.getLicenceNumber().strip().toUpperCase();
        if (lawyers.licenceTaken(licence, exceptId)) {
            throw new BusinessException("lawyers.lawyer.licenceTaken", licence);
        }
    }

    private void requireWritableFirm(Long firmId) {
        if (firmId == null || firms.findInUnits(firmId, organisation.findUnitIdsInScope()).isEmpty()) {
            throw new BusinessException("lawyers.lawyer.firmUnknown", firmId);
        }
    }

    private LawFirm firmToWrite(long id) {
        return firms.findInUnits(id, organisation.findUnitIdsInScope()).orElseThrow(() -> new NotFoundException(FIRM, id));
    }

    private Lawyer lawyerToWrite(long id) {
        return lawyers.findInUnits(id, organisation.findUnitIdsInScope()).orElseThrow(() -> new NotFoundException(LAWYER, id));
    }

    /** The caller's units and the units above the caller's own: the pools the caller may read. */
    private List<Long> readableUnits() {
        Set<Long> ids = new LinkedHashSet<>(organisation.findUnitIdsInScope());
        Arrays.stream(organisation.getCaller().getUnitPath().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .forEach(ids::add);
        return List.copyOf(ids);
    }

    private static FirmFilter normal(FirmFilter f) {
        return new FirmFilter(blankToNull(f.text()), blankToNull(f.regionCode()), f.kind());
    }

    private static LawyerFilter normal(LawyerFilter f) {
        return new LawyerFilter(blankToNull(f.text()), f.firmId(), f.status(), f.specialty(), blankToNull(f.regionCode()));
    }

    private static String masked(String accountNo) {
        return accountNo.length() <= 4 ? accountNo : "*".repeat(accountNo.length() - 4) + accountNo.substring(accountNo.length() - 4);
    }



    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
