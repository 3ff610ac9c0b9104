package org.legalaid.lawyers;

import java.time.LocalDate;

/**
 * The entrustment agreement 委托协议 of an assignment was signed (2023 procedure rules art. 27),
 * fired inside the recording transaction so that the case shows the date too.
 */
public record AgreementSigned(long assignmentId, LocalDate signedOn) {
}
