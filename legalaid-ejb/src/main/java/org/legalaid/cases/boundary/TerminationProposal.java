package org.legalaid.cases.boundary;

import org.legalaid.cases.CaseTermination;

import java.io.Serializable;

/** A termination waiting for the director, with what the list shows of its case. */
public record TerminationProposal(CaseTermination termination, String caseNumber, String clientName, String lawyerName,
                                  boolean criminal) implements Serializable {
}
