package org.legalaid.it.lawyers;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.lawyers.AccountChangeRequest;
import org.legalaid.lawyers.FirmFilter;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.LawyerFilter;
import org.legalaid.lawyers.LawyerStatus;
import org.legalaid.lawyers.NewLawyer;
import org.legalaid.shared.RequestState;
import org.legalaid.lawyers.StatusChangeRequest;
import org.legalaid.lawyers.StatusHistoryEntry;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Role;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalaid.it.lawyers.RegistryForms.account;
import static org.legalaid.it.lawyers.RegistryForms.creditCode;
import static org.legalaid.it.lawyers.RegistryForms.firm;
import static org.legalaid.it.lawyers.RegistryForms.lawyer;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Lawyer pool registry (issue 4): validated firms and lawyers, four-eyes status and account changes, unit scope")
class LawyerRegistryServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(LawyerRegistryServiceIT.class, RegistryForms.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private LawyerRegistryService registry;

    private Fixtures.Tree tree;
    private As officer;
    private As officerA;
    private As officerB;
    private As officerWhoAlsoApproves;
    private As director;
    private As supervisor;
    private As financeApprover;
    private As clerk;

    @BeforeEach
    void staff() {
        tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("officer"), tree.centre(), pw, Role.ASSIGNMENT_OFFICER);
        fixtures.account(tree.user("officerA"), tree.districtA(), pw, Role.ASSIGNMENT_OFFICER);
        fixtures.account(tree.user("officerB"), tree.districtB(), pw, Role.ASSIGNMENT_OFFICER);
        fixtures.account(tree.user("both"), tree.centre(), pw, Role.ASSIGNMENT_OFFICER, Role.APPROVER);
        fixtures.account(tree.user("director"), tree.centre(), pw, Role.APPROVER);
        fixtures.account(tree.user("supervisor"), tree.bureau(), pw, Role.BUREAU_SUPERVISOR);
        fixtures.account(tree.user("finapprover"), tree.centre(), pw, Role.FINANCE_APPROVER);
        fixtures.account(tree.user("clerk"), tree.districtA(), pw, Role.INTAKE_CLERK);
        officer = As.user(tree.user("officer"), Role.ASSIGNMENT_OFFICER);
        officerA = As.user(tree.user("officerA"), Role.ASSIGNMENT_OFFICER);
        officerB = As.user(tree.user("officerB"), Role.ASSIGNMENT_OFFICER);
        officerWhoAlsoApproves = As.user(tree.user("both"), Role.ASSIGNMENT_OFFICER, Role.APPROVER);
        director = As.user(tree.user("director"), Role.APPROVER);
        supervisor = As.user(tree.user("supervisor"), Role.BUREAU_SUPERVISOR);
        financeApprover = As.user(tree.user("finapprover"), Role.FINANCE_APPROVER);
        clerk = As.user(tree.user("clerk"), Role.INTAKE_CLERK);
    }

    private static LocalDate today() {
        return LocalDate.now(ChinaTime.ZONE);
    }

    private LawFirm registeredFirm(As who) throws Exception {
        return who.call(() -> registry.registerFirm(firm("山东测试律师事务所" + tree.suffix(), creditCode())));
    }

    private Lawyer admitted(As who, long firmId, LocalDate criminalSince) throws Exception {
        return who.call(() -> registry.admitLawyer(lawyer(firmId, "测试律师", today().minusYears(6), criminalSince)));
    }

    private static String refusal(As who, java.util.concurrent.Callable<?> call) {
        return assertThrows(BusinessException.class, () -> who.call(call)).messageKey();
    }

    @Test
    @DisplayName("a credit code with a wrong check character (GB 32100) is refused with its reason, nothing saved")
    void invalidCreditCodeIsRefusedAndNothingSaved() throws Exception {
        String wrong = RegistryForms.mistyped(creditCode());
        assertEquals("lawyers.creditCode.checkCharacter",
                refusal(officer, () -> registry.registerFirm(firm("错码律师事务所", wrong))));
        assertEquals("lawyers.creditCode.length", refusal(officer, () -> registry.registerFirm(firm("短码律师事务所", "91370200"))));
        assertEquals(0, officer.call(() -> registry.countFirms(FirmFilter.all())));
    }

    @Test
    @DisplayName("a credit code is registered once: the same code again, typed with spaces and small letters, is refused")
    void duplicateCreditCodeIsRefused() throws Exception {
        String code = creditCode();
        LawFirm first = officer.call(() -> registry.registerFirm(firm("山东甲律师事务所", code)));
        assertEquals(tree.centre().id(), first.getUnitId(), "the firm joins the pool of the officer's unit");
        String retyped = code.substring(0, 9) + " " + code.substring(9).toLowerCase();
        assertEquals("lawyers.firm.creditCodeTaken", refusal(officer, () -> registry.registerFirm(firm("山东乙律师事务所", retyped))));
        assertEquals(1, officer.call(() -> registry.countFirms(FirmFilter.all())));
    }

    @Test
    @DisplayName("a licence dated in the future is refused and nothing is saved; ID and licence numbers are unique")
    void licenceDateInTheFutureSavesNothing() throws Exception {
        long firmId = registeredFirm(officer).getId();
        NewLawyer future = lawyer(firmId, "未来律师", today().plusDays(1), null);
        assertEquals("lawyers.practiceYears.licenceDateInFuture", refusal(officer, () -> registry.admitLawyer(future)));
        assertEquals(0, officer.call(() -> registry.countLawyers(LawyerFilter.all())));

        NewLawyer first = lawyer(firmId, "张律师", today().minusYears(3), null);
        Lawyer l = officer.call(() -> registry.admitLawyer(first));
        assertEquals(LawyerStatus.ADMITTED, l.getStatus());
        NewLawyer sameId = lawyer(firmId, "张律师", today().minusYears(3), null);
        sameId.setIdNumber(first.getIdNumber());
        assertEquals("lawyers.lawyer.idNumberTaken", refusal(officer, () -> registry.admitLawyer(sameId)));
        NewLawyer sameLicence = lawyer(firmId, "李律师", today().minusYears(3), null);
        sameLicence.setLicenceNumber(first.getLicenceNumber());
        assertEquals("lawyers.lawyer.licenceTaken", refusal(officer, () -> registry.admitLawyer(sameLicence)));
        assertEquals("lawyers.lawyer.firmUnknown",
                refusal(officer, () -> registry.admitLawyer(lawyer(-5L, "无所律师", today().minusYears(3), null))));
        assertEquals(1, officer.call(() -> registry.countLawyers(LawyerFilter.all())));
    }

    @Test
    @DisplayName("status lifecycle: requested by one person, approved by another; never by the requester; kept in the history")
    void statusChangesNeedASecondPerson() throws Exception {
        long firmId = registeredFirm(officerWhoAlsoApproves).getId();
        Lawyer l = admitted(officerWhoAlsoApproves, firmId, today().minusYears(4));
        StatusChangeRequest activation = officerWhoAlsoApproves.call(() ->
                registry.requestStatusChange(l.getId(), LawyerStatus.ACTIVE, today(), "准入审核通过"));
        assertEquals("lawyers.statusRequest.pending", refusal(officerWhoAlsoApproves, () ->
                registry.requestStatusChange(l.getId(), LawyerStatus.EXITED, today(), "重复申请")));

        assertEquals("approval.deciderIsRequester",
                refusal(officerWhoAlsoApproves, () -> registry.approveStatusChange(activation.getId(), null)));
        assertEquals(LawyerStatus.ADMITTED, director.call(() -> registry.getLawyer(l.getId())).getStatus(),
                "the refused approval changed nothing");
        assertThrows(EJBAccessException.class, () -> officer.call(() -> registry.approveStatusChange(activation.getId(), null)),
                "an officer without the approver role cannot approve at all");

        Lawyer active = director.call(() -> registry.approveStatusChange(activation.getId(), "材料齐全"));
        assertEquals(LawyerStatus.ACTIVE, active.getStatus());
        assertTrue(active.isAssignable());
        assertTrue(director.call(() -> registry.findPendingRequests()).statusChanges().isEmpty());

        List<StatusHistoryEntry> history = director.call(() -> registry.findStatusHistory(l.getId()));
        assertEquals(1, history.size());
        assertEquals(tree.user("both"), history.get(0).getRequestedBy());
        assertEquals(tree.user("director"), history.get(0).getApprovedBy());
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'Lawyer' and e.entityId = '"
                + l.getId() + "' and e.action = org.legalaid.shared.AuditAction.UPDATE"), "the status change is audited");
    }

    @Test
    @DisplayName("a suspended lawyer (the bureau's supervisor approves) is not assignable and the history shows both steps")
    void suspendedLawyersHistory() throws Exception {
        long firmId = registeredFirm(officer).getId();
        Lawyer l = admitted(officer, firmId, null);
        long activation = officer.call(() -> registry.requestStatusChange(l.getId(), LawyerStatus.ACTIVE, today(), "准入")).getId();
        director.call(() -> registry.approveStatusChange(activation, null));
        long suspension = officer.call(() -> registry.requestStatusChange(l.getId(), LawyerStatus.SUSPENDED, today(),
                "年度考核不合格（《法律援助法》第六十条）")).getId();
        assertEquals(1, supervisor.call(() -> registry.findPendingRequests()).statusChanges().size(),
                "the bureau's supervisor sees the centre's pending request");
        Lawyer suspended = supervisor.call(() -> registry.approveStatusChange(suspension, "同意暂停"));

        assertEquals(LawyerStatus.SUSPENDED, suspended.getStatus());
        assertFalse(suspended.isAssignable(), "a suspended lawyer gets no new work");
        assertEquals(List.of(LawyerStatus.ACTIVE, LawyerStatus.SUSPENDED), officer.call(() -> registry.findStatusHistory(l.getId()))
                .stream().map(StatusHistoryEntry::getToStatus).toList());
        assertEquals(1, officer.call(() -> registry.countLawyers(new LawyerFilter(null, null, LawyerStatus.SUSPENDED, null, null))));
        assertEquals(0, officer.call(() -> registry.countLawyers(new LawyerFilter(null, null, LawyerStatus.ACTIVE, null, null))));
    }

    @Test
    @DisplayName("a rejection needs a reason and leaves the lawyer as they were; the database refuses a self-approved history row")
    void rejectionAndTheDatabasesFourEyesCheck() throws Exception {
        long firmId = registeredFirm(officer).getId();
        Lawyer l = admitted(officer, firmId, null);
        long req = officer.call(() -> registry.requestStatusChange(l.getId(), LawyerStatus.ACTIVE, today(), "准入")).getId();
        assertEquals("approval.noteRequired", refusal(director, () -> registry.rejectStatusChange(req, " ")));
        StatusChangeRequest rejected = director.call(() -> registry.rejectStatusChange(req, "缺少执业证复印件"));
        assertEquals(RequestState.REJECTED, rejected.getState());
        assertEquals(LawyerStatus.ADMITTED, officer.call(() -> registry.getLawyer(l.getId())).getStatus());
        assertEquals("approval.decided", refusal(director, () -> registry.approveStatusChange(req, null)));

        assertThrows(Exception.class, () -> fixtures.sql("insert into lawyer_status_change (id, lawyer_id, from_status, to_status,"
                + " effective_date, reason, requested_by, approved_by, approved_at) values (nextval('lawyer_status_change_seq'), ?, "
                + "'ADMITTED', 'ACTIVE', current_date, 'x', 'same', 'same', current_timestamp)", l.getId()));
    }

    @Test
    @DisplayName("a bank account change needs a second person; the registered account changes only on approval")
    void accountChangeNeedsASecondPerson() throws Exception {
        LawFirm f = registeredFirm(officerWhoAlsoApproves);
        AccountChangeRequest first = officerWhoAlsoApproves.call(() ->
                registry.requestAccountChange(f.getId(), account("6222 0216 0300 1234 567")));
        LawFirm unchanged = director.call(() -> registry.getFirm(f.getId()));
        assertFalse(unchanged.hasRegisteredAccount(), "a request alone registers nothing");
        assertEquals("approval.deciderIsRequester",
                refusal(officerWhoAlsoApproves, () -> registry.approveAccountChange(first.getId(), null)));
        assertThrows(EJBAccessException.class, () -> supervisor.call(() -> registry.approveAccountChange(first.getId(), null)),
                "the bureau's supervisor decides status changes, not accounts");

        LawFirm approved = financeApprover.call(() -> registry.approveAccountChange(first.getId(), "核对开户许可证一致"));
        assertEquals("6222021603001234567", approved.getBankAccountNo());
        assertEquals("中国工商银行青岛市南支行", approved.getBankName());

        AccountChangeRequest second = officer.call(() -> registry.requestAccountChange(f.getId(), account("6217000000000000001")));
        director.call(() -> registry.rejectAccountChange(second.getId(), "户名与律所名称不符"));
        assertEquals("6222021603001234567", officer.call(() -> registry.getFirm(f.getId())).getBankAccountNo(),
                "a rejected change leaves the registered account");
        assertEquals(2, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'AccountChangeRequest' and e.entityId = '"
                + first.getId() + "'"), "request and approval are audited");
    }

    @Test
    @DisplayName("writes stay within the officer's units: another district cannot edit a firm or admit into it")
    void writesAreScopedByUnit() throws Exception {
        LawFirm inA = registeredFirm(officerA);
        assertEquals(tree.districtA().id(), inA.getUnitId());
        assertEquals(0, officerB.call(() -> registry.countFirms(FirmFilter.all())), "district B does not see district A's pool");
        assertThrows(NotFoundException.class, () -> officerB.call(() ->
                registry.updateFirm(inA.getId(), firm("改名律师事务所", inA.getCreditCode()), inA.getVersion())));
        assertEquals("lawyers.lawyer.firmUnknown", refusal(officerB, () ->
                registry.admitLawyer(lawyer(inA.getId(), "乙区律师", today().minusYears(2), null))));
        assertThrows(NotFoundException.class, () -> officerB.call(() -> registry.requestAccountChange(inA.getId(), account("6222000011112222"))));

        LawFirm renamed = officer.call(() -> registry.updateFirm(inA.getId(), firm("改名律师事务所", inA.getCreditCode()), inA.getVersion()));
        assertEquals("改名律师事务所", renamed.getName(), "the centre above the district maintains its pool");

        LawFirm atCentre = registeredFirm(officer);
        assertEquals(atCentre.getName(), officerA.call(() -> registry.getFirm(atCentre.getId())).getName(),
                "a district reads the pool of the centre above it");
        assertThrows(NotFoundException.class, () -> officerA.call(() ->
                registry.updateFirm(atCentre.getId(), firm("改名", atCentre.getCreditCode()), atCentre.getVersion())));
    }

    @Test
    @DisplayName("roles: an intake clerk neither registers nor admits; a finance approver decides no status change")
    void roleChecks() throws Exception {
        LawFirm f = registeredFirm(officer);
        assertThrows(EJBAccessException.class, () -> clerk.call(() -> registry.registerFirm(firm("受理员律所", creditCode()))));
        assertThrows(EJBAccessException.class, () -> clerk.call(() ->
                registry.admitLawyer(lawyer(f.getId(), "受理员律师", today().minusYears(2), null))));
        Lawyer l = admitted(officer, f.getId(), null);
        long req = officer.call(() -> registry.requestStatusChange(l.getId(), LawyerStatus.ACTIVE, today(), "准入")).getId();
        assertThrows(EJBAccessException.class, () -> financeApprover.call(() -> registry.approveStatusChange(req, null)));
        assertThrows(EJBAccessException.class, () -> officer.call(() -> registry.approveStatusChange(req, null)));
        assertEquals(1, director.call(() -> registry.findPendingRequests()).statusChanges().size(), "still waiting");
    }
}
