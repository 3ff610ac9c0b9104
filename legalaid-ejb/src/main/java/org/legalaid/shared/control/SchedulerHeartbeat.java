package org.legalaid.shared.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.legalaid.shared.ChinaTime;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * The scheduler's heartbeat (issue 20): a persistent timer due every minute, in the same database
 * timer store as the reminders and the sweeps, that does nothing but say, at FINE, which node ran
 * it for which minute. On a cluster exactly one node must run each minute's timeout, whichever node
 * dies; scripts/cluster-failover.sh counts these lines in both nodes' logs (cluster-node.cli turns
 * the category on) and fails on a minute run twice.
 */
@Singleton
@PermitAll // a timer has no caller
public class SchedulerHeartbeat {

    private static final Logger LOG = Logger.getLogger(SchedulerHeartbeat.class.getName());

    /** The {@code @Schedule} info. */
    public static final String INFO = "scheduler heartbeat";

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", timezone = "Asia/Shanghai", info = INFO)
    public void beat() {
        LocalDateTime due = LocalDateTime.now(clock.withZone(ChinaTime.ZONE)).truncatedTo(ChronoUnit.MINUTES);
        LOG.fine(() -> "scheduler heartbeat due " + due + " ran on " + System.getProperty("jboss.node.name", "this server"));
    }
}
