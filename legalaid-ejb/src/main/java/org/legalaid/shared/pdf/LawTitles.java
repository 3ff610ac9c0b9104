package org.legalaid.shared.pdf;

import org.legalaid.shared.pdf.OfficialDocumentContent.Block;
import org.legalaid.shared.pdf.OfficialDocumentContent.Field;
import org.legalaid.shared.pdf.OfficialDocumentContent.Fields;
import org.legalaid.shared.pdf.OfficialDocumentContent.Heading;
import org.legalaid.shared.pdf.OfficialDocumentContent.Paragraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a document cites the laws of the PRC: the full title at the first mention —
 * 《中华人民共和国法律援助法》, defining the short one when the law is cited again:
 * 《中华人民共和国法律援助法》（以下简称《法律援助法》） — and the short title 《法律援助法》 at every later
 * mention (the drafting practice of the State Council's and the ministries' normative documents,
 * 《党政机关公文处理工作条例》 and GB/T 9704-2012's usage of 全称/简称). Letters are written in
 * whichever form is natural where they are built; the renderer passes every document through
 * {@link #cite(OfficialDocumentContent)}, so the rule holds in every document in one place.
 *
 * <p>A law is recognised by its full title 《中华人民共和国…》 or, written short, by one of the
 * national laws a legal aid document cites ({@link #KNOWN}). Other titles (《办理法律援助案件程序规定》,
 * local regulations) are left as written. The document's title line is not a mention.
 */
final class LawTitles {

    static final String STATE = "中华人民共和国";

    /** Short titles recognised without the 中华人民共和国 prefix. */
    static final Set<String> KNOWN = Set.of("法律援助法", "刑事诉讼法", "民事诉讼法", "行政诉讼法", "刑法", "民法典",
            "律师法", "劳动法", "劳动合同法", "劳动争议调解仲裁法", "国家赔偿法", "未成年人保护法", "妇女权益保障法",
            "老年人权益保障法", "残疾人保障法");

    private static final Pattern TITLE = Pattern.compile("《(" + STATE + ")?([^《》]{1,40})》");
    private static final Pattern DEFINITION = Pattern.compile("（以下简称《[^《》]{1,40}》）");

    private LawTitles() {
    }

    /** The content with every law cited in full first, short afterwards. */
    static OfficialDocumentContent cite(OfficialDocumentContent c) {
        Map<String, Integer> mentions = new HashMap<>();
        each(c, text -> {
            count(text, mentions);
            return text;
        });
        Map<String, Boolean> cited = new HashMap<>();
        return each(c, text -> rewrite(text, mentions, cited));
    }

    /** Applies {@code f} to every text of the body in reading order (addressee, blocks, note). */
    private static OfficialDocumentContent each(OfficialDocumentContent c, UnaryOperator<String> f) {
        String addressee = c.addressee() == null ? null : f.apply(c.addressee());
        List<Block> body = new ArrayList<>();
        for (Block b : c.body()) {
            if (b instanceof Paragraph p) {
                body.add(new Paragraph(f.apply(p.text())));
            } else if (b instanceof Heading h) {
                body.add(new Heading(f.apply(h.text())));
            } else if (b instanceof Fields fs) {
                List<Field> rows = new ArrayList<>();
                for (Field row : fs.rows()) {
                    rows.add(new Field(row.label(), f.apply(row.value())));
                }
                body.add(new Fields(rows));
            }
        }
        String note = c.footerNote() == null ? null : f.apply(c.footerNote());
        return new OfficialDocumentContent(c.issuingOrgan(), c.redHeader(), c.title(), c.documentNumber(), addressee, body,
                c.signature(), note);
    }

    private static void count(String text, Map<String, Integer> mentions) {
        Matcher m = TITLE.matcher(DEFINITION.matcher(text).replaceAll(""));
        while (m.find()) {
            String law = law(m);
            if (law != null) {
                mentions.merge(law, 1, Integer::sum);
            }
        }
    }

    private static String rewrite(String text, Map<String, Integer> mentions, Map<String, Boolean> cited) {
        Matcher m = TITLE.matcher(DEFINITION.matcher(text).replaceAll(""));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String law = law(m);
            String replacement;
            if (law == null) {
                replacement = m.group();
            } else if (cited.putIfAbsent(law, true) == null) {
                replacement = "《" + STATE + law + "》" + (mentions.getOrDefault(law, 0) > 1 ? "（以下简称《" + law + "》）" : "");
            } else {
                replacement = "《" + law + "》";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The short title of the law a match cites, or null when it is not a law of the PRC. */
    private static String law(Matcher m) {
        String name = m.group(2);
        return m.group(1) != null || KNOWN.contains(name) ? name : null;
    }
}
