package org.legalaid.reporting.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.reporting.Target;
import org.legalaid.reporting.TargetMeasure;
import org.legalaid.shared.control.CurrentTime;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo mode only (system property {@code legalaid.demo=true}, set by the run command): this year's
 * targets of the three demo district centres after seed 003 — 120 cases, 40 % of civil and
 * administrative applications through workstations — so that the bureau's supervisor and the
 * director find the targets chart on their workbench. Marked as demonstration data (set by
 * {@code system}); a production server never creates it.
 *
 * <p>A submitted month and a published quarter are not made here: their figures are counted by the
 * other contexts' boundaries within a signed-in person's scope, which a start-up has not. The demo's
 * {@code director} submits and {@code supervisor} publishes on the reports page.
 */
@Singleton
@Startup
@DependsOn("InitialData")
@PermitAll // runs at deployment, no caller
public class DemoReportingData {

    private static final Logger LOG = Logger.getLogger(DemoReportingData.class.getName());
    private static final String SYSTEM = "system";

    @Inject
    private ReportRepository repository;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("legalaid.demo")) {
            return;
        }
        int year = time.today().getYear();
        for (String code : List.of("SN", "SB", "HD")) {
            Optional<Long> unit = organisation.findActiveUnitIdByCode(code);
            if (unit.isEmpty() || repository.findTarget(unit.get(), year, TargetMeasure.CASES).isPresent()) {
                continue;
            }
            repository.addTarget(new Target(unit.get(), year, TargetMeasure.CASES, BigDecimal.valueOf(120), SYSTEM, time.now()));
            repository.addTarget(new Target(unit.get(), year, TargetMeasure.WORKSTATION_SHARE, BigDecimal.valueOf(40), SYSTEM,
                    time.now()));
            LOG.info(() -> "demo targets " + year + " for unit " + code);
        }
    }
}
