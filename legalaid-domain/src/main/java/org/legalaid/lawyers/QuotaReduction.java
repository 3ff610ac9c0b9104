package org.legalaid.lawyers;

import org.legalaid.shared.BusinessException;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A reduction of one lawyer's (or firm's) quota for a year, with its reason (issue 4).
 * Several reductions may apply; together they cannot exceed the quota
 * ({@link QuotaProgress#of}).
 *
 * @param reason why
 * @param cases  cases taken off, not negative
 * @param note   explanation; required for {@link ReductionReason#OTHER}, may be empty otherwise
 */
public record QuotaReduction(ReductionReason reason, BigDecimal cases, String note) {

    public QuotaReduction {
        Objects.requireNonNull(reason, "reason");
        Quotas.requireNotNegative(cases, "reduction");
        note = note == null ? "" : note.strip();
        if (reason == ReductionReason.OTHER && note.isEmpty()) {
            throw new BusinessException("lawyers.quota.reductionNoteRequired");
        }
        cases = Quotas.cases(cases);
    }
}
