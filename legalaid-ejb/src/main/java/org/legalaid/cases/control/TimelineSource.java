package org.legalaid.cases.control;

import org.legalaid.cases.LegalCase;
import org.legalaid.cases.TimelineEntry;

import java.util.List;

/**
 * A part of the cases context that contributes lines to a case's timeline (the case's own dates,
 * handling entries, termination, closing review …). {@link org.legalaid.cases.boundary.CaseService#findTimeline}
 * gathers every source's lines and orders them; a new kind of step adds a source instead of
 * editing the service.
 */
public interface TimelineSource {

    /** The lines this source knows of for {@code c}, in any order. */
    List<TimelineEntry> entriesFor(LegalCase c);
}
