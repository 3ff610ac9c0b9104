package org.legalaid.web.reporting;

import org.legalaid.reporting.Figures;
import org.legalaid.reporting.boundary.Comparison;
import org.legalaid.web.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The texts of figure names: a plain figure has its own key ({@code reporting.figure.cases.opened});
 * a figure by group takes its group's text and the value's own label ({@code consultations.channel.HOTLINE_12348}
 * → 咨询（按渠道）· 12348热线, with the channel's label from {@code consultationChannel.HOTLINE_12348}).
 */
final class FigureLabels {

    /** Group prefix → the bundle prefix of its values' labels. */
    private static final Map<String, String> GROUPS = Map.of(
            "consultations.channel.", "consultationChannel.",
            "applications.channel.", "applicationChannel.",
            "applications.matter.", "matterType.",
            "notices.organ.", "notifyingOrgan.",
            "notices.stage.", "proceedingStage.",
            "notices.ground.", "defenceGround.",
            "cases.opened.matter.", "matterType.",
            "cases.terminated.ground.", "terminationGround.");

    private FigureLabels() {
    }

    static String label(Locale locale, String name) {
        for (Map.Entry<String, String> g : GROUPS.entrySet()) {
            if (name.startsWith(g.getKey())) {
                String value = name.substring(g.getKey().length());
                return text(locale, "reporting.figure." + g.getKey().substring(0, g.getKey().length() - 1)) + " · "
                        + text(locale, g.getValue() + value);
            }
        }
        if (name.startsWith("clocks.")) {
            String[] parts = name.split("\\.");
            return text(locale, "clockStep." + parts[1]) + " · " + text(locale, "reporting.figure.clocks." + parts[2]);
        }
        return text(locale, "reporting.figure." + name);
    }

    private static String text(Locale locale, String key) {
        try {
            return Messages.bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The rows of a set of figures, in name order. */
    static List<FigureRow> rows(Locale locale, Figures figures) {
        List<FigureRow> rows = new ArrayList<>();
        figures.asMap().forEach((k, v) -> rows.add(new FigureRow(k, label(locale, k), v, null, null)));
        return rows;
    }

    /** The rows of a comparison with last year, in name order. */
    static List<FigureRow> rows(Locale locale, Comparison c) {
        List<FigureRow> rows = new ArrayList<>();
        for (String k : c.names()) {
            rows.add(new FigureRow(k, label(locale, k), c.current().get(k), c.previous().get(k), c.growth(k).orElse(null)));
        }
        return rows;
    }
}
