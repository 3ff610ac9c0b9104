package org.legalaid.shared.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Official documents: A4 PDF with the Chinese font embedded")
class OfficialDocumentRendererTest {

    private final OfficialDocumentRenderer renderer = new OfficialDocumentRenderer();

    static OfficialDocumentContent.Builder decision() {
        return OfficialDocumentContent.builder()
                .issuingOrgan("青岛市市北区法律援助中心").redHeader()
                .title("给予法律援助决定书")
                .documentNumber("青北法援决〔2026〕12号")
                .addressee("张三：")
                .paragraph("你于2026年11月3日提出的法律援助申请（劳动争议，案号LA-2026-0042）收悉。经审查，"
                        + "你的申请符合《中华人民共和国法律援助法》第三十一条、第三十四条的规定，本中心决定给予法律援助。")
                .field("受援人", "张三")
                .field("案由", "追索劳动报酬")
                .field("援助形式", "劳动争议仲裁代理")
                .paragraph("本中心将指派律师为你提供法律援助服务。")
                .signature("青岛市市北区法律援助中心", LocalDate.of(2026, 11, 22))
                .footerNote("本决定书一式三份，一份送达受援人，一份送承办机构，一份存档。");
    }

    @Test
    @DisplayName("every part of a decision comes back out of the PDF as the same Chinese text")
    void chineseTextRoundTrips() throws IOException {
        String text = text(renderer.render(decision().build()));
        for (String part : List.of("青岛市市北区法律援助中心", "给予法律援助决定书", "青北法援决〔2026〕12号", "张三：",
                "受援人：", "追索劳动报酬", "援助形式：", "劳动争议仲裁代理", "本中心将指派律师为你提供法律援助服务。",
                "2026年11月22日", "本决定书一式三份")) {
            assertTrue(text.contains(part), "missing " + part + " in\n" + text);
        }
        assertTrue(squeeze(text).contains(squeeze("你于2026年11月3日提出的法律援助申请（劳动争议，案号LA-2026-0042）收悉。")),
                "Chinese, Latin letters and digits in one paragraph");
    }

