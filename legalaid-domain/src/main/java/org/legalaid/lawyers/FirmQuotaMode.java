package org.legalaid.lawyers;

/** How a {@link QuotaRule} sets a firm's quota. */
public enum FirmQuotaMode {
    /** The firm owes the sum of its lawyers' quotas (after their reductions). */
    SUM_OF_LAWYERS,
    /** The firm owes the cases of its size band ({@link FirmBand}). */
    BY_SIZE;

    public String labelKey() {
        return "firmQuotaMode." + name();
    }
}
