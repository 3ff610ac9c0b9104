package org.legalaid.intake;

import java.io.Serializable;






/**
 * A possible conflict shown to the reviewer (issue 3, "Conflict check"): the applicant is the
 * opposing party in another open application, or this application's opposing party is an
 * applicant elsewhere. The centre must not act on both sides of one dispute; the reviewer
 * decides what follows (usually a lawyer from another firm, LAL art. 26 and the lawyer-pool
 * rules), so this is a finding, not a refusal.
 *
 * @param kind               which side matched
 * @param otherApplicationId the other application
 * @param otherUnitId        the unit that holds it
 * @param otherStatus        its status
 * @param byIdNumber         true for a match by ID number, false for same name and birth date
 */
public record ConflictFinding(Kind kind, long otherApplicationId, long otherUnitId, ApplicationStatus otherStatus,
                              boolean byIdNumber) implements Serializable {

    public enum Kind {
        /** 申请人是另一宗在办申请的对方当事人. */
        APPLICANT_IS_OPPOSING_PARTY,
        /** 对方当事人是另一宗在办申请的申请人. */
        OPPOSING_PARTY_IS_APPLICANT;

        public String labelKey() {
            return "conflictKind." + name();
        }
    }
}
