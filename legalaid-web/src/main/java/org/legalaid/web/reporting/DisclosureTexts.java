package org.legalaid.web.reporting;

import org.legalaid.reporting.Figures;
import org.legalaid.reporting.Publication;
import org.legalaid.reporting.SmallCounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published figures as they leave the system (援务公开, LAL art. 58): each with its Chinese label
 * and its count shown through the small-count rule ("&lt;5"), for the public page, the REST resource
 * and the CSV alike; and the entity tag of what is published, which changes only when a period is
 * published.
 */
public final class DisclosureTexts {

    private DisclosureTexts() {
    }

    /** The published figures by name, each count as it may leave the system. */
    public static Map<String, String> shown(Figures figures, SmallCounts rule) {
        Map<String, String> m = new TreeMap<>();
        figures.asMap().forEach((k, v) -> m.put(k, rule.show(k, v)));
        return m;
    }

    /** A figure's Chinese label. */
    public static String label(String name) {
        return FigureLabels.label(Locale.CHINA, name);
    }

    /** The entity tag of a list of publications: their ids, in order (a publication never changes). */
    public static String etag(List<Publication> all, SmallCounts rule) {
        StringBuilder s = new StringBuilder("t").append(rule.threshold());
        all.forEach(p -> s.append(',').append(p.getId()));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSV cell: quoted when it holds a comma, quote or line break. */
    static String csv(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** The CSV of publications: period, figure name, label, count as shown. */
    public static String csv(List<Publication> all, SmallCounts rule) {
        StringBuilder out = new StringBuilder("\uFEFFperiod,period_name,figure,label,count\r\n");
        for (Publication p : all) {
            shown(p.figures(), rule).forEach((k, v) -> out.append(p.period().code()).append(',')
                    .append(csv(p.period().chineseName())).append(',').append(k).append(',').append(csv(label(k))).append(',')
                    .append(v).append("\r\n"));
        }
        return out.toString();
    }
}
