package org.legalaid.funding;

import java.util.List;

/**
 * What a rule found: the rule, the record it is about, a plain-language explanation (a message key
 * with its figures, so it reads in Chinese or English), the evidence (ids, amounts, dates) and the key
 * that makes the same finding one flag however often the rules run.
 *
 * @param subject   the record, e.g. {@code SubsidyClaim:12}
 * @param claimId   the claim concerned, when there is one
 */
public record Finding(RuleCode rule, String subject, long unitId, Long claimId, String explanationKey,
                      List<String> figures, String evidence) {

    public Finding {
        figures = List.copyOf(figures);
    }

    /** One flag per rule and subject. */
    public String dedupeKey() {
        return rule.name() + "|" + subject;
    }
}
