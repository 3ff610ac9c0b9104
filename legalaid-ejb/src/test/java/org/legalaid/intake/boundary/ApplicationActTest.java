package org.legalaid.intake.boundary;

import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.intake.Applicant;
import org.legalaid.intake.Application;
import org.legalaid.intake.ApplicationAct;
import org.legalaid.intake.ApplicationChannel;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.ExemptionRules;
import org.legalaid.intake.HardshipVerification;
import org.legalaid.intake.JurisdictionGround;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.NewApplication;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.ReviewFindings;
import org.legalaid.intake.ScopeCheck;
import org.legalaid.intake.SupportingDocument;
import org.legalaid.intake.UrgentGround;
import org.legalaid.shared.Roles;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application page offers an act only to the roles the boundary lets take it, and only in the
 * state the domain allows it in ({@link ApplicationService#actsOn}, checked again by each act): a
 * button that the service would refuse is a button an untrained clerk will press.
 */
@DisplayName("Application page actions: shown to the boundary's roles, in the states where they apply")
class ApplicationActTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Test
    void eachActIsOfferedToExactlyTheRolesItsServiceMethodAllows() throws Exception {
        for (ApplicationAct c : ApplicationAct.values()) {
            Class<?> service = Class.forName(ApplicationService.class.getPackageName() + "." + c.service());
            Method m = Arrays.stream(service.getMethods())
                    .filter(x -> x.getName().equals(c.serviceMethod())).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + c.service() + "." + c.serviceMethod()));
            Set<String> allowed = Set.of(m.getAnnotation(RolesAllowed.class).value());
            assertEquals(allowed, c.roles(), c + " and " + c.service() + "." + c.serviceMethod());
        }
    }

    @Test
    void everyApplicationServiceMethodThatChangesAnApplicationIsGovernedByAnAct() {
        Set<String> governed = Arrays.stream(ApplicationAct.values()).filter(c -> c.service().equals("ApplicationService"))
                .map(ApplicationAct::serviceMethod).collect(Collectors.toSet());
        // receiving creates the application (nothing to act on yet); the sweep is the system's own;
        // the rest read
        Set<String> outside = Set.of("submit", "submitOnline", "deemOverdueWithdrawn", "review", "findConflicts", "actsOn",
                "getApplication", "decisionDocument", "findClocks", "findDecisionDue", "findSteps", "findApplications", "countApplications");
        for (Method m : ApplicationService.class.getDeclaredMethods()) {
            if (java.lang.reflect.Modifier.isPublic(m.getModifiers()) && !outside.contains(m.getName())) {
                assertTrue(governed.contains(m.getName()), "ApplicationService." + m.getName() + " without an ApplicationAct");
            }
        }
    }

    @Test
    @DisplayName("issue 18: a decided application takes no act but the objection to a refusal (LAL art. 49) and a lawyer for a grant")
    void aDecidedApplicationStaysDecided() {
        Application granted = received();
        granted.accept(JurisdictionGround.HANDLING_ORGAN_LOCATION, "clerk", T0.plusHours(1));
        granted.propose(true, exempt(), HardshipVerification.EXEMPT, "符合条件", "reviewer", T0.plusHours(2));
        granted.approve("approver", T0.plusHours(3), null);
        for (String role : List.of(Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR)) {
            assertEquals(EnumSet.noneOf(ApplicationAct.class), openTo(role, granted), role);
        }
        assertEquals(EnumSet.of(ApplicationAct.ASSIGN_LAWYER), openTo(Roles.ASSIGNMENT_OFFICER, granted));
        assertEquals("intake.application.wrongStatus",
                ApplicationAct.START_URGENT_AID.refusal(Roles.REVIEWER::equals, granted).orElseThrow().messageKey());
    }

    @Test
    void aNewApplicationOffersTheClerkAcceptanceAndTheOneListOfMissingMaterials() {
        Application a = received();
        assertEquals(EnumSet.of(ApplicationAct.ACCEPT, ApplicationAct.REQUEST_MATERIALS), openTo(Roles.INTAKE_CLERK, a));
        assertEquals(EnumSet.of(ApplicationAct.START_URGENT_AID), openTo(Roles.APPROVER, a));
        assertEquals(EnumSet.noneOf(ApplicationAct.class), openTo(Roles.ASSIGNMENT_OFFICER, a));
    }

    @Test
    void materialsAreListedOnlyOnceLalArticle43() {
        Application a = received();
        a.requestMaterials(EnumSet.of(SupportingDocument.HARDSHIP_CERTIFICATE), null, T0.plusDays(15), T0.plusHours(1));
        assertEquals(EnumSet.of(ApplicationAct.SUPPLY_MATERIALS), openTo(Roles.INTAKE_CLERK, a));
        a.supplyMaterials(T0.plusHours(2));
        assertEquals(EnumSet.of(ApplicationAct.ACCEPT), openTo(Roles.INTAKE_CLERK, a));
    }

    @Test
    void onlyTheReviewerProposesAndOnlyTheApproverApprovesOrReturns() {
        Application a = received();
        a.accept(JurisdictionGround.HANDLING_ORGAN_LOCATION, "clerk", T0.plusHours(1));
        assertEquals(EnumSet.of(ApplicationAct.PROPOSE, ApplicationAct.REQUEST_MATERIALS, ApplicationAct.START_URGENT_AID),
                openTo(Roles.REVIEWER, a));
        a.propose(true, exempt(), HardshipVerification.EXEMPT, "符合条件", "reviewer", T0.plusHours(2));
        assertEquals(EnumSet.of(ApplicationAct.APPROVE, ApplicationAct.RETURN_TO_REVIEW, ApplicationAct.START_URGENT_AID),
                openTo(Roles.APPROVER, a));
        assertEquals(EnumSet.noneOf(ApplicationAct.class), openTo(Roles.INTAKE_CLERK, a));
    }

    @Test
    void urgentAidStartsOnceLalArticle44() {
        Application a = received();
        a.startUrgentAid(UrgentGround.LIMITATION_ENDING, "时效将届满", "reviewer", T0.plusHours(1));
        assertEquals(EnumSet.noneOf(ApplicationAct.class), openTo(Roles.APPROVER, a));
    }

    @Test
    void aRefusalCanBeObjectedToOnceAndOnlyTheBureauDecidesLalArticle49() {
        Application a = received();
        a.accept(JurisdictionGround.HANDLING_ORGAN_LOCATION, "clerk", T0.plusHours(1));
        a.propose(false, exempt(), null, "不符合条件", "reviewer", T0.plusHours(2));
        a.approve("approver", T0.plusHours(3), null);
        assertEquals(ApplicationStatus.REFUSED, a.getStatus());
        assertEquals(EnumSet.of(ApplicationAct.RECEIVE_OBJECTION), openTo(Roles.INTAKE_CLERK, a));
        a.receiveObjection("不服", "clerk", T0.plusHours(4));
        assertEquals(EnumSet.noneOf(ApplicationAct.class), openTo(Roles.INTAKE_CLERK, a));
        assertEquals(EnumSet.of(ApplicationAct.DECIDE_OBJECTION), openTo(Roles.BUREAU_SUPERVISOR, a));
        a.decideObjection(true, "符合条件", "supervisor", T0.plusHours(5), null);
        assertEquals(EnumSet.noneOf(ApplicationAct.class), openTo(Roles.BUREAU_SUPERVISOR, a));
    }

    private static Set<ApplicationAct> openTo(String role, Application a) {
        Predicate<String> hasRole = role::equals;
        return Arrays.stream(ApplicationAct.values()).filter(c -> c.isOpenTo(hasRole, a))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicationAct.class)));
    }

    private static ReviewFindings exempt() {
        return new ReviewFindings(ScopeCheck.check(MatterType.CIVIL, MatterCategory.ELDER_SUPPORT),
                ExemptionRules.defaults().stream().filter(r -> r.code().equals(ExemptionRules.LOCAL_ELDERLY_65)).findFirst(),
                Optional.empty());
    }

    private static Application received() {
        String first17 = "37020219580101152";
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        NewApplicant p = new NewApplicant();
        p.setIdNumber(id);
        p.setFullName("张秀英");
        p.setHouseholdSize(2);
        p.setHouseholdMonthlyIncome(new BigDecimal("5000.00"));
        Applicant applicant = new Applicant(p, ResidentIdNumber.parse(id, T0.toLocalDate()), 1L, "clerk",
                OffsetDateTime.of(T0, ZoneOffset.ofHours(8)));
        setId(applicant, 7L);
        NewApplication f = new NewApplication();
        f.setApplicantId(7L);
        f.setMatterType(MatterType.CIVIL);
        f.setMatterCategory(MatterCategory.ELDER_SUPPORT);
        f.setFacts("子女不支付赡养费。");
        f.setChannel(ApplicationChannel.CENTRE_WINDOW);
        f.setRegionCode("370202");
        f.setDocuments(EnumSet.of(SupportingDocument.IDENTITY, SupportingDocument.MATTER_MATERIALS));
        return new Application(f, applicant, 1L, "clerk", T0);
    }

    private static void setId(Applicant a, long id) {
        try {
            Field field = Applicant.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(a, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
