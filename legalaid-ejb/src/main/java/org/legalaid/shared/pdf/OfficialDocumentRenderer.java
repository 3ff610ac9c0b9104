package org.legalaid.shared.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.legalaid.shared.pdf.OfficialDocumentContent.Block;
import org.legalaid.shared.pdf.OfficialDocumentContent.Field;
import org.legalaid.shared.pdf.OfficialDocumentContent.Fields;
import org.legalaid.shared.pdf.OfficialDocumentContent.Heading;
import org.legalaid.shared.pdf.OfficialDocumentContent.Paragraph;
import org.legalaid.shared.pdf.OfficialDocumentContent.Signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Lays out an {@link OfficialDocumentContent} on A4 pages and returns the PDF. The page follows
 * GB/T 9704-2012: margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right, so the text block is
 * 156 × 225 mm; the body runs 28 characters a line and 22 lines a page; page numbers
 * ({@code — 2 —}) 7 mm below the text block when there is more than one page. The issuing organ
 * is centred and large (red, with a red rule, when asked for); the title centred in bold (the
 * font has no bold face, so the glyphs are drawn with an outline); the document number
 * right-aligned; paragraphs indented two characters and justified; labelled fields aligned after
 * the longest label; the signature — organ over the date — ends four characters from the right
 * margin and is never split from its date across pages, nor left alone on a page: where it does
 * not fit under the last line of the body, the last lines of the body (two, or the whole last
 * paragraph if it would leave one line behind) go to the next page with it — GB/T 9704-2012
 * 7.3.5.1 (the 落款 is not separated from the text: "不得出现空白页…应当采取调整行距、字距的措施加以解决").
 * Laws are cited in full first, short afterwards ({@link LawTitles}).
 *
 * <p>Thread-safe and stateless: the font file is read once per class loader and every call
 * embeds the subset of glyphs its document uses (a one-page decision is about 30 KB).
 */
@ApplicationScoped
public class OfficialDocumentRenderer {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = PAGE.getWidth() - 26 * MM;
    private static final float TOP = PAGE.getHeight() - 37 * MM;
    private static final float BOTTOM = 35 * MM;
    private static final float WIDTH = RIGHT - LEFT;
    /** 28 characters a line (GB/T 9704: 3号 type, about 16 pt). */
    static final float BODY_SIZE = WIDTH / 28;
    /** 22 lines a page. */
    private static final float LINE = (TOP - BOTTOM) / 22;
    private static final float ORGAN_SIZE = 26;
    private static final float TITLE_SIZE = 22;
    private static final float NOTE_SIZE = 14;
    private static final float PAGE_NUMBER_SIZE = 14;
    private static final float[] RED = {0.9f, 0f, 0f};
    private static final float[] BLACK = {0f, 0f, 0f};
    /** Justify a line only when each gap grows by less than this share of a character. */
    private static final float MAX_JUSTIFY_GAP = 0.15f;
    private static final String MISSING_GLYPH = "□";

