package org.legalaid.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import org.legalaid.shared.ChinaTime;

/**
 * The one clock the services read, in China Standard Time: statutory days start at midnight
 * Beijing time, whatever the server's own zone is.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ChinaTime.ZONE);
    }
}
