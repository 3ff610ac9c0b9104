package org.legalaid.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.legalaid.cases.DataQualityFlag;
import org.legalaid.cases.ImportReport;
import org.legalaid.cases.LegacyImport;
import org.legalaid.cases.control.LegacyCsvReader;
import org.legalaid.cases.control.LegacyImporter;
import org.legalaid.cases.control.LegacyImportRepository;
import org.legalaid.organisation.boundary.CallerProfile;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.control.CurrentTime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Import of cases from an earlier system (历史案件导入, issue 5): a CSV file is previewed, then
 * imported into one unit of the caller's scope. Rows that cannot be read (a required field empty, a
 * date that is no date, an unknown type or status, a case number that exists already) are refused
 * and listed with their line; rows that read are imported as legacy cases, and every break of the
 * date order (application ≤ … ≤ archive, {@link org.legalaid.cases.CaseDates}) becomes a flag in the
 * data-quality list with the exact violation (seed 004: files whose assignment, handling and
 * closing dates lay far before the approval).
 *
 * <p>The import reads the file again rather than trusting the preview, and is one transaction: the
 * import record, its cases and its flags are saved together or not at all. It is audited once, with
 * the counts and the file's SHA-256 (the import record keeps the rest).
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.APPROVER})
public class LegacyImportService {

    public static final String LEGACY_IMPORT = "LegacyImport";

    @Inject
    private LegacyImportRepository repository;

    @Inject
    private LegacyImporter importer;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Actors actors;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    /** What importing {@code content} would do; nothing is saved. */
    public ImportReport preview(@NotNull byte[] content) {
        return importer.plan(content, time.today()).report();
    }

    /**
     * Imports the readable rows of {@code content} into {@code unitId}.
     *
     * @throws BusinessException those of {@link LegacyCsvReader#read}; {@code cases.import.nothing} when no row
     *                           can be imported
     */
    public ImportReport importFile(long unitId, @NotBlank String fileName, @NotNull byte[] content) {
        organisation.getUnit(unitId); // in the caller's scope, or not found
        OffsetDateTime now = time.now();
        LegacyImporter.Plan plan = importer.plan(content, time.today());
        ImportReport r = plan.report();
        if (r.imported() + r.flagged() == 0) {
            throw new BusinessException("cases.import.nothing");
        }
        ImportReport done = importer.save(plan, unitId, fileName, content, actors.username(), now);
        audit.fire(AuditEvent.of(AuditAction.CREATE, LEGACY_IMPORT, done.importId(), "file " + fileName + " sha256 "
                + LegacyImporter.sha256(content) + ": read " + r.read() + ", imported " + (r.imported() + r.flagged())
                + " (flagged " + r.flagged() + "), refused " + r.refused()));
        return done;
    }

    // The data-quality list ------------------------------------------------------------------------

    /** A flag with the case it is about, for the data-quality list. */
    public record FlagLine(DataQualityFlag flag, String caseNumber, String clientName) implements java.io.Serializable {
    }

    /** The data-quality flags of the caller's units (or of one import), newest first. */
    @RolesAllowed({Roles.APPROVER, Roles.CASE_SUPERVISOR, Roles.BUREAU_SUPERVISOR})
    public List<FlagLine> findFlags(Long importId, @Min(0) int first, @Min(1) @Max(500) int max) {
        List<DataQualityFlag> flags = repository.findFlags(organisation.findUnitIdsInScope(), importId, first, max);
        Map<Long, Object[]> labels = new HashMap<>();
        for (Object[] row : repository.findCaseLabels(flags.stream().map(DataQualityFlag::getCaseId).distinct().toList())) {
            labels.put((Long) row[0], row);
        }
        return flags.stream().map(f -> {
            Object[] l = labels.get(f.getCaseId());
            return new FlagLine(f, l == null ? "" : (String) l[1], l == null ? "" : (String) l[2]);
        }).toList();
    }

    @RolesAllowed({Roles.APPROVER, Roles.CASE_SUPERVISOR, Roles.BUREAU_SUPERVISOR})
    public long countFlags(Long importId) {
        return repository.countFlags(organisation.findUnitIdsInScope(), importId);
    }

    /** The latest imports into the caller's units. */
    public List<LegacyImport> findImports() {
        return repository.findImports(organisation.findUnitIdsInScope(), 50);
    }
}
