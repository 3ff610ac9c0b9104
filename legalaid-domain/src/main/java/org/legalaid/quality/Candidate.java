package org.legalaid.quality;

import java.io.Serializable;
import java.util.Objects;

/**
 * An archived case that a campaign may draw: its unit, form kind and whether the automatic check found
 * anything in its file (which puts it in the findings stratum). The candidate list is stored with the
 * campaign so that anyone can re-run the draw.
 */
public record Candidate(long caseId, long unitId, FormKind kind, boolean findings) implements Serializable {

    public Candidate {
        Objects.requireNonNull(kind, "kind");
    }

    /** One line of the stored candidate list: {@code caseId,unitId,kind,findings(0|1)}. */
    public String line() {
        return caseId + "," + unitId + "," + kind.name() + "," + (findings ? 1 : 0);
    }

    /** The candidate written by {@link #line()}. */
    public static Candidate parse(String line) {
        String[] p = line.split(",", -1);
        if (p.length != 4) {
            throw new IllegalArgumentException("not a candidate line: " + line);
        }
        return new Candidate(Long.parseLong(p[0]), Long.parseLong(p[1]), FormKind.valueOf(p[2]), "1".equals(p[3]));
    }
}
