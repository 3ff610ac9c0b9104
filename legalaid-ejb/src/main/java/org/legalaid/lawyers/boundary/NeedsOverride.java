package org.legalaid.lawyers.boundary;

import java.io.Serializable;

/**
 * What the officer adds to a case's needs on the assignment screen (issue 4: the officer knows
 * what the file does not say — the client signs, the lawyer should know minors' cases). The case's
 * statutory needs (issue 21, {@link org.legalaid.intake.StatutoryNeeds}) are applied whatever
 * these say: a false or null flag adds nothing and removes nothing, and a district or language the
 * case's data names replaces the officer's ({@link org.legalaid.lawyers.RequiredNeeds}).
 *
 * @param regionCode     the district, where the case's data names none
 * @param language       a language the lawyer must speak, where the case's data names none
 *                       ({@code ""} or null for none)
 * @param juvenile       a lawyer who knows minors' cases is also wanted
 * @param seniorCriminal 3+ years of criminal practice are also wanted (LAL art. 26)
 */
public record NeedsOverride(String regionCode, String language, Boolean juvenile, Boolean seniorCriminal)
        implements Serializable {

    public static final NeedsOverride NONE = new NeedsOverride(null, null, null, null);
}
