package org.legalaid.complaints.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.legalaid.shared.ChinaTime;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * Every hour, at twenty past, applies {@link AbandonmentSweep} (MoJ order 149 art. 12). A missed run
 * is caught up by the next, since the sweep looks at every overdue complaint. Persistent, in the
 * database timer store (shared-state.cli), so that on a cluster it runs on one node only (issue 20).
 */
@Singleton
@PermitAll // a timer has no caller
public class AbandonmentJob {

    private static final Logger LOG = Logger.getLogger(AbandonmentJob.class.getName());

    @Inject
    private AbandonmentSweep sweep;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "20", timezone = "Asia/Shanghai", info = "complaint abandonment sweep")
    public void run() {
        int n = sweep.sweep(LocalDateTime.now(clock.withZone(ChinaTime.ZONE)));
        if (n > 0) {
            LOG.info(() -> n + " complaint(s) deemed abandoned: information not supplied in time (MoJ order 149 art. 12)");
        }
    }
}
