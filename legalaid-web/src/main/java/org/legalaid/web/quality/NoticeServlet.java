package org.legalaid.web.quality;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.legalaid.quality.boundary.CampaignService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.web.OfficialDocumentServlet;

import java.util.Optional;

/**
 * The notice of a published campaign's results (通报, in the style of seed 004) as PDF:
 * {@code /quality/notice.pdf?id=<campaign>}. The page list decides who may download it; a campaign out of
 * scope or not yet published answers 404.
 */
@WebServlet("/quality/notice.pdf")
public class NoticeServlet extends OfficialDocumentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaigns;

    @Override
    protected Optional<OfficialDocumentContent> content(long id, String doc) {
        try {
            return Optional.of(campaigns.notice(id));
        } catch (BusinessException e) { // not yet published: as missing (NotFoundException is one too)
            return Optional.empty();
        }
    }
}
