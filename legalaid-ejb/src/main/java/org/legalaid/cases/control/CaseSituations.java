package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.legalaid.cases.CaseAct;
import org.legalaid.cases.CaseSituation;
import org.legalaid.cases.LegalCase;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a case's {@link CaseSituation} (its terminations and latest hand-in with it) for the acts
 * of {@link CaseAct}: the same reading answers the page's question and guards each act.
 */
@ApplicationScoped
public class CaseSituations {

    @Inject
    private TerminationRepository terminations;

    @Inject
    private ClosingRepository closings;

    public CaseSituation of(LegalCase c) {
        return new CaseSituation(c, terminations.findOfCase(c.getId()), closings.findLatest(c.getId()));
    }

    /** The acts the caller may take on the case now. */
    public Set<CaseAct> actsOn(LegalCase c, Predicate<String> hasRole) {
        return CaseAct.openTo(hasRole, of(c));
    }

    /**
     * Throws unless the caller may take {@code act} on the case now; call it on the locked case
     * before changing anything.
     *
     * @return the situation read, for the act's own use
     */
    public CaseSituation require(CaseAct act, LegalCase c, Predicate<String> hasRole) {
        CaseSituation s = of(c);
        act.require(hasRole, s);
        return s;
    }
}
