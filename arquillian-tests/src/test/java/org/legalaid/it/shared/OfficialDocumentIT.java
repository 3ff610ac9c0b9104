package org.legalaid.it.shared;

import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.Deployments;
import org.legalaid.shared.pdf.OfficialDocumentContent;
import org.legalaid.shared.pdf.OfficialDocumentRenderer;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Official documents render inside the deployed EAR with the Chinese font embedded")
class OfficialDocumentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(OfficialDocumentIT.class);
    }

    @Inject
    private OfficialDocumentRenderer renderer;

    @Test
    void aDecisionRendersOnTheServerAndItsChineseTextComesBack() throws Exception {
        byte[] pdf = renderer.render(OfficialDocumentContent.builder()
                .issuingOrgan("青岛市市北区法律援助中心").redHeader()
                .title("给予法律援助决定书")
                .documentNumber("青北法援决〔2026〕12号")
                .addressee("张三：")
                .paragraph("你于2026年11月3日提出的法律援助申请收悉。经审查，符合《中华人民共和国法律援助法》第三十一条的规定，决定给予法律援助。")
                .field("受援人", "张三")
                .signature("青岛市市北区法律援助中心", LocalDate.of(2026, 11, 22))
                .build());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String part : new String[]{"青岛市市北区法律援助中心", "给予法律援助决定书", "青北法援决〔2026〕12号", "张三：",
                    "受援人：", "2026年11月22日"}) {
                assertTrue(text.contains(part), "missing " + part + " in\n" + text);
            }
            assertTrue(text.replaceAll("\\s+", "").contains("符合《中华人民共和国法律援助法》第三十一条的规定"), text);
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded() && font.getName().endsWith("+WenQuanYiZenHei"), font.getName());
                }
            }
        }
    }
}
