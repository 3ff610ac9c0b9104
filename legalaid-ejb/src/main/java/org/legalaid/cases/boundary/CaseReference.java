package org.legalaid.cases.boundary;

import java.io.Serializable;

/**
 * A case as another context refers to it: its number and unit, its lawyer and its supervisor — what
 * the complaints context records for a complaint about the case and checks its investigators against
 * (MoJ order 149 art. 18). It names no client.
 *
 * @param lawyerId   the lawyer now assigned, or null
 * @param supervisor the user name of the case's supervisor (一案专人监督), or null
 */
public record CaseReference(long caseId, String caseNumber, long unitId, Long lawyerId, String lawyerName,
                            String supervisor) implements Serializable {
}
