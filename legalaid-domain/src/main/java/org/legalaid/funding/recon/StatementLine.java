package org.legalaid.funding.recon;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One transaction of a statement, as read: the line it stands on in the file (the header is line 1),
 * the day, the reference and summary as the bank printed them, the counterparty, its account (digits
 * only) and the amount paid out (yuan, positive).
 */
public record StatementLine(long lineNo, LocalDate date, String reference, String summary, String counterparty,
                            String accountNo, BigDecimal amount) implements Serializable {

    private static final Pattern PAYMENT_REFERENCE = Pattern.compile("FA\\d{10}");

    /**
     * The payment reference ({@code FA} and ten digits, {@link org.legalaid.funding.Payment#referenceOf})
     * the bank returned in the reference or the summary, if any.
     */
    public Optional<String> paymentReference() {
        for (String text : new String[]{reference, summary}) {
            if (text != null) {
                Matcher m = PAYMENT_REFERENCE.matcher(text.toUpperCase(Locale.ROOT));
                if (m.find()) {
                    return Optional.of(m.group());
                }
            }
        }
        return Optional.empty();
    }
}
