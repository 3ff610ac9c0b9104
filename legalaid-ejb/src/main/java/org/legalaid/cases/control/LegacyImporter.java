package org.legalaid.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.legalaid.cases.DataQualityFlag;
import org.legalaid.cases.DateViolation;
import org.legalaid.cases.ImportReport;
import org.legalaid.cases.LegacyCaseRecord;
import org.legalaid.cases.LegacyImport;
import org.legalaid.cases.LegalCase;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Reads a legacy case file into a plan — what becomes of each row — and saves a plan's readable
 * rows as legacy cases with a data-quality flag per date-order break (issue 5). The import screen's
 * service and the demo data both import through here. Runs in the caller's transaction.
 */
@ApplicationScoped
public class LegacyImporter {

    @Inject
    private LegacyImportRepository repository;

    /** The report of a file and the records of its rows, in the same order. */
    public record Plan(ImportReport report, List<LegacyCaseRecord> records) {
    }

    /** What importing {@code content} on {@code today} would do with each row; saves nothing. */
    public Plan plan(byte[] content, LocalDate today) {
        List<LegacyCsvReader.Row> rows = LegacyCsvReader.read(content);
        List<LegacyCaseRecord> records = rows.stream().map(r -> LegacyCaseRecord.read(r.values())).toList();
        Set<String> numbers = new HashSet<>();
        records.stream().filter(LegacyCaseRecord::isReadable).forEach(r -> numbers.add(r.caseNumber()));
        Set<String> taken = repository.findTakenNumbers(numbers);
        Set<String> seen = new HashSet<>();
        List<ImportReport.Row> out = new ArrayList<>(rows.size());
        int imported = 0;
        int flagged = 0;
        int refused = 0;
        for (int i = 0; i < rows.size(); i++) {
            LegacyCaseRecord r = records.get(i);
            long line = rows.get(i).line();
            List<LegacyCaseRecord.Problem> problems = new ArrayList<>(r.problems());
            if (r.isReadable() && taken.contains(r.caseNumber())) {
                problems.add(new LegacyCaseRecord.Problem("cases.import.numberTaken", List.of(r.caseNumber())));
            } else if (r.isReadable() && !seen.add(r.caseNumber())) {
                problems.add(new LegacyCaseRecord.Problem("cases.import.numberTwice", List.of(r.caseNumber())));
            }
            if (!problems.isEmpty()) {
                refused++;
                out.add(new ImportReport.Row(line, r.caseNumber(), r.clientName(), ImportReport.Outcome.REFUSED, problems, List.of()));
                continue;
            }
            List<DateViolation> violations = r.violations(today);
            if (violations.isEmpty()) {
                imported++;
            } else {
                flagged++;
            }
            out.add(new ImportReport.Row(line, r.caseNumber(), r.clientName(),
                    violations.isEmpty() ? ImportReport.Outcome.IMPORTED : ImportReport.Outcome.FLAGGED, List.of(), violations));
        }
        return new Plan(new ImportReport(null, rows.size(), imported, flagged, refused, out), records);
    }

    /**
     * Saves the readable rows of {@code plan} into {@code unitId} with their flags, and the import's record.
     *
     * @return the report with the import's id
     */
    public ImportReport save(Plan plan, long unitId, String fileName, byte[] content, String by, OffsetDateTime now) {
        ImportReport report = plan.report();
        LegacyImport record = repository.add(new LegacyImport(unitId, fileName, sha256(content), by, now, report.read(),
                report.imported() + report.flagged(), report.flagged(), report.refused()));
        // a flag refers to its case by id only, so EclipseLink does not order the inserts: the cases
        // of each slice are written first, then their flags
        List<DataQualityFlag> flags = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < report.rows().size(); i++) {
            ImportReport.Row row = report.rows().get(i);
            if (row.outcome() == ImportReport.Outcome.REFUSED) {
                continue;
            }
            LegalCase c = plan.records().get(i).toCase(unitId, now);
            repository.addCase(c);
            for (DateViolation v : row.violations()) {
                flags.add(new DataQualityFlag(c.getId(), unitId, record.getId(), v, now));
            }
            if (++n % 500 == 0) {
                writeFlags(flags);
            }
        }
        writeFlags(flags);
        return new ImportReport(record.getId(), report.read(), report.imported(), report.flagged(), report.refused(),
                report.rows());
    }

    private void writeFlags(List<DataQualityFlag> flags) {
        repository.flush();
        flags.forEach(repository::addFlag);
        flags.clear();
        repository.flushAndClear();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
