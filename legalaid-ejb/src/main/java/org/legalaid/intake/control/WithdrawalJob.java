package org.legalaid.intake.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.legalaid.shared.ChinaTime;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * Every hour, at a quarter past, applies {@link WithdrawalSweep}: an application whose materials
 * deadline passed becomes deemed withdrawn within the hour. A missed run (server down) is caught up
 * by the next one, since the sweep looks at every overdue application. Persistent, in the database
 * timer store (shared-state.cli), so that on a cluster one node runs it, not each (issue 20).
 */
@Singleton
@PermitAll // a timer has no caller
public class WithdrawalJob {

    private static final Logger LOG = Logger.getLogger(WithdrawalJob.class.getName());

    @Inject
    private WithdrawalSweep sweep;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "15", timezone = "Asia/Shanghai", info = "withdrawal sweep")
    public void run() {
        int n = sweep.sweep(LocalDateTime.now(clock.withZone(ChinaTime.ZONE)));
        if (n > 0) {
            LOG.info(() -> n + " application(s) deemed withdrawn: materials not supplied in time (LAL art. 43)");
        }
    }
}
