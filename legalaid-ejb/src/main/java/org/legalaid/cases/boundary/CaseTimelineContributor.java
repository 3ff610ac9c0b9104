package org.legalaid.cases.boundary;

import org.legalaid.cases.TimelineEntry;

import java.util.List;

/**
 * Another context's part of a case's timeline (e.g. funding's claim, approval and payment of the
 * subsidy): a CDI bean of that context implements it, and {@link CaseService#findTimeline} gathers its
 * lines with the cases context's own. The contributor is given the case's id only — it keeps its own
 * records and reads no table of the cases context.
 */
public interface CaseTimelineContributor {

    /** The lines this context knows of for the case, in any order. */
    List<TimelineEntry> entriesFor(long caseId);
}
