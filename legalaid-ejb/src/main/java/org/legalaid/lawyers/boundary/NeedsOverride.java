package org.legalaid.lawyers.boundary;

import java.io.Serializable;

/**
 * What the officer changes about a case's needs on the assignment screen (issue 4: the officer
 * knows what the file does not say — the client signs, the district is another). Null fields keep
 * what the case says.
 *
 * @param regionCode     the district where the case is handled
 * @param language       a language the lawyer must speak ({@code ""} for none)
 * @param juvenile       a lawyer who knows minors' cases is needed
 * @param seniorCriminal 3+ years of criminal practice are needed (LAL art. 26)
 */
public record NeedsOverride(String regionCode, String language, Boolean juvenile, Boolean seniorCriminal)
        implements Serializable {

    public static final NeedsOverride NONE = new NeedsOverride(null, null, null, null);
}