    @Test
    @DisplayName("the font is embedded as a subset, so any reader shows the same glyphs")
    void theFontIsEmbeddedAsASubset() throws IOException {
        byte[] pdf = renderer.render(decision().build());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+WenQuanYiZenHei"), "a subset: " + font.getName());
                }
            }
        }
        assertTrue(pdf.length < 200_000, "a one-page decision carries only its glyphs: " + pdf.length + " bytes");
    }

    @Test
    @DisplayName("a long paragraph wraps and runs on to further pages without losing a character")
    void aLongParagraphWrapsAcrossPages() throws IOException {
        StringBuilder p = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            p.append("第").append(i).append("项：申请人于2026年").append(i % 12 + 1).append("月向本中心提交了ID-")
                    .append(1000 + i).append("号材料，经审查符合规定；");
        }
        byte[] pdf = renderer.render(OfficialDocumentContent.builder().issuingOrgan("青岛市法律援助中心")
                .title("审查意见").paragraph(p.toString()).build());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
        }
        assertTrue(squeeze(withoutPageNumbers(text(pdf))).contains(squeeze(p.toString())));
    }

    @Test
    @DisplayName("a document of three pages is numbered — 1 — to — 3 —; a one-page document has no number")
    void pagesAreNumberedWhenThereAreSeveral() throws IOException {
        OfficialDocumentContent.Builder b = OfficialDocumentContent.builder().issuingOrgan("青岛市法律援助中心").title("终止法律援助决定书");
        for (int i = 1; i <= 45; i++) {
            b.paragraph("第" + i + "段。");
        }
        byte[] pdf = renderer.render(b.signature("青岛市法律援助中心", LocalDate.of(2026, 1, 5)).build());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(3, doc.getNumberOfPages());
            for (int page = 1; page <= 3; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                assertTrue(text.contains("— " + page + " —"), "page " + page + ":\n" + text);
            }
        }
        assertFalse(text(renderer.render(decision().build())).contains("— 1 —"));
    }

    @Test
    @DisplayName("no line of a paragraph starts with closing punctuation such as 。，、；：")
    void noLineStartsWithClosingPunctuation() throws IOException {
        StringBuilder p = new StringBuilder();
        // 27 characters then a full stop: the stop would fall at the start of the next line.
        for (int i = 0; i < 6; i++) {
            p.append("法律援助机构应当依法审查申请人的经济困难状况并作出决定后告知其理由").append("，");
            p.append("一二三四五六七八九十一二三四五六七八九十一二三四五六七").append("。");
        }
        String text = text(renderer.render(OfficialDocumentContent.builder().issuingOrgan("青岛市法律援助中心").title("说明")
                .paragraph(p.toString()).build()));
        for (String line : text.split("\\R")) {
            assertFalse(!line.isEmpty() && LineBreaker.NO_LINE_START.indexOf(line.charAt(0)) >= 0, "line starts with punctuation: " + line);
        }
        assertTrue(squeeze(text).contains(squeeze(p.toString())));
    }

    @Test
    @DisplayName("a body ending exactly at the foot of page 1: its last lines go to page 2 with the signature, never the signature alone")
    void theSignatureNeverStandsAlone() throws IOException {
        String last = "本中心决定自本决定作出之日起终止对你的法律援助。如对本决定有异议，可以向青岛市市北区司法局提出；"
                + "司法行政部门应当自收到异议之日起五日内进行审查并作出决定，并书面告知异议人。特此决定。";
        // The number of one-line paragraphs before the last one that fills page 1 to its last line.
        int fill = -1;
        for (int n = 1; n < 30; n++) {
            if (pages(renderer.render(filled(n + 1, last).build())) > 1) {
                fill = n;
                break;
            }
        }
        assertTrue(fill > 0, "a filler count that ends the body at the foot of page 1");
        try (PDDocument doc = Loader.loadPDF(renderer.render(filled(fill, last).build()))) {
            assertEquals(1, doc.getNumberOfPages(), "without signature the body fills page 1 exactly");
        }
        try (PDDocument doc = Loader.loadPDF(renderer.render(filled(fill, last)
                .signature("青岛市市北区法律援助中心", LocalDate.of(2026, 11, 22)).build()))) {
            assertEquals(2, doc.getNumberOfPages());
            String one = squeeze(withoutPageNumbers(page(doc, 1)));
            String two = squeeze(withoutPageNumbers(page(doc, 2)));
            assertTrue(two.contains("2026年11月22日") && two.contains("青岛市市北区法律援助中心"), two);
            String before = two.substring(0, two.indexOf("青岛市市北区法律援助中心"));
            assertTrue(before.length() >= 10 && squeeze(last).endsWith(before),
                    "page 2 starts with the last lines of the last paragraph: " + two);
            assertTrue(one.contains("第" + fill + "段") && one.contains("本中心决定自本决定作出之日起"), one);
            assertEquals(squeeze(last), one.substring(one.indexOf("本中心决定自")) + before, "nothing lost, nothing twice");
        }
    }

    private static OfficialDocumentContent.Builder filled(int paragraphs, String last) {
        OfficialDocumentContent.Builder b = OfficialDocumentContent.builder().issuingOrgan("青岛市市北区法律援助中心")
                .title("终止法律援助决定书").documentNumber("青北法援终〔2026〕3号").addressee("张三：");
        for (int i = 1; i <= paragraphs; i++) {
            b.paragraph("第" + i + "段。");
        }
        return b.paragraph(last);
    }

    @Test
    @DisplayName("a law is cited in full at its first mention, defining the short title, and short at every later one")
    void lawsAreCitedInFullFirstThenShort() throws IOException {
        String text = squeeze(text(renderer.render(OfficialDocumentContent.builder().issuingOrgan("青岛市法律援助中心")
                .title("给予法律援助决定书").addressee("张三：")
                .paragraph("根据《法律援助法》第三十一条的规定，经审查符合条件。")
                .field("依据", "《中华人民共和国法律援助法》第四十一条；《办理法律援助案件程序规定》第十条")
                .paragraph("根据《中华人民共和国法律援助法》第四十三条的规定，决定给予法律援助；《中华人民共和国刑事诉讼法》第三十五条。")
                .footerNote("依《中华人民共和国法律援助法》（以下简称《法律援助法》）第四十九条可以提出异议。")
                .build())));
        String full = "《中华人民共和国法律援助法》（以下简称《法律援助法》）";
        assertEquals(text.indexOf("《中华人民共和国法律援助法》"), text.indexOf(full), "the first mention in full, defining: " + text);
        assertTrue(text.indexOf(full) < text.indexOf("第三十一条"), text);
        assertEquals(text.lastIndexOf("中华人民共和国法律援助法"), text.indexOf("中华人民共和国法律援助法"), "once in full: " + text);
        assertEquals(4, text.split("《法律援助法》", -1).length - 1, "the definition and three short mentions: " + text);
        assertTrue(text.contains("《中华人民共和国刑事诉讼法》第三十五条") && !text.contains("以下简称《刑事诉讼法》"),
                "a law cited once is cited in full without a definition: " + text);
        assertTrue(text.contains("《办理法律援助案件程序规定》第十条"), "other titles as written");
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    static String page(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    @Test
    @DisplayName("characters the font lacks print as □ instead of failing the document")
    void missingGlyphsPrintAsBoxes() throws IOException {
        String text = text(renderer.render(OfficialDocumentContent.builder().issuingOrgan("青岛市法律援助中心").title("通知")
                .paragraph("张三\uD83D\uDE00收").build()));
        assertTrue(text.contains("张三□收"), text);
    }

    @Test
    @DisplayName("documents render in parallel from one renderer")
    void rendersConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> running = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                running.add(pool.submit(() -> renderer.render(decision().documentNumber("青北法援决〔2026〕" + n + "号").build())));
            }
            for (int i = 0; i < 8; i++) {
                assertTrue(text(running.get(i).get()).contains("青北法援决〔2026〕" + i + "号"));
            }
        } finally {
            pool.shutdown();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String withoutPageNumbers(String text) {
        return text.replaceAll("— \\d+ —", "");
    }

    /** Without any white space: lines break where the layout chose. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
