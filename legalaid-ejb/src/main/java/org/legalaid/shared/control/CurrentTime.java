package org.legalaid.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.SharedKernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The time now as the services record it, read from the one {@link Clock} ({@link Clocks}): the
 * moment of an act, the same moment on China's wall clock (statutory clocks, timelines), and
 * today's date in China (statutory days start at midnight Beijing time, whatever the server's
 * zone). Moments are cut to microseconds, the database's precision, so that a value compares
 * equal to itself once stored and read back.
 */
@SharedKernel
@ApplicationScoped
public class CurrentTime {

    @Inject
    private Clock clock;

    /** The moment now, with the clock's offset. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** The moment now on China's wall clock. */
    public LocalDateTime local() {
        return LocalDateTime.now(clock.withZone(ChinaTime.ZONE)).truncatedTo(ChronoUnit.MICROS);
    }

    /** Today's date in China. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }
}
