package org.legalaid.complaints;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The public online complaint (order 149 art. 9): strict validation, the respondent in words, the public state")
class PublicComplaintFormTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    static PublicComplaintForm valid() {
        PublicComplaintForm f = new PublicComplaintForm();
        f.setComplainantName("王桂兰");
        f.setComplainantPhone("138 0013 8000");
        f.setRespondentType(RespondentType.LAWYER);
        f.setRespondentName("李律师");
        f.setGround(ComplaintGround.NO_PROGRESS_REPORTS);
        f.setFacts("承办律师三个月未告知案件进展。");
        f.setKnewOn(LocalDate.now().minusDays(20));
        return f;
    }

    private Set<String> invalid(PublicComplaintForm f) {
        return validator.validate(f).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    @Test
    void aCompleteFormIsValidAndThePhoneLosesItsSpaces() {
        PublicComplaintForm f = valid();
        assertEquals(Set.of(), invalid(f));
        assertEquals("13800138000", f.getComplainantPhone());
    }

    @Test
    void refusesAComplaintWithoutRespondent() {
        PublicComplaintForm f = valid();
        f.setRespondentName("  ");
        assertEquals(Set.of("respondentName"), invalid(f));
        f = valid();
        f.setRespondentType(null);
        assertEquals(Set.of("respondentType"), invalid(f));
    }

    @Test
    void refusesOverlongFactsAndMarkupInNamesButKeepsAngleBracketsInTheFacts() {
        PublicComplaintForm f = valid();
        f.setFacts("事".repeat(100 * 1024));
        assertEquals(Set.of("facts"), invalid(f));
        f = valid();
        f.setComplainantName("<script>alert(1)</script>");
        assertEquals(Set.of("complainantName"), invalid(f));
        f = valid();
        f.setFacts("<script>alert(1)</script>\n收费<1000元");
        assertEquals(Set.of(), invalid(f), "the facts are the citizen's account, stored as text and shown escaped");
        f.setFacts("a\u0000b");
        assertEquals(Set.of("facts"), invalid(f), "but no control characters");
    }

    @Test
    void requiresAPhoneAndAPastDay() {
        PublicComplaintForm f = valid();
        f.setComplainantPhone(null);
        f.setKnewOn(LocalDate.now().plusDays(2));
        assertEquals(Set.of("complainantPhone", "knewOn"), invalid(f));
        f.setComplainantPhone("12345");
        Set<ConstraintViolation<PublicComplaintForm>> v = validator.validate(f);
        assertTrue(v.stream().anyMatch(x -> x.getPropertyPath().toString().equals("complainantPhone")));
    }

    @Test
    void anOnlineComplaintIsReceivedWithTheRespondentAndCaseNumberInTheComplainantsWords() {
        PublicComplaintForm f = valid();
        f.setCaseNumber(" （2026）青南法援民字第12号 ");
        Complaint c = Complaint.filedOnline(ReceiptNumber.next(), 7L, f, LocalDateTime.now());
        assertEquals(ComplaintChannel.ONLINE, c.getChannel());
        assertEquals(ComplaintStatus.RECEIVED, c.getStatus());
        assertEquals("李律师", c.getRespondentName());
        assertNull(c.getRespondentId(), "linked to the registry by the handler, not by the citizen");
        assertNull(c.getCaseId());
        assertEquals("（2026）青南法援民字第12号", c.getCaseNumber());
        assertNull(c.getReceivedBy(), "nobody wrote it down");
        assertFalse(c.awaitsOralConfirmation(), "written, not oral (art. 9)");
        assertTrue(c.phoneEndsWith("8000"));
        assertFalse(c.phoneEndsWith("0000"));
        assertFalse(c.phoneEndsWith("800"));
    }

    @Test
    void theComplainantSeesThePublicFaceOfEachStatus() {
        assertEquals(PublicState.ACCEPTED, PublicState.of(ComplaintStatus.INVESTIGATING));
        assertEquals(PublicState.ACCEPTED, PublicState.of(ComplaintStatus.SUSPENDED));
        assertEquals(PublicState.DECIDED, PublicState.of(ComplaintStatus.DECIDED));
        assertEquals(PublicState.DECIDED, PublicState.of(ComplaintStatus.DELIVERED));
        assertEquals(PublicState.DECIDED, PublicState.of(ComplaintStatus.CLOSED));
        assertEquals(PublicState.NOT_ACCEPTED, PublicState.of(ComplaintStatus.NOT_ACCEPTED));
        for (ComplaintStatus s : ComplaintStatus.values()) {
            PublicState.of(s);
        }
    }
}
