package org.legalaid.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the acts on a case depend on, read together: the case, its terminations (oldest first) and
 * its latest closing hand-in. {@link CaseAct} decides from this (and the caller's roles) what may be
 * done now; the case boundary builds it once per call, for the page's question and for the check
 * before each act alike.
 *
 * @param legalCase    the case
 * @param terminations the case's terminations, oldest first
 * @param latest       the latest closing hand-in, if any
 */
public record CaseSituation(LegalCase legalCase, List<CaseTermination> terminations, Optional<ClosingSubmission> latest) {

    public CaseSituation {
        Objects.requireNonNull(legalCase, "legalCase");
        terminations = List.copyOf(terminations);
        Objects.requireNonNull(latest, "latest");
    }

    public CaseStatus status() {
        return legalCase.getStatus();
    }

    /** Archived: read-only for everyone (issue 18). */
    public boolean archived() {
        return legalCase.getStatus() == CaseStatus.ARCHIVED;
    }

    /**
     * Whether the case file still takes changes (entries struck out, documents attached): not once
     * its review has passed, nor after the archive.
     */
    public boolean fileOpen() {
        return legalCase.getStatus() != CaseStatus.REVIEWED && legalCase.getStatus() != CaseStatus.ARCHIVED;
    }

    /** The latest termination, the one the termination acts apply to. */
    public Optional<CaseTermination> current() {
        return terminations.isEmpty() ? Optional.empty() : Optional.of(terminations.get(terminations.size() - 1));
    }

    /** Whether {@code t} is the case's latest termination (earlier ones are history and take no act). */
    public boolean isCurrent(CaseTermination t) {
        return current().map(c -> Objects.equals(c.getId(), t.getId())).orElse(false);
    }

    /** A proposal waits for the director or a termination stands. */
    public boolean terminationStanding() {
        return terminations.stream().anyMatch(CaseTermination::isStanding);
    }

    /**
     * After a termination revoked on objection (LAL art. 49) the case is handled again and still
     * names the lawyer whose assignment the termination ended: it waits for a lawyer to be assigned
     * again.
     */
    public boolean awaitingLawyer() {
        LegalCase c = legalCase;
        if (c.getStatus() != CaseStatus.HANDLING || c.getAssignmentId() == null) {
            return false;
        }
        return terminations.stream().filter(t -> t.getState() == TerminationState.REVOKED)
                .max(Comparator.comparing(CaseTermination::getProposedAt))
                .map(t -> c.getAssignmentId().equals(t.getEndedAssignmentId()))
                .orElse(false);
    }
}
