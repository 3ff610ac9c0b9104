package org.legalaid.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A finished pause of a {@link ClockItem}, as stored (table {@code clock_pause}). The due date
 * is recomputed from these, so they are kept for as long as the item.
 */
@Embeddable
public class PausePeriod implements Serializable {

    @Column(name = "paused_from", nullable = false)
    private LocalDateTime pausedFrom;

    @Column(name = "paused_until", nullable = false)
    private LocalDateTime pausedUntil;

    protected PausePeriod() {
        // for JPA
    }

    PausePeriod(Pause pause) {
        this.pausedFrom = pause.from();
        this.pausedUntil = pause.until();
    }

    public Pause pause() {
        return new Pause(pausedFrom, pausedUntil);
    }

    public LocalDateTime getPausedFrom() {
        return pausedFrom;
    }

    public LocalDateTime getPausedUntil() {
        return pausedUntil;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PausePeriod p && Objects.equals(pausedFrom, p.pausedFrom) && Objects.equals(pausedUntil, p.pausedUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pausedFrom, pausedUntil);
    }
}
