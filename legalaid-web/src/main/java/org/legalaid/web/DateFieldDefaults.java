package org.legalaid.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.legalaid.web.i18n.Messages;
import org.primefaces.component.datepicker.DatePicker;

/**
 * One default for every date field of every page (issue 18: "date fields show 年-月-日 as their hint,
 * not yyyy-MM-dd"): before a {@code p:datePicker} without a time is rendered, a page that gave it no
 * pattern gets {@value #PATTERN} and one that gave it no placeholder gets the hint
 * {@code common.datePlaceholder} in the user's language (年-月-日, English yyyy-mm-dd). A page's own
 * pattern or hint wins. Registered in faces-config.xml for {@code PreRenderComponentEvent}, so a new
 * page cannot forget it.
 */
public class DateFieldDefaults implements SystemEventListener {

    /** How a date is typed on every page: ISO 8601, which the hint spells out. */
    public static final String PATTERN = "yyyy-MM-dd";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof DatePicker;
    }

    @Override
    public void processEvent(SystemEvent event) {
        DatePicker field = (DatePicker) event.getSource();
        if (field.isShowTime() || field.isTimeOnly() || field.isInline()) {
            return;
        }
        if (field.getValueExpression("pattern") == null && field.getAttributes().get("pattern") == null) {
            field.setPattern(PATTERN);
        }
        if (field.getValueExpression("placeholder") == null && field.getPlaceholder() == null
                && PATTERN.equals(field.getPattern())) {
            FacesContext faces = FacesContext.getCurrentInstance();
            field.setPlaceholder(Messages.text(Messages.locale(faces), "common.datePlaceholder"));
        }
    }
}
