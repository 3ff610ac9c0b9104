package org.legalaid.web.quality;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legalaid.quality.boundary.CampaignService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.shared.pdf.OfficialDocumentRenderer;
import org.legalaid.web.PdfResponses;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * The notice of a published campaign's results (通报, in the style of seed 004) as PDF:
 * {@code /quality/notice.pdf?id=<campaign>}. The page list decides who may download it; a campaign out of
 * scope or not yet published answers 404.
 */
@WebServlet("/quality/notice.pdf")
public class NoticeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaigns;

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
            content = campaigns.notice(id.getAsLong());
        } catch (BusinessException e) { // NotFoundException too: out of scope, or not published
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfResponses.write(response, renderer.render(content), content.title(), id.getAsLong());
    }
}
