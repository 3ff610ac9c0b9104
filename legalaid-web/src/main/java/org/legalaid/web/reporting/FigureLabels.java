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
    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("consultations.channel.", "consultationChannel."),
            Map.entry("applications.channel.", "applicationChannel."),
            Map.entry("applications.matter.", "matterType."),
            Map.entry("applications.category.", "specialCategory."),
            Map.entry("notices.organ.", "notifyingOrgan."),
            Map.entry("notices.stage.", "proceedingStage."),
            Map.entry("notices.ground.", "defenceGround."),
            Map.entry("cases.opened.matter.", "matterType."),
            Map.entry("cases.terminated.ground.", "terminationGround."),
            Map.entry("duty.halfDays.station.", "stationType."),
            Map.entry("funding.subsidies.paid.source.", "fundSource."),
            Map.entry("complaints.decided.outcome.", "complaintOutcome."),
            Map.entry("quality.grade.", "qualityGrade."));

    private FigureLabels() {
    }

    static String label(Locale locale, String name) {
        if (Figures.isAmount(name)) {
            // an amount (in yuan) of the figure counted under the same name without the suffix
            return label(locale, name.substring(0, name.length() - Figures.AMOUNT_SUFFIX.length())) + " · "
                    + text(locale, "reporting.figure.amount");
        }
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
