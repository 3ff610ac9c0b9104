package org.legalaid.it.intake;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.intake.Application;
import org.legalaid.intake.ApplicationAct;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.HardshipVerification;
import org.legalaid.intake.JurisdictionGround;
import org.legalaid.intake.SubjectType;
import org.legalaid.intake.SupportingDocument;
import org.legalaid.intake.UrgentGround;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.cases.CaseFixtures;
import org.legalaid.lawyers.boundary.AssignmentService;
import org.legalaid.lawyers.boundary.NeedsOverride;
import org.legalaid.shared.BusinessException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application page offers what the application boundary accepts, and nothing else (issue 14);
 * a decided application takes no act but the objection to a refusal and a lawyer for a grant
 * (issue 18). For each state and role every act {@link ApplicationService#actsOn} offers is carried
 * out and must succeed, every act it hides must be refused — each attempt in a transaction rolled
 * back afterwards, so all acts are tried on the same state.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Application acts (issues 14, 18): every act the application page offers is accepted by the boundary, every act it hides refused, for every role")
class ApplicationActsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(Stream.concat(Stream.of(ApplicationActsIT.class), Stream.of(CaseFixtures.CLASSES))
                .toArray(Class<?>[]::new));
    }

    @Inject
    private CaseFixtures f;

    @Inject
    private ApplicationService applications;

    @Inject
    private AssignmentService assignments;

    @Resource
    private UserTransaction transaction;

    private Map<String, As> roles;
    private long lawyer;

    @BeforeEach
    void setUp() throws Exception {
        f.setUp();
        roles = new LinkedHashMap<>();
        roles.put("clerk", f.clerk);
        roles.put("reviewer", f.reviewer);
        roles.put("approver", f.approver);
        roles.put("officer", f.officer);
        roles.put("bureau", f.bureau);
        lawyer = f.lawyer("赵律师");
    }

    private Callable<?> attempt(ApplicationAct act, Application a) {
        long id = a.getId();
        long v = a.getVersion();
        return switch (act) {
            case ACCEPT -> () -> applications.accept(id, JurisdictionGround.HANDLING_ORGAN_LOCATION, v);
            case REQUEST_MATERIALS -> () -> applications.requestMaterials(id, Set.of(SupportingDocument.HARDSHIP_CERTIFICATE),
                    "请补交经济困难证明。", v);
            case SUPPLY_MATERIALS -> () -> applications.supplyMaterials(id, v);
            case START_URGENT_AID -> () -> applications.startUrgentAid(id, UrgentGround.LIMITATION_ENDING, "诉讼时效即将届满。", v);
            case PROPOSE -> () -> applications.propose(id, true, HardshipVerification.INFORMATION_SHARING, "符合法律援助条件。", v);
            case APPROVE -> () -> applications.approve(id, v);
            case RETURN_TO_REVIEW -> () -> applications.returnToReview(id, "请补充经济状况核查。", v);
            case RECEIVE_OBJECTION -> () -> applications.receiveObjection(id, "申请人不服不予法律援助的决定。", v);
            case DECIDE_OBJECTION -> () -> applications.decideObjection(id, true, "申请人符合法律援助条件，责令给予法律援助。", v);
            case ASSIGN_LAWYER -> () -> assignments.assign(SubjectType.APPLICATION, id, lawyer, "测试：指定新入库律师承办",
                    NeedsOverride.NONE);
        };
    }

    private Throwable tryRolledBack(As who, Callable<?> call) throws Exception {
        transaction.begin();
        try {
            who.call(call);
            return null;
        } catch (Exception e) {
            Throwable cause = e;
            while (cause instanceof EJBException ejb && ejb.getCause() != null && !(cause instanceof EJBAccessException)) {
                cause = ejb.getCause();
            }
            return cause;
        } finally {
            transaction.rollback();
        }
    }

    /** Offered acts succeed, hidden ones are refused by a business rule or the role gate; returns what was offered. */
    private Map<String, Set<ApplicationAct>> offeredAreAcceptedHiddenAreRefused(Application given) throws Exception {
        Application a = f.clerk.call(() -> applications.getApplication(given.getId()));
        Map<String, Set<ApplicationAct>> offered = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, As> role : roles.entrySet()) {
            Set<ApplicationAct> open = role.getValue().call(() -> applications.actsOn(a.getId()));
            offered.put(role.getKey(), open);
            for (ApplicationAct act : ApplicationAct.values()) {
                Throwable refused = tryRolledBack(role.getValue(), attempt(act, a));
                if (open.contains(act) && refused != null) {
                    wrong.add(role.getKey() + " offered " + act + " but refused: " + refused);
                } else if (!open.contains(act) && refused == null) {
                    wrong.add(role.getKey() + " not offered " + act + " but it was accepted");
                } else if (!open.contains(act) && !(refused instanceof BusinessException || refused instanceof EJBAccessException)) {
                    wrong.add(role.getKey() + " not offered " + act + " and refused for another reason: " + refused);
                }
            }
        }
        assertEquals(List.of(), wrong, a.getStatus() + ": " + offered);
        return offered;
    }

    @Test
    @DisplayName("received, accepted, proposed: the clerk accepts, the reviewer proposes, the approver decides — each only then")
    void beforeTheDecision() throws Exception {
        Application a = f.submitted("王桂兰");
        assertEquals(Set.of(ApplicationAct.ACCEPT, ApplicationAct.REQUEST_MATERIALS),
                offeredAreAcceptedHiddenAreRefused(a).get("clerk"));
        Application accepted = f.clerk.call(() -> applications.accept(a.getId(), JurisdictionGround.HANDLING_ORGAN_LOCATION,
                a.getVersion()));
        assertTrue(offeredAreAcceptedHiddenAreRefused(accepted).get("reviewer").contains(ApplicationAct.PROPOSE));
        Application proposed = f.reviewer.call(() -> applications.propose(a.getId(), true,
                HardshipVerification.INFORMATION_SHARING, "符合法律援助条件。", accepted.getVersion()));
        assertEquals(Set.of(ApplicationAct.APPROVE, ApplicationAct.RETURN_TO_REVIEW, ApplicationAct.START_URGENT_AID),
                offeredAreAcceptedHiddenAreRefused(proposed).get("approver"));
    }

    @Test
    @DisplayName("issue 18: a granted application takes no act but the assignment of a lawyer")
    void grantedStaysDecided() throws Exception {
        Application a = f.submitted("王桂兰");
        Application accepted = f.clerk.call(() -> applications.accept(a.getId(), JurisdictionGround.HANDLING_ORGAN_LOCATION,
                a.getVersion()));
        Application proposed = f.reviewer.call(() -> applications.propose(a.getId(), true,
                HardshipVerification.INFORMATION_SHARING, "符合法律援助条件。", accepted.getVersion()));
        Application granted = f.approver.call(() -> applications.approve(a.getId(), proposed.getVersion()));
        assertEquals(ApplicationStatus.GRANTED, granted.getStatus());
        Map<String, Set<ApplicationAct>> offered = offeredAreAcceptedHiddenAreRefused(granted);
        assertEquals(Map.of("clerk", Set.of(), "reviewer", Set.of(), "approver", Set.of(), "officer",
                Set.of(ApplicationAct.ASSIGN_LAWYER), "bureau", Set.of()), offered);
    }

    @Test
    @DisplayName("issue 18, LAL art. 49: a refusal takes one objection, decided by the bureau only; then nothing more")
    void refusedThenObjection() throws Exception {
        Application a = f.submitted("王桂兰");
        Application accepted = f.clerk.call(() -> applications.accept(a.getId(), JurisdictionGround.HANDLING_ORGAN_LOCATION,
                a.getVersion()));
        Application proposed = f.reviewer.call(() -> applications.propose(a.getId(), false, null, "不符合法律援助条件。",
                accepted.getVersion()));
        Application refused = f.approver.call(() -> applications.approve(a.getId(), proposed.getVersion()));
        assertEquals(ApplicationStatus.REFUSED, refused.getStatus());
        assertEquals(Set.of(ApplicationAct.RECEIVE_OBJECTION), offeredAreAcceptedHiddenAreRefused(refused).get("clerk"));
        Application pending = f.clerk.call(() -> applications.receiveObjection(a.getId(), "不服。", refused.getVersion()));
        assertEquals(Set.of(ApplicationAct.DECIDE_OBJECTION), offeredAreAcceptedHiddenAreRefused(pending).get("bureau"));
        Application upheld = f.bureau.call(() -> applications.decideObjection(a.getId(), false, "维持不予法律援助的决定。",
                pending.getVersion()));
        offeredAreAcceptedHiddenAreRefused(upheld).forEach((role, open) -> assertEquals(Set.of(), open, role));
    }
}
