package org.legalaid.it.cases;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.cases.CaseMilestone;
import org.legalaid.cases.CaseStatus;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.boundary.CaseService;
import org.legalaid.cases.ImportReport;
import org.legalaid.cases.boundary.LegacyImportService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Role;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Legacy case import (issue 5): rows that break the date logic are imported and flagged with the exact violation")
class LegacyImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(Stream.concat(Stream.of(LegacyImportIT.class), Stream.of(CaseFixtures.CLASSES))
                .toArray(Class<?>[]::new));
    }

    @Inject
    private CaseFixtures f;

    @Inject
    private LegacyImportService imports;

    @Inject
    private CaseService cases;

    @Inject
    private Fixtures fixtures;

    private As director;
    private String prefix;

    @BeforeEach
    void setUp() throws Exception {
        f.setUp();
        director = f.approver;
        prefix = "旧" + TestPasswords.uniqueSuffix() + "-";
    }

    private byte[] file() {
        return ("案号,受援人,案件类型,承办律师,状态,申请日期,受理日期,审批日期,指派日期,办结日期,审查日期,归档日期\n"
                + prefix + "1,张秀英,民事,李律师,已归档,2019-03-01,2019-03-02,2019-03-06,2019-03-08,2019-06-20,2019-07-15,2019-07-16\n"
                // seed 004: assignment and closing far before the approval
                + prefix + "2,王建军,刑事,赵律师,已归档,2019-03-01,2019-03-02,2019-09-01,2019-03-08,2019-06-20,2019-07-15,2019-07-16\n"
                + prefix + "3,,民事,李律师,办理中,2019-03-01,,,2019-02-30,,,\n"
                + prefix + "1,重复,民事,李律师,办理中,2019-03-01,,,2019-03-08,,,\n").getBytes(StandardCharsets.UTF_8);
    }

    private long count(String entity) {
        return fixtures.count("select count(x) from " + entity + " x");
    }

    @Test
    @DisplayName("preview saves nothing; import takes the readable rows, flags each date-order break of the seed-004 row, refuses the rest with line and reason")
    void importFlagsAndRefuses() throws Exception {
        long casesBefore = count("LegalCase");
        ImportReport preview = director.call(() -> imports.preview(file()));
        assertEquals(4, preview.read());
        assertEquals(1, preview.imported());
        assertEquals(1, preview.flagged());
        assertEquals(2, preview.refused());
        assertEquals(casesBefore, count("LegalCase"), "a preview saves nothing");

        ImportReport done = director.call(() -> imports.importFile(f.tree().districtA().id(), "旧系统导出.csv", file()));
        assertEquals(casesBefore + 2, count("LegalCase"));
        ImportReport.Row refused = done.rows().get(2);
        assertEquals(4, refused.line());
        assertEquals(ImportReport.Outcome.REFUSED, refused.outcome());
        assertEquals(List.of("cases.import.missing", "cases.import.badDate"),
                refused.problems().stream().map(p -> p.key()).toList());
        assertEquals("cases.import.numberTwice", done.rows().get(3).problems().get(0).key());

        List<LegacyImportService.FlagLine> flags = f.supervisor.call(() -> imports.findFlags(done.importId(), 0, 50));
        assertEquals(List.of(CaseMilestone.ASSIGNED, CaseMilestone.ENDED, CaseMilestone.REVIEWED, CaseMilestone.ARCHIVED),
                flags.stream().map(l -> l.flag().getStep()).sorted().toList());
        assertTrue(flags.stream().allMatch(l -> l.flag().getDependsOn() == CaseMilestone.DECIDED
                && l.caseNumber().equals(prefix + "2") && l.clientName().equals("王建军")), "each against the approval date");
        assertEquals(4, f.supervisor.call(() -> imports.countFlags(done.importId())));

        LegalCase imported = f.supervisor.call(() -> cases.getCase(flags.get(0).flag().getCaseId()));
        assertTrue(imported.isLegacy());
        assertEquals(CaseStatus.ARCHIVED, imported.getStatus());
        assertNull(imported.getSubjectType());
        assertEquals(4, imported.dates().violations(java.time.LocalDate.now()).size(), "the case page shows the same breaks");

        ImportReport again = director.call(() -> imports.preview(file()));
        assertEquals(0, again.imported() + again.flagged(), "imported numbers are not imported twice");
        assertEquals("cases.import.numberTaken", again.rows().get(0).problems().get(0).key());
        BusinessException nothing = assertThrows(BusinessException.class,
                () -> director.call(() -> imports.importFile(f.tree().districtA().id(), "again.csv", file())));
        assertEquals("cases.import.nothing", nothing.messageKey());
    }

    @Test
    @DisplayName("a file that is not a case file is refused with the missing columns; nothing saved; a clerk may not import; another district's unit is not found")
    void badFileRolesAndScope() throws Exception {
        long importsBefore = count("LegacyImport");
        BusinessException e = assertThrows(BusinessException.class, () -> director.call(() -> imports.importFile(
                f.tree().districtA().id(), "x.csv", "姓名,电话\n张三,123\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("cases.import.missingColumns", e.messageKey());
        assertEquals(importsBefore, count("LegacyImport"));

        assertThrows(EJBAccessException.class, () -> f.clerk.call(() -> imports.preview(file())));
        Exception outside = assertThrows(Exception.class,
                () -> director.call(() -> imports.importFile(f.tree().districtB().id(), "x.csv", file())));
        Throwable cause = outside.getCause() != null ? outside.getCause() : outside;
        assertInstanceOf(NotFoundException.class, cause instanceof NotFoundException ? cause : outside);
        assertEquals(importsBefore, count("LegacyImport"));
    }
}
