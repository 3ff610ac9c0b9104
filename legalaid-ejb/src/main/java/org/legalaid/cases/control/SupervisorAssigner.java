package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.legalaid.cases.LegalCase;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.organisation.boundary.StaffMember;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.Role;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names the case supervisor of a newly opened case (一案专人监督: every assigned case has one): a
 * case supervisor of the case's own unit, or else of the nearest unit above it, the one with the
 * fewest open cases (ties: by user name), so that the work spreads evenly. When no unit up the tree
 * has one, the case stays without a supervisor and shows on the list of cases without one.
 */
@ApplicationScoped
public class SupervisorAssigner {

    @Inject
    private OrganisationService organisation;

    @Inject
    private HandlingRepository handling;

    @Inject
    private Event<AuditEvent> audit;

    /** The supervisor chosen for {@code c} and set on it, or empty when nobody can be. */
    public Optional<String> assign(LegalCase c) {
        Optional<String> chosen = choose(organisation.findStaffWithRoleAbove(c.getUnitId(), Role.CASE_SUPERVISOR));
        chosen.ifPresentOrElse(u -> {
            c.assignSupervisor(u);
            audit.fire(AuditEvent.of(AuditAction.UPDATE, CaseOpener.LEGAL_CASE, c.getId(),
                    "supervisor: " + u + " (automatically, fewest open cases)"));
        }, () -> audit.fire(AuditEvent.of(AuditAction.UPDATE, CaseOpener.LEGAL_CASE, c.getId(),
                "no case supervisor in the unit or above: left without one")));
        return chosen;
    }

    /** Among the candidates of the nearest unit that has any, the one with the fewest open cases, then by user name. */
    Optional<String> choose(List<StaffMember> candidates) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int nearest = candidates.stream().mapToInt(StaffMember::levelsAbove).min().orElseThrow();
        List<String> names = candidates.stream().filter(s -> s.levelsAbove() == nearest).map(StaffMember::username).toList();
        Map<String, Long> load = handling.countOpenBySupervisor(names);
        return names.stream().min(Comparator.<String>comparingLong(load::get).thenComparing(Comparator.naturalOrder()));
    }
}
