package org.legalaid.complaints;

import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * The complaint register's filters (order 149 art. 25): status, ground, respondent type, a text found
 * in the number, the complainant's or the respondent's name, and the receipt date range; null or
 * empty means any.
 */
public record ComplaintFilter(Set<ComplaintStatus> statuses, ComplaintGround ground, RespondentType respondentType,
                              @Size(max = 50) @PlainText String text, LocalDate receivedFrom, LocalDate receivedTo)
        implements Serializable {

    public static ComplaintFilter all() {
        return new ComplaintFilter(null, null, null, null, null, null);
    }
}
