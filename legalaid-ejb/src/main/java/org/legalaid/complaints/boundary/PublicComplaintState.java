package org.legalaid.complaints.boundary;

import org.legalaid.complaints.ComplaintOutcome;
import org.legalaid.complaints.NonAcceptanceGround;
import org.legalaid.complaints.PublicState;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the complainant learns with the receipt number and the last four digits of their phone (MoJ
 * order 149): the procedure's public state and what was told them in writing anyway — the notice of
 * missing information (art. 12), the ground and reasons of a non-acceptance (art. 15), the outcome of
 * the decision (art. 22, 24). Nothing of the investigation, its people or other complaints.
 *
 * @param receipt            the receipt number
 * @param state              where the complaint stands
 * @param receivedAt         when it came in (China Standard Time)
 * @param acceptedAt         when it was accepted, or null
 * @param materialsRequest   what is missing, while it is awaited, else null
 * @param materialsDueOn     by when, while it is awaited, else null
 * @param nonAcceptance      the ground of a non-acceptance, else null
 * @param reasons            the written reasons of a non-acceptance, else null
 * @param outcome            the decision's outcome, once decided, else null
 * @param decidedAt          when it was decided, or null
 * @param unitName           the centre that handles it
 */
public record PublicComplaintState(String receipt, PublicState state, LocalDateTime receivedAt, LocalDateTime acceptedAt,
                                   String materialsRequest, LocalDate materialsDueOn, NonAcceptanceGround nonAcceptance,
                                   String reasons, ComplaintOutcome outcome, LocalDateTime decidedAt, String unitName)
        implements Serializable {
}
