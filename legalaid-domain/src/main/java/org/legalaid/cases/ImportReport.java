package org.legalaid.cases;


import java.io.Serializable;
import java.util.List;

/**
 * What an import of a legacy case file did — or, for a preview, would do — with each row.
 *
 * @param importId the import's record; null for a preview
 */
public record ImportReport(Long importId, int read, int imported, int flagged, int refused, List<Row> rows)
        implements Serializable {

    /** What becomes of a row. */
    public enum Outcome {
        /** Imported; its dates are in order. */
        IMPORTED,
        /** Imported as a legacy case; its date-order breaks are flagged for the data-quality list. */
        FLAGGED,
        /** Not imported: the row cannot be read, or its case number exists already. */
        REFUSED;

        public String labelKey() {
            return "importOutcome." + name();
        }
    }

    /** One row: its line in the file, what it names, and why it was flagged or refused. */
    public record Row(long line, String caseNumber, String clientName, Outcome outcome,
                      List<LegacyCaseRecord.Problem> problems, List<DateViolation> violations) implements Serializable {
        public Row {
            problems = List.copyOf(problems);
            violations = List.copyOf(violations);
        }
    }

    public ImportReport {
        rows = List.copyOf(rows);
    }
}
