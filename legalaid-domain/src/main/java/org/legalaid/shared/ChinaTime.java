package org.legalaid.shared;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * China Standard Time, the zone of every date a user sees or a statutory period counts in,
 * whatever the server's own zone is.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** A moment on China's wall clock (timelines and statutory clocks are kept in China time). */
    public static LocalDateTime local(OffsetDateTime t) {
        return t.atZoneSameInstant(ZONE).toLocalDateTime();
    }
}
