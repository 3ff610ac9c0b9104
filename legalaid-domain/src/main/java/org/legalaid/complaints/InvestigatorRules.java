package org.legalaid.complaints;

import org.legalaid.shared.BusinessException;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who may investigate a complaint (order 149 art. 16, 18): at least two investigators, and none with
 * a conflict — the staff member complained about, a colleague of the same unit as the centre or staff
 * member complained about, the case's supervisor, or someone who declared a relation to a party.
 */
public final class InvestigatorRules {

    /** At least two investigators (art. 16). */
    public static final int MIN_INVESTIGATORS = 2;

    private InvestigatorRules() {
    }

    /**
     * A proposed investigator.
     *
     * @param username         their account
     * @param unitId           their unit
     * @param declaredRelation whether they declared a relation to a party (近亲属或其他利害关系)
     */
    public record Candidate(String username, long unitId, boolean declaredRelation) {
    }

    /** The conflicts that make {@code candidate} step aside from {@code c} (art. 18); empty when none. */
    public static Set<ConflictReason> conflictsOf(Candidate candidate, Complaint c) {
        Set<ConflictReason> out = EnumSet.noneOf(ConflictReason.class);
        if (c.getRespondentType() == RespondentType.STAFF && candidate.username().equalsIgnoreCase(
                Objects.requireNonNullElse(c.getRespondentUsername(), ""))) {
            out.add(ConflictReason.IS_RESPONDENT);
        }
        if ((c.getRespondentType() == RespondentType.CENTRE || c.getRespondentType() == RespondentType.STAFF)
                && c.getRespondentUnitId() != null && c.getRespondentUnitId() == candidate.unitId()) {
            out.add(ConflictReason.SAME_UNIT_AS_RESPONDENT);
        }
        if (c.getCaseSupervisor() != null && c.getCaseSupervisor().equalsIgnoreCase(candidate.username())) {
            out.add(ConflictReason.CASE_SUPERVISOR);
        }
        if (candidate.declaredRelation()) {
            out.add(ConflictReason.DECLARED_RELATION);
        }
        return out;
    }

    /**
     * Checks a team about to investigate: {@code candidates} joining {@code active} investigators.
     *
     * @throws BusinessException {@code complaints.investigators.twoRequired} when fewer than two would
     *                           be active; {@code complaints.investigators.duplicate} for a name given
     *                           twice or already on the team; {@code complaints.investigators.conflict}
     *                           (user name, reason's label key) for the first conflict found
     */
    public static void checkTeam(Complaint c, Collection<String> active, List<Candidate> candidates) {
        Set<String> seen = new java.util.HashSet<>();
        active.forEach(a -> seen.add(a.toLowerCase()));
        for (Candidate cand : candidates) {
            if (!seen.add(cand.username().toLowerCase())) {
                throw new BusinessException("complaints.investigators.duplicate", cand.username());
            }
            Set<ConflictReason> conflicts = conflictsOf(cand, c);
            if (!conflicts.isEmpty()) {
                throw new BusinessException("complaints.investigators.conflict", cand.username(),
                        conflicts.iterator().next().labelKey());
            }
        }
        if (seen.size() < MIN_INVESTIGATORS) {
            throw new BusinessException("complaints.investigators.twoRequired", MIN_INVESTIGATORS);
        }
    }
}
