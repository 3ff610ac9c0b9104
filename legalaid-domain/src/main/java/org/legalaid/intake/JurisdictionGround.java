package org.legalaid.intake;

/**
 * Why this centre is the one to accept the application (受理, LAL art. 38): for litigation, the
 * centre where the case-handling organ sits; for non-litigation matters, where the dispute
 * authority sits or where the matter arose.
 */
public enum JurisdictionGround {
    /** 办案机关所在地: litigation — the court, procuratorate or police handling the case is here (LAL art. 38). */
    HANDLING_ORGAN_LOCATION,
    /** 争议处理机关所在地: non-litigation — the arbitration commission or other dispute authority is here (LAL art. 38). */
    DISPUTE_AUTHORITY_LOCATION,
    /** 事由发生地: non-litigation — the matter arose here (LAL art. 38). */
    EVENT_LOCATION;

    /** Whether this ground can found jurisdiction for a matter of {@code type} (LAL art. 38). */
    public boolean fits(MatterType type) {
        boolean litigation = switch (type) {
            case CRIMINAL, CIVIL, ADMINISTRATIVE, STATE_COMPENSATION, APPEAL -> true;
            case LABOUR_ARBITRATION, NON_LITIGATION -> false;
        };
        return litigation == (this == HANDLING_ORGAN_LOCATION);
    }

    public String labelKey() {
        return "jurisdictionGround." + name();
    }
}
