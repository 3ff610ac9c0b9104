package org.legalaid.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.legalaid.intake.Pause;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A finished suspension of a complaint's investigation while a court or discipline body handled the
 * matter (order 149 art. 21), as stored (table {@code complaint_suspension}): its days do not count
 * towards the 60 (+30) days (art. 23).
 */
@Embeddable
public class Suspension implements Serializable {

    @Column(name = "suspended_from", nullable = false)
    private LocalDateTime suspendedFrom;

    @Column(name = "suspended_until", nullable = false)
    private LocalDateTime suspendedUntil;

    protected Suspension() {
        // for JPA
    }

    Suspension(LocalDateTime from, LocalDateTime until) {
        this.suspendedFrom = Objects.requireNonNull(from);
        this.suspendedUntil = Objects.requireNonNull(until);
    }

    public Pause pause() {
        return new Pause(suspendedFrom, suspendedUntil);
    }

    public LocalDateTime getSuspendedFrom() {
        return suspendedFrom;
    }

    public LocalDateTime getSuspendedUntil() {
        return suspendedUntil;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Suspension s && suspendedFrom.equals(s.suspendedFrom) && suspendedUntil.equals(s.suspendedUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(suspendedFrom, suspendedUntil);
    }
}
