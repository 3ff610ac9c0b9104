package org.legalaid.intake.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.legalaid.intake.ExemptionRule;
import org.legalaid.intake.ExemptionRuleEntry;
import org.legalaid.intake.ExemptionRules;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Loads the exemption grounds of {@link ExemptionRules#defaults()} into an empty table at first
 * start (reference data every installation needs, not demo data): the grounds of the Legal Aid
 * Law as fixed, national rows, and the seed's local grounds as local rows an administrator may
 * switch off. Afterwards the table is the only source; this never runs again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@PermitAll // runs at deployment, no caller
public class ExemptionRuleSeeder {

    static final String NATIONAL_PREFIX = "LAL_";

    @Inject
    private ExemptionRuleRepository rules;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!rules.findAll().isEmpty()) {
            return;
        }
        List<ExemptionRule> defaults = ExemptionRules.defaults();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int i = 0; i < defaults.size(); i++) {
            ExemptionRule r = defaults.get(i);
            rules.add(new ExemptionRuleEntry(r, (i + 1) * 10, r.code().startsWith(NATIONAL_PREFIX), "system", now));
        }
    }
}
