package org.legalaid.web.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.quality.boundary.GradeService;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The automatic check of an archived case's file (一案一评) for the case page: the cases context does not know
 * quality, so its page includes {@code /WEB-INF/includes/quality/case-check.xhtml}, which asks this bean — a
 * composition in the web layer, through quality's boundary. Asked once per case and request.
 */
@Named("caseQualityCheck")
@RequestScoped
public class CaseCheckBacking {

    @Inject
    private GradeService grades;

    private final Map<Long, Optional<GradeService.CaseCheck>> checks = new HashMap<>();

    /** The check of the case, or null before it is archived. */
    public GradeService.CaseCheck of(long caseId) {
        return checks.computeIfAbsent(caseId, grades::findCheck).orElse(null);
    }
}
