package org.legalaid.intake.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.legalaid.intake.ExemptionRule;
import org.legalaid.intake.ExemptionRuleEntry;
import org.legalaid.intake.NewExemptionRule;
import org.legalaid.intake.control.ExemptionRuleRepository;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The exemption grounds (LAL art. 32, 42 and local lists) as data: everyone who reviews reads
 * them; the administrator adds a local ground from a new regulation and switches one off when it
 * lapses. Applications already reviewed keep the ground they were reviewed under.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR})
public class ExemptionRuleService {

    static final String RULE = "ExemptionRule";

    @Inject
    private ExemptionRuleRepository rules;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Clock clock;

    @Inject
    private Event<AuditEvent> audit;

    /** Every ground, in the order the review tries them, switched-off ones included. */
    public List<ExemptionRuleEntry> findRules() {
        return rules.findAll();
    }

    /** The grounds in force, in order. */
    public List<ExemptionRule> findActiveRules() {
        return rules.findActiveRules();
    }

    /** Adds a local ground after the existing ones. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public ExemptionRuleEntry addLocalRule(@NotNull @Valid NewExemptionRule form) {
        ExemptionRule rule = form.toRule();
        if (rules.findByCode(rule.code()).isPresent()) {
            throw new BusinessException("intake.exemption.codeTaken", rule.code());
        }
        ExemptionRuleEntry e = rules.add(new ExemptionRuleEntry(rule, rules.nextPosition(), false,
                organisation.getCaller().getUsername(), OffsetDateTime.now(clock)));
        audit.fire(AuditEvent.of(AuditAction.CREATE, RULE, e.getId(), "local exemption " + rule.code() + ": " + rule.legalBasis()));
        return e;
    }

    /** Switches a local ground on or off; the grounds of the law cannot be switched off. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public ExemptionRuleEntry setActive(@NotBlank String code, boolean active, long expectedVersion) {
        ExemptionRuleEntry e = rules.findByCode(code).orElseThrow(() -> new NotFoundException(RULE, code));
        if (e.getVersion() != expectedVersion) {
            throw new BusinessException("error.staleData");
        }
        e.setActive(active, organisation.getCaller().getUsername(), OffsetDateTime.now(clock));
        audit.fire(AuditEvent.of(AuditAction.UPDATE, RULE, e.getId(), code + (active ? " switched on" : " switched off")));
        return e;
    }
}
