package org.legalaid.web.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Named;
import org.legalaid.reporting.Period;
import org.legalaid.shared.BusinessException;
import org.legalaid.web.i18n.Messages;

/**
 * The check of a typed period (2026-03, 2026-Q1, 2026-H1, 2026, 2026-01-05..2026-02-01): one that
 * cannot be read, or that ends before it starts, is reported beside the field with the rule's message.
 */
@Named("reportingPeriod")
@ApplicationScoped
public class PeriodField {

    public void validate(FacesContext faces, UIComponent component, Object value) {
        try {
            Period.parse((String) value);
        } catch (BusinessException e) {
            String text = Messages.text(Messages.locale(faces), e.messageKey(), e.arguments());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
