package org.legalaid.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.legalaid.shared.TextInput;
import org.legalaid.web.i18n.Messages;

/**
 * Every text field of every form goes through the shared kernel's one normalisation
 * ({@link TextInput}: NFC, invisible characters dropped, spaces stripped at both ends including
 * U+3000; control characters and bidi overrides refused, with the message beside the field) — the
 * same rule as the API's JSON reader and the imports (issue 19). A value that is empty afterwards
 * is no value, so {@code required} and {@code @NotBlank} catch a name of only ideographic spaces.
 * Passwords are left exactly as typed.
 */
@FacesConverter(forClass = String.class)
public class TextInputConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || component instanceof HtmlInputSecret || component.getClass().getSimpleName().equals("Password")) {
            return value;
        }
        String text = TextInput.normaliseToNull(value);
        if (!TextInput.isAcceptable(text)) {
            String message = Messages.text(Messages.locale(context), "text.refused");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        return text;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
