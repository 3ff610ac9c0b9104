package org.legalaid.complaints;

/**
 * A complaint that a lawyer took money or property from the client (有偿办案, LAL art. 20; order 149
 * art. 7) was upheld: fired inside the deciding transaction for the funding context, whose
 * client-payment rule flags the subsidy of the case.
 *
 * @param caseId          the legal aid case concerned
 * @param lawyerId        the lawyer complained about, or null when the complaint named a firm or a centre
 * @param complaintNumber the complaint's number, for the flag's evidence
 */
public record ClientPaymentUpheld(long caseId, Long lawyerId, String complaintNumber) {
}
