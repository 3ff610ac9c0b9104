package org.legalaid.web.api.quality;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.legalaid.quality.boundary.CampaignService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only published results of case quality evaluation (issue 16, "for the public disclosure that
 * follows", 援务公开): per published campaign and unit the numbers by grade, 优良率 and 合格率, and the
 * catalogue of problems. Only published, final results; no case, lawyer or evaluator is named.
 */
@Path("/quality")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "quality", description = "质量监督 / quality supervision")
public class QualityResource {

    @Inject
    private CampaignService campaigns;

    /** One unit's published figures; rates in percent with one decimal, null when nothing was evaluated. */
    public record UnitFigures(long unitId, String unitName, int excellent, int good, int pass, int fail,
                              BigDecimal excellentOrGoodRate, BigDecimal passRate) {
    }

    /** A published campaign's results. */
    public record PublishedResult(long campaignId, String name, String kind, LocalDate windowFrom, LocalDate windowTo,
                                  LocalDate publishedOn, List<UnitFigures> units, Map<String, Integer> problems) {
    }

    @GET
    @Path("/results")
    @Operation(summary = "Published results of the quality campaigns of the caller's units, newest first")
    public List<PublishedResult> results() {
        return campaigns.findPublishedResults().stream().map(r -> {
            Map<String, Integer> problems = new LinkedHashMap<>();
            r.problems().forEach((k, v) -> problems.put(k.name(), v));
            return new PublishedResult(r.campaign().getId(), r.campaign().getName(), r.campaign().getKind().name(),
                    r.campaign().getWindowFrom(), r.campaign().getWindowTo(), r.campaign().getPublishedOn(),
                    r.units().stream().map(u -> new UnitFigures(u.unitId(), u.unitName(), u.rates().excellent(),
                            u.rates().good(), u.rates().pass(), u.rates().fail(), u.rates().excellentOrGoodRate(),
                            u.rates().passRate())).toList(), problems);
        }).toList();
    }
}
