package org.legalaid.web.funding;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.legalaid.funding.boundary.PaymentService;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.web.OfficialDocumentServlet;

import java.util.Optional;

/**
 * A claim's payment voucher (付款凭证) as PDF: {@code /funding/voucher.pdf?id=<claim>}. Who may download
 * it is decided by the page list (the access filter) and the claim's unit scope in the service; a
 * claim out of scope or not yet in a batch answers 404.
 */
@WebServlet("/funding/voucher.pdf")
public class VoucherServlet extends OfficialDocumentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PaymentService payments;

    @Override
    protected Optional<OfficialDocumentContent> content(long id, String doc) {
        return Optional.of(payments.voucher(id));
    }
}
