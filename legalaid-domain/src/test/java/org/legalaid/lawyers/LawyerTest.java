package org.legalaid.lawyers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.RequestState;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A lawyer of the pool: licence and practice dates, who may do criminal work, and status changes")
class LawyerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final ResidentIdNumber ID = ResidentIdNumber.parse(id("370202198506121"), TODAY);

    private static String id(String first15) {
        String first17 = first15 + "23";
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static NewLawyer form(LocalDate licence, LocalDate criminalSince) {
        NewLawyer f = new NewLawyer();
        f.setFirmId(7L);
        f.setName("张律师");
        f.setIdNumber(ID.value());
        f.setLicenceNumber("13702201010123456");
        f.setLicenceDate(licence);
        f.setCriminalPracticeSince(criminalSince);
        f.setSpecialties(Set.of(Specialty.CRIMINAL));
        f.setRegions(Set.of("370202"));
        return f;
    }

    private static String refusal(Runnable r) {
        return assertThrows(BusinessException.class, r::run).messageKey();
    }

    @Test
    @DisplayName("a licence dated in the future is refused: years of practice cannot be derived from it (LAL art. 26)")
    void refusesLicenceDateInTheFuture() {
        assertEquals("lawyers.practiceYears.licenceDateInFuture",
                refusal(() -> new Lawyer(form(TODAY.plusDays(1), null), ID, "assigner", TODAY, NOW)));
    }

    @Test
    @DisplayName("criminal practice cannot start before the licence")
    void refusesCriminalPracticeBeforeLicence() {
        assertEquals("lawyers.lawyer.criminalPracticeBeforeLicence",
                refusal(() -> new Lawyer(form(LocalDate.of(2015, 6, 1), LocalDate.of(2014, 1, 1)), ID, "assigner", TODAY, NOW)));
    }

    @Test
    @DisplayName("a basic legal service worker takes no criminal cases (LAL art. 13 gives criminal defence to lawyers)")
    void refusesLegalServiceWorkerWithCriminalSpecialty() {
        NewLawyer worker = form(LocalDate.of(2015, 6, 1), null);
        worker.setKind(LawyerKind.LEGAL_SERVICE_WORKER);
        assertEquals("lawyers.lawyer.workerNoCriminal", refusal(() -> new Lawyer(worker, ID, "assigner", TODAY, NOW)));
        worker.setSpecialties(Set.of(Specialty.LABOUR));
        Lawyer ok = new Lawyer(worker, ID, "assigner", TODAY, NOW);
        assertEquals(0, ok.criminalPracticeYears(TODAY));
    }

    @Test
    @DisplayName("years of practice are derived from the dates, in full years")
    void derivesPracticeYears() {
        Lawyer l = new Lawyer(form(LocalDate.of(2016, 11, 23), LocalDate.of(2023, 11, 22)), ID, "assigner", TODAY, NOW);
        assertEquals(9, l.practiceYears(TODAY));
        assertEquals(3, l.criminalPracticeYears(TODAY));
        assertEquals(LawyerStatus.ADMITTED, l.getStatus());
        assertFalse(l.isAssignable(), "an admitted lawyer is not yet offered for assignment");
    }

    @Test
    @DisplayName("a status change from another status than the lawyer's is refused (a stale request)")
    void refusesStatusChangeFromWrongStatus() {
        Lawyer l = new Lawyer(form(LocalDate.of(2015, 6, 1), null), ID, "assigner", TODAY.minusDays(10), NOW);
        StatusChange suspend = StatusChange.of(LawyerStatus.ACTIVE, LawyerStatus.SUSPENDED, TODAY, "考核不合格",
                "assigner", "director", TODAY);
        assertEquals("lawyers.status.stale", refusal(() -> l.changeStatus(suspend)));
        l.changeStatus(StatusChange.of(LawyerStatus.ADMITTED, LawyerStatus.ACTIVE, TODAY.minusDays(5), "准入审核通过",
                "assigner", "director", TODAY));
        assertTrue(l.isAssignable());
        l.changeStatus(suspend);
        assertEquals(LawyerStatus.SUSPENDED, l.getStatus());
        assertFalse(l.isAssignable(), "a suspended lawyer gets no new work (issue 4)");
    }

    @Test
    @DisplayName("a request is decided by a second person, once; a rejection says why")
    void requestIsDecidedOnceByAnotherPerson() {
        Lawyer l = new Lawyer(form(LocalDate.of(2015, 6, 1), null), ID, "assigner", TODAY.minusDays(10), NOW);
        StatusChangeRequest r = new StatusChangeRequest(l, LawyerStatus.ACTIVE, TODAY, "准入审核通过", "assigner", TODAY, NOW);
        assertEquals("approval.deciderIsRequester", refusal(() -> r.approve("ASSIGNER", null, TODAY, NOW)));
        assertEquals("approval.noteRequired", refusal(() -> r.reject("director", " ", NOW)));
        StatusChange change = r.approve("director", null, TODAY, NOW);
        assertEquals("director", change.approvedBy());
        assertEquals(RequestState.APPROVED, r.getState());
        assertEquals("approval.decided", refusal(() -> r.reject("supervisor", "重复", NOW)));
    }

    @Test
    @DisplayName("a request that the lifecycle does not allow never waits for an approver")
    void refusesImpossibleRequestAtOnce() {
        Lawyer l = new Lawyer(form(LocalDate.of(2015, 6, 1), null), ID, "assigner", TODAY.minusDays(10), NOW);
        assertEquals("lawyers.status.transition",
                refusal(() -> new StatusChangeRequest(l, LawyerStatus.SUSPENDED, TODAY, "x", "assigner", TODAY, NOW)));
        assertEquals("lawyers.status.beforeCurrent",
                refusal(() -> new StatusChangeRequest(l, LawyerStatus.ACTIVE, TODAY.minusDays(11), "x", "assigner", TODAY, NOW)));
        assertEquals("lawyers.status.dateInFuture",
                refusal(() -> new StatusChangeRequest(l, LawyerStatus.ACTIVE, TODAY.plusDays(1), "x", "assigner", TODAY, NOW)));
    }
}
