package org.legalaid.intake;

import java.io.Serializable;


/**
 * A range of disability grades as the disability certificate (残疾人证) gives them: grade 1 is
 * the most severe, grade 4 the least (GB/T 26341-2010). "Grade 1–2 disabled" in the Qingdao seed
 * is {@code new DisabilityGradeRange(1, 2)}.
 *
 * @param from the most severe grade in the range, 1–4
 * @param to   the least severe grade in the range, {@code from}–4
 */
public record DisabilityGradeRange(int from, int to) implements Serializable {

    public static final int MOST_SEVERE = 1;
    public static final int LEAST_SEVERE = 4;

    public DisabilityGradeRange {
        if (from < MOST_SEVERE || to > LEAST_SEVERE || from > to) {
            throw new IllegalArgumentException("disability grades run from 1 to 4: " + from + "–" + to);
        }
    }

    public boolean contains(int grade) {
        return grade >= from && grade <= to;
    }
}
