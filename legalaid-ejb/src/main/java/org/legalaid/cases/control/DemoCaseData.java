package org.legalaid.cases.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.ChinaTime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Demo mode only (system property {@code legalaid.demo=true}, set by the run command's
 * {@code demo-mode.cli}): 30 historical cases of the three demo district centres, imported through
 * the legacy import from {@code demo-cases.csv} — some handled, some archived, two dated the way
 * seed 004 found real files (handling and closing before the approval), so that the case list,
 * the case page and the data-quality list show something at once. The file is also a sample of the
 * import's format.
 */
@Singleton
@Startup
@DependsOn("InitialData")
@PermitAll // runs at deployment, no caller
public class DemoCaseData {

    private static final Logger LOG = Logger.getLogger(DemoCaseData.class.getName());

    @Inject
    private LegacyImporter importer;

    @Inject
    private LegacyImportRepository repository;

    @Inject
    private Clock clock;

    @Inject
    private OrganisationService organisation;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("legalaid.demo") || repository.anyImport()) {
            return;
        }
        byte[] all = read();
        String[] lines = new String(all, StandardCharsets.UTF_8).split("\n");
        // one import per district: the case number starts with the district's code
        Map<String, StringBuilder> byUnit = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                byUnit.computeIfAbsent(lines[i].substring(0, lines[i].indexOf('-')), k -> new StringBuilder(lines[0]).append('\n'))
                        .append(lines[i]).append('\n');
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime();
        byUnit.forEach((code, csv) -> organisation.findActiveUnitIdByCode(code).ifPresent(unitId -> {
            byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
            var done = importer.save(importer.plan(content, now.toLocalDate()), unitId, "demo-cases.csv", content, "system", now);
            LOG.info(() -> "demo cases for " + code + ": " + (done.imported() + done.flagged()) + " imported, "
                    + done.flagged() + " flagged");
        }));
    }

    private static byte[] read() {
        try (InputStream in = DemoCaseData.class.getResourceAsStream("demo-cases.csv")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
