package org.legalaid.web.funding;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legalaid.funding.boundary.PaymentService;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.shared.pdf.OfficialDocumentRenderer;
import org.legalaid.web.PdfResponses;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * A claim's payment voucher (付款凭证) as PDF: {@code /funding/voucher.pdf?id=<claim>}. Who may download
 * it is decided by the page list (the access filter) and the claim's unit scope in the service; a
 * claim out of scope or not yet in a batch answers 404.
 */
@WebServlet("/funding/voucher.pdf")
public class VoucherServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PaymentService payments;

    @Inject
    private OfficialDocumentRenderer renderer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = PdfResponses.id(request);
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OfficialDocumentContent content;
        try {
            content = payments.voucher(id.getAsLong());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfResponses.write(response, renderer.render(content), content.title(), id.getAsLong());
    }
}