    /** The PDF of the document. */
    public byte[] render(OfficialDocumentContent written) {
        OfficialDocumentContent content = LawTitles.cite(written);
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, new RandomAccessReadBuffer(DocumentFont.bytes()), true, false);
            Layout layout = new Layout(font);
            layout.lay(content);
            for (List<Op> page : layout.pages) {
                PDPage p = new PDPage(PAGE);
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    for (Op op : page) {
                        op.draw(cs, font);
                    }
                    if (layout.pages.size() > 1) {
                        int n = doc.getNumberOfPages();
                        String number = "— " + n + " —";
                        float w = layout.width(number, PAGE_NUMBER_SIZE);
                        new Text((PAGE.getWidth() - w) / 2, BOTTOM - 7 * MM - PAGE_NUMBER_SIZE, number, PAGE_NUMBER_SIZE,
                                false, BLACK, 0).draw(cs, font);
                    }
                }
            }
            describe(doc, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + content.title(), e);
        }
    }

    private static void describe(PDDocument doc, OfficialDocumentContent content) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(content.documentNumber() == null ? content.title() : content.title() + " " + content.documentNumber());
        info.setAuthor(content.issuingOrgan());
        info.setCreator("legalaid");
        info.setCreationDate(Calendar.getInstance(TimeZone.getTimeZone("Asia/Shanghai")));
        doc.getDocumentCatalog().setLanguage("zh-CN");
    }

    /** Something drawn on a page. */
    private sealed interface Op permits Text, Rule {
        void draw(PDPageContentStream cs, PDFont font) throws IOException;
    }

    private record Text(float x, float y, String text, float size, boolean bold, float[] color, float charSpacing)
            implements Op {
        @Override
        public void draw(PDPageContentStream cs, PDFont font) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(color[0], color[1], color[2]);
            if (bold) {
                cs.setStrokingColor(color[0], color[1], color[2]);
                cs.setLineWidth(size * 0.035f);
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            cs.setCharacterSpacing(charSpacing);
            cs.newLineAtOffset(x, y);
            cs.showText(text);
            cs.endText();
        }
    }

    private record Rule(float x1, float x2, float y, float thickness, float[] color) implements Op {
        @Override
        public void draw(PDPageContentStream cs, PDFont font) throws IOException {
            cs.setStrokingColor(color[0], color[1], color[2]);
            cs.setLineWidth(thickness);
            cs.moveTo(x1, y);
            cs.lineTo(x2, y);
            cs.stroke();
        }
    }

    /** Places the content line by line, opening pages as they fill. */
    private static final class Layout {
        private final PDFont font;
        private final Map<String, Float> widths = new HashMap<>();
        private final Map<Integer, Boolean> glyphs = new HashMap<>();
        private final LineBreaker breaker;
        private final List<List<Op>> pages = new ArrayList<>();
        private List<Op> page;
        /** Top of the next line. */
        private float y;
        /** The lines of the last body block, in order, where they were placed. */
        private final List<Placed> lastBlock = new ArrayList<>();
        private boolean inBody;

        /** A line of the body: its page, the index of its first op on that page, and its top. */
        private record Placed(int page, int firstOp, float top) {
        }

        Layout(PDFont font) {
            this.font = font;
            this.breaker = new LineBreaker(s -> width(s, BODY_SIZE));
            newPage();
        }

        void lay(OfficialDocumentContent c) {
            float organSize = Math.min(ORGAN_SIZE, WIDTH / Math.max(1, clean(c.issuingOrgan()).length()));
            float[] organColor = c.redHeader() ? RED : BLACK;
            centred(clean(c.issuingOrgan()), organSize, organSize * 1.8f, false, organColor);
            if (c.redHeader()) {
                y -= 4 * MM;
                page.add(new Rule(LEFT, RIGHT, y, 1.2f, RED));
                y -= 4 * MM;
            } else {
                y -= LINE / 2;
            }
            for (String line : breaker.wrap(clean(c.title()), WIDTH * BODY_SIZE / TITLE_SIZE, WIDTH * BODY_SIZE / TITLE_SIZE)) {
                centred(line, TITLE_SIZE, TITLE_SIZE * 1.6f, true, BLACK);
            }
            if (c.documentNumber() != null && !c.documentNumber().isBlank()) {
                String number = clean(c.documentNumber());
                line(RIGHT - width(number, BODY_SIZE), number, BODY_SIZE, false, 0);
            }
            skip(LINE / 2);
            if (c.addressee() != null && !c.addressee().isBlank()) {
                paragraph(clean(c.addressee()), 0, BODY_SIZE, false, false);
            }
            inBody = true;
            for (Block b : c.body()) {
                lastBlock.clear();
                if (b instanceof Paragraph p) {
                    paragraphs(p.text());
                } else if (b instanceof Heading h) {
                    paragraph(clean(h.text()), 2 * BODY_SIZE, BODY_SIZE, true, false);
                } else if (b instanceof Fields f) {
                    fields(f.rows());
                }
            }
            inBody = false;
            if (c.signature() != null) {
                signature(c.signature());
            }
            if (c.footerNote() != null && !c.footerNote().isBlank()) {
                skip(LINE / 2);
                for (String note : clean(c.footerNote()).split("\n")) {
                    paragraph(note, 2 * NOTE_SIZE, NOTE_SIZE, false, false);
                }
            }
        }

        private void paragraphs(String text) {
            for (String p : clean(text).split("\n")) {
                paragraph(p, 2 * BODY_SIZE, BODY_SIZE, false, true);
            }
        }

        /** A paragraph whose first line is indented by {@code indent}; justified if asked. */
        private void paragraph(String text, float indent, float size, boolean bold, boolean justify) {
            float scale = BODY_SIZE / size;
            List<String> lines = breaker.wrap(text, (WIDTH - indent) * scale, WIDTH * scale);
            for (int i = 0; i < lines.size(); i++) {
                float x = LEFT + (i == 0 ? indent : 0);
                String line = lines.get(i);
                float spacing = 0;
                boolean last = i == lines.size() - 1;
                int gaps = line.codePointCount(0, line.length()) - 1;
                if (justify && !last && gaps > 0) {
                    float slack = RIGHT - x - width(line, size);
                    float perGap = slack / gaps;
                    if (perGap > 0 && perGap < MAX_JUSTIFY_GAP * size) {
                        spacing = perGap;
                    }
                }
                line(x, line, size, bold, spacing);
            }
        }

        private void fields(List<Field> rows) {
            float indent = 2 * BODY_SIZE;
            float labelWidth = 0;
            for (Field f : rows) {
                labelWidth = Math.max(labelWidth, width(clean(f.label()) + "：", BODY_SIZE));
            }
            labelWidth = Math.min(labelWidth, (WIDTH - indent) / 2);
            float valueX = LEFT + indent + labelWidth;
            for (Field f : rows) {
                String label = clean(f.label()) + "：";
                List<String> labelLines = breaker.wrap(label, labelWidth, labelWidth);
                List<String> valueLines = breaker.wrap(clean(f.value()).replace('\n', ' '), RIGHT - valueX, RIGHT - valueX);
                int n = Math.max(labelLines.size(), valueLines.size());
                for (int i = 0; i < n; i++) {
                    ensureRoom(LINE);
                    placed();
                    float baseline = baseline(LINE, BODY_SIZE);
                    if (i < labelLines.size()) {
                        page.add(new Text(LEFT + indent, baseline, labelLines.get(i), BODY_SIZE, false, BLACK, 0));
                    }
                    if (i < valueLines.size() && !valueLines.get(i).isEmpty()) {
                        page.add(new Text(valueX, baseline, valueLines.get(i), BODY_SIZE, false, BLACK, 0));
                    }
                    y -= LINE;
                }
            }
        }

        /** Organ over the date, the wider of the two ending four characters from the right margin. */
        private void signature(Signature s) {
            String organ = clean(s.organ());
            String date = ChineseDates.format(s.date());
            float organWidth = width(organ, BODY_SIZE);
            float dateWidth = width(date, BODY_SIZE);
            float axis = RIGHT - 4 * BODY_SIZE - Math.max(organWidth, dateWidth) / 2;
            float room = 2 * LINE + 2 * LINE;
            if (y - room < BOTTOM - 0.5f) {
                keepLastLinesWithSignature();
            }
            skip(2 * LINE);
            line(Math.max(LEFT, axis - organWidth / 2), organ, BODY_SIZE, false, 0);
            line(Math.max(LEFT, axis - dateWidth / 2), date, BODY_SIZE, false, 0);
        }

        /** Records where a body line goes (called after the room for it is ensured). */
        private void placed() {
            if (inBody) {
                lastBlock.add(new Placed(pages.size() - 1, page.size(), y));
            }
        }

        /**
         * Opens a new page for the signature and moves the last lines of the body on to it: two
         * lines, or all of the last block's lines on this page when only one would stay behind.
         * Without body lines on this page (a document of a title only), the signature goes alone.
         */
        private void keepLastLinesWithSignature() {
            int current = pages.size() - 1;
            List<Placed> here = lastBlock.stream().filter(l -> l.page() == current).toList();
            int move = Math.min(2, here.size());
            if (here.size() - move == 1 && lastBlock.size() == here.size()) {
                move = here.size();
            }
            if (move == 0 || move == here.size() && here.size() == lastBlock.size() && here.get(0).firstOp() == 0) {
                // Nothing to bring along, or the whole page is that block already: a plain new page.
                newPage();
                return;
            }
            Placed first = here.get(here.size() - move);
            List<Op> moved = new ArrayList<>(page.subList(first.firstOp(), page.size()));
            page.subList(first.firstOp(), page.size()).clear();
            float bottom = y;
            newPage();
            float shift = TOP - first.top();
            for (Op op : moved) {
                page.add(op instanceof Text t
                        ? new Text(t.x(), t.y() + shift, t.text(), t.size(), t.bold(), t.color(), t.charSpacing())
                        : op);
            }
            y = bottom + shift;
        }

        private void centred(String text, float size, float height, boolean bold, float[] color) {
            ensureRoom(height);
            float x = LEFT + (WIDTH - width(text, size)) / 2;
            page.add(new Text(Math.max(LEFT, x), baseline(height, size), text, size, bold, color, 0));
            y -= height;
        }

        private void line(float x, String text, float size, boolean bold, float spacing) {
            float height = Math.max(LINE, size * 1.5f);
            ensureRoom(height);
            placed();
            page.add(new Text(x, baseline(height, size), text, size, bold, BLACK, spacing));
            y -= height;
        }

        /** The baseline that centres a line of type {@code size} in a line {@code height} high. */
        private float baseline(float height, float size) {
            return y - height / 2 - size * 0.36f;
        }

        private void skip(float space) {
            y = Math.max(BOTTOM, y - space);
        }

        private void ensureRoom(float height) {
            if (y - height < BOTTOM - 0.5f) {
                newPage();
            }
        }

        private void newPage() {
            page = new ArrayList<>();
            pages.add(page);
            y = TOP;
        }

        float width(String text, float size) {
            Float units = widths.get(text);
            if (units == null) {
                try {
                    units = font.getStringWidth(text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                widths.put(text, units);
            }
            return units / 1000f * size;
        }

        /**
         * Plain text the font can print: line breaks kept as {@code \n}, tabs as spaces, other
         * control characters dropped, characters without a glyph replaced by □.
         */
        String clean(String text) {
            StringBuilder b = new StringBuilder(text.length());
            text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(cp -> {
                if (cp == '\n') {
                    b.append('\n');
                } else if (cp == '\t') {
                    b.append(' ');
                } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                    // dropped
                } else if (hasGlyph(cp)) {
                    b.appendCodePoint(cp);
                } else {
                    b.append(MISSING_GLYPH);
                }
            });
            return b.toString();
        }

        private boolean hasGlyph(int cp) {
            return glyphs.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
        }
    }
}
