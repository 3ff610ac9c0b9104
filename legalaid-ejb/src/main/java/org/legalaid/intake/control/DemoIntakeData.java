package org.legalaid.intake.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.legalaid.intake.HardshipStandardEntry;
import org.legalaid.intake.NewHardshipStandard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;

/**
 * Demo mode only (system property {@code legalaid.demo=true}, set by the run command's
 * {@code demo-mode.cli}): hardship standards for the three demo districts, so that the means
 * test can be tried at once. The figures are marked as demonstration data, not the real local
 * standards, which an administrator enters from the government's notice.
 */
@Singleton
@Startup
@DependsOn("InitialData")
@PermitAll // runs at deployment, no caller
public class DemoIntakeData {

    @Inject
    private HardshipStandardRepository standards;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("legalaid.demo") || !standards.findAll().isEmpty()) {
            return;
        }
        int year = OffsetDateTime.now(clock).getYear();
        String[][] regions = {{"370202", "市南区"}, {"370203", "市北区"}, {"370211", "黄岛区"}};
        for (String[] r : regions) {
            NewHardshipStandard f = new NewHardshipStandard();
            f.setRegionCode(r[0]);
            f.setRegionName(r[1]);
            f.setYear(year);
            f.setMinimumLivingStandard(new BigDecimal("1000.00"));
            f.setMultiplier(new BigDecimal("2"));
            f.setBasis("演示数据，非真实标准 / demo figure");
            standards.add(new HardshipStandardEntry(f, "system", OffsetDateTime.now(clock)));
        }
    }
}
