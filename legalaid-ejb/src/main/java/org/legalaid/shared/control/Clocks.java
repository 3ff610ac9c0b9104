package org.legalaid.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock the services read, in China Standard Time: statutory days start at midnight
 * Beijing time, whatever the server's own zone is.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(CHINA);
    }
}
