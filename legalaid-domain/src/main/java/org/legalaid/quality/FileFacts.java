package org.legalaid.quality;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What the automatic check reads of an archived case's file, copied from the cases context's boundary
 * (quality keeps none of its rules): the checklist lines of the last closing submission (empty for a
 * case that never had one, such as a legacy import), the date-order violations, the clock steps done
 * late or overdue, and the log's counts.
 *
 * @param hasSubmission whether the case had a closing submission at all
 */
public record FileFacts(boolean hasSubmission, List<Item> items, List<String> dateViolations, List<String> lateSteps,
                        int meetings, int struckOut, int followUps) implements Serializable {

    /** A checklist line: the document's name, whether required, handed in, and the review's verdict (ACCEPTED, MISSING, DEFECTIVE or null). */
    public record Item(String code, String documentName, boolean required, boolean present, String verdict)
            implements Serializable {
    }

    public FileFacts {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        dateViolations = List.copyOf(Objects.requireNonNull(dateViolations, "dateViolations"));
        lateSteps = List.copyOf(Objects.requireNonNull(lateSteps, "lateSteps"));
    }
}
