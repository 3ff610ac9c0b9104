package org.legalaid.lawyers.boundary;

import org.legalaid.intake.AssignableCase;
import org.legalaid.lawyers.CaseNeeds;
import org.legalaid.lawyers.Reason;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The candidates for one case, explained (issue 4 "Assignment"): the eligible lawyers best first
 * with the reasons for their place, the excluded lawyers who serve the case's district with every
 * rule each fails; the rest of the pool, summarised by count per reason, is {@link Elsewhere}, read
 * on demand. A reason's arguments
 * are ready to show: message keys (a status, a specialty, a language) or plain values.
 *
 * @param subject          the case
 * @param needs            what the ranking asked for
 * @param ranked           eligible candidates, rank 1 first
 * @param excluded         excluded lawyers who serve the case's district
 */
public record Ranking(AssignableCase subject, CaseNeeds needs, List<Row> ranked, List<Row> excluded) implements Serializable {

    public Ranking {
        ranked = List.copyOf(ranked);
        excluded = List.copyOf(excluded);
    }

    /**
     * The lawyers who do not serve the case's district, counted per rule they fail.
     *
     * @param reasons how many fail each rule (a lawyer who fails several is counted under each)
     * @param lawyers how many lawyers there are
     */
    public record Elsewhere(List<ReasonCount> reasons, int lawyers) implements Serializable {
        public Elsewhere {
            reasons = List.copyOf(reasons);
        }
    }

    /** One lawyer in the table; rank 0 when excluded. */
    public record Row(int rank, long lawyerId, String lawyerName, long firmId, String firmName, BigDecimal fulfilment,
                      int openCases, int maxOpenCases, int criminalPracticeYears, List<Reason> reasons) implements Serializable {
    }

    /** How many of the other lawyers fail a rule. */
    public record ReasonCount(String key, long lawyers) implements Serializable {
    }

    /** The top candidate, if any. */
    public java.util.Optional<Row> top() {
        return ranked.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ranked.get(0));
    }
}
