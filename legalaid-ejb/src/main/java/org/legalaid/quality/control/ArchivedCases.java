package org.legalaid.quality.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.legalaid.cases.CaseArchived;
import org.legalaid.cases.boundary.CaseFileService;
import org.legalaid.quality.ArchivedCase;
import org.legalaid.quality.CheckFinding;
import org.legalaid.quality.FileCheck;
import org.legalaid.quality.FileFacts;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.control.CurrentTime;

import java.util.List;

/**
 * Checks every archived case automatically (一案一评, issue 16), inside the archiving transaction: the file's
 * facts come from the cases boundary, {@link FileCheck} finds what is missing, defective, late or out of
 * order, and the result is stored per case in quality's own read model — the candidates of every later
 * draw, where cases with findings form their own stratum.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ArchivedCases {

    static final String ENTITY = "QualityCaseCheck";

    @Inject
    private QualityRepository repository;

    @Inject
    private CaseFileService files;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    void archived(@Observes CaseArchived e) {
        if (repository.isArchivedCase(e.caseId())) {
            return;
        }
        record(files.findFileFacts(e.caseId()).orElseThrow());
    }

    /**
     * Checks an archived case's file and records it (also for cases archived before quality observed
     * archiving, e.g. the demonstration's legacy cases); a case recorded already is left as it is.
     */
    public void record(CaseFileService.CaseFileFacts f) {
        if (repository.isArchivedCase(f.caseId()) || f.archivedOn() == null) {
            return;
        }
        List<CheckFinding> findings = FileCheck.check(facts(f));
        repository.addArchivedCase(new ArchivedCase(f.caseId(), f.caseNumber(), f.unitId(), f.matterType(), f.lawyerId(),
                f.lawyerName(), f.firmName(), f.involvedUsers(), f.archivedOn(), findings, time.now()));
        audit.fire(AuditEvent.of(AuditAction.CREATE, ENTITY, f.caseId(), "automatic check of case " + f.caseNumber() + ": "
                + (findings.isEmpty() ? "no findings" : findings.toString())));
    }

    static FileFacts facts(CaseFileService.CaseFileFacts f) {
        return new FileFacts(f.hasSubmission(), f.items().stream().map(i -> new FileFacts.Item(i.code(), i.documentName(),
                i.required(), i.present(), i.verdict())).toList(), f.dateViolations(), f.lateSteps(), f.meetings(),
                f.struckOut(), f.followUps());
    }
}
