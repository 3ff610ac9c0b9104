package org.legalaid.web.reporting;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.legalaid.reporting.boundary.TargetView;
import org.legalaid.web.i18n.Messages;

import java.util.List;
import java.util.Locale;

/**
 * The Chart.js configuration (p:chart) of targets: per target, what is reached and what is expected
 * by today, both as a percentage of the year's target. Built with JSON-P, so a unit's name cannot
 * break the JSON.
 */
final class TargetChart {

    private TargetChart() {
    }

    static String of(List<TargetView> views, Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder reached = Json.createArrayBuilder();
        JsonArrayBuilder expected = Json.createArrayBuilder();
        for (TargetView v : views) {
            // two lines (unit, measure): one line of both was cut off at the axis
            labels.add(Json.createArrayBuilder().add(v.unitName()).add(Messages.text(locale, v.measure().labelKey())));
            reached.add(v.progress().percentOfTarget());
            expected.add(v.progress().expectedPercent());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Messages.text(locale, "reporting.target.reachedPercent"))
                                        .add("data", reached).add("backgroundColor", "#2e7d32"))
                                .add(Json.createObjectBuilder().add("label", Messages.text(locale, "reporting.target.expectedPercent"))
                                        .add("data", expected).add("backgroundColor", "#b0bec5"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("min", 0)
                                .add("suggestedMax", 100))))
                .build().toString();
    }
}
