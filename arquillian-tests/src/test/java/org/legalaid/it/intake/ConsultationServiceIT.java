package org.legalaid.it.intake;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.intake.Consultation;
import org.legalaid.intake.ConsultationChannel;
import org.legalaid.intake.ConsultationFilter;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.NewConsultation;
import org.legalaid.intake.boundary.ConsultationService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Role;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Consultations (docs/domain.md lifecycle 1): recorded by clerks, counted by channel, scoped by unit")
class ConsultationServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ConsultationServiceIT.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private ConsultationService consultations;

    private Fixtures.Tree tree;
    private As clerkA;
    private As clerkB;
    private As director;

    @BeforeEach
    void staff() {
        tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("clerkA"), tree.districtA(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("clerkB"), tree.districtB(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("director"), tree.centre(), pw, Role.APPROVER);
        fixtures.account(tree.user("admin"), tree.bureau(), pw, Role.SYSTEM_ADMIN);
        clerkA = As.user(tree.user("clerkA"), Role.INTAKE_CLERK);
        clerkB = As.user(tree.user("clerkB"), Role.INTAKE_CLERK);
        director = As.user(tree.user("director"), Role.APPROVER);
    }

    private static NewConsultation hotline(String question) {
        NewConsultation f = new NewConsultation();
        f.setChannel(ConsultationChannel.HOTLINE_12348);
        f.setTopic(MatterCategory.ELDER_SUPPORT);
        f.setQuestion(question);
        f.setAnswer("属于法律援助事项范围，可以申请。");
        return f;
    }

    @Test
    void aClerkRecordsAnAnonymousHotlineConsultationForTheirOwnUnit() throws Exception {
        Consultation c = clerkA.call(() -> consultations.record(hotline("赡养费怎么要？")));
        assertEquals(tree.districtA().id(), c.getUnitId());
        assertEquals(tree.user("clerkA"), c.getRecordedBy());
        assertTrue(c.getConsultedAt() != null);
    }

    @Test
    void anotherDistrictsClerkDoesNotSeeItButTheCityCentreDoes() throws Exception {
        clerkA.call(() -> consultations.record(hotline("甲区的咨询")));
        assertEquals(0, clerkB.call(() -> consultations.countConsultations(ConsultationFilter.all())));
        assertEquals(1, clerkA.call(() -> consultations.countConsultations(ConsultationFilter.all())));
        List<Consultation> centre = director.call(() -> consultations.findConsultations(ConsultationFilter.all(), 0, 50));
        assertEquals(List.of("甲区的咨询"), centre.stream().map(Consultation::getQuestion).toList());
    }

    @Test
    void consultationsAreCountedByChannelEvenWithoutAnApplication() throws Exception {
        clerkA.call(() -> consultations.record(hotline("一")));
        clerkA.call(() -> consultations.record(hotline("二")));
        NewConsultation window = hotline("三");
        window.setChannel(ConsultationChannel.WINDOW);
        clerkA.call(() -> consultations.record(window));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        Map<ConsultationChannel, Long> counts = clerkA.call(() -> consultations.countByChannel(new ConsultationFilter(today, today, null)));
        assertEquals(2L, counts.get(ConsultationChannel.HOTLINE_12348));
        assertEquals(1L, counts.get(ConsultationChannel.WINDOW));
        assertEquals(0L, counts.get(ConsultationChannel.LETTER));
        Map<ConsultationChannel, Long> yesterday = clerkA.call(() -> consultations.countByChannel(
                new ConsultationFilter(today.minusDays(1), today.minusDays(1), null)));
        assertEquals(0L, yesterday.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void anInvalidIdNumberOrAFutureTimeIsRefusedAndNothingIsSaved() throws Exception {
        NewConsultation badId = hotline("身份证号错了");
        badId.setPersonIdNumber("110105194912310021");
        BusinessException e = assertThrows(BusinessException.class, () -> clerkA.call(() -> consultations.record(badId)));
        assertEquals("intake.residentId.checkCharacter", e.messageKey());

        NewConsultation future = hotline("明天的咨询");
        future.setConsultedAt(LocalDateTime.now().plusDays(2));
        assertEquals("intake.consultation.inFuture",
                assertThrows(BusinessException.class, () -> clerkA.call(() -> consultations.record(future))).messageKey());
        assertEquals(0, clerkA.call(() -> consultations.countConsultations(ConsultationFilter.all())));
    }

    @Test
    void missingFieldsOverlongTextAndMarkupAreRefused() throws Exception {
        NewConsultation empty = new NewConsultation();
        NewConsultation overlong = hotline("问".repeat(4001));
        NewConsultation script = hotline("<script>alert(1)</script>");
        NewConsultation phone = hotline("电话不对");
        phone.setPersonPhone("12345");
        for (NewConsultation bad : List.of(empty, overlong, script, phone)) {
            Exception e = assertThrows(Exception.class, () -> clerkA.call(() -> consultations.record(bad)));
            Throwable cause = e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e;
            assertInstanceOf(ConstraintViolationException.class, cause);
        }
        assertEquals(0, clerkA.call(() -> consultations.countConsultations(ConsultationFilter.all())));
    }

    @Test
    void readingAConsultationThatNamesAPersonIsAudited() throws Exception {
        NewConsultation named = hotline("我叫王秀兰");
        named.setPersonName("王秀兰");
        named.setPersonIdNumber("11010519491231002X");
        Consultation c = clerkA.call(() -> consultations.record(named));
        assertEquals("110105********002X", c.getPersonIdNumberMasked());
        director.call(() -> consultations.getConsultation(c.getId()));
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.action = org.legalaid.shared.AuditAction.READ"
                + " and e.entityType = 'Consultation' and e.entityId = '" + c.getId() + "' and e.actor = '" + tree.user("director") + "'"));
    }

    @Test
    void anAdministratorWithoutAnIntakeRoleCannotRecordOrList() {
        As admin = As.user(tree.user("admin"), Role.SYSTEM_ADMIN);
        assertThrows(EJBAccessException.class, () -> admin.call(() -> consultations.record(hotline("x"))));
        assertThrows(EJBAccessException.class, () -> admin.call(() -> consultations.countConsultations(ConsultationFilter.all())));
        assertThrows(EJBAccessException.class, () -> director.call(() -> consultations.record(hotline("审批人不登记咨询"))));
    }
}
