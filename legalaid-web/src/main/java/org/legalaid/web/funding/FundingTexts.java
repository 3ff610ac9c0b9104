package org.legalaid.web.funding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.legalaid.funding.CalculationLine;
import org.legalaid.funding.ChineseAmount;
import org.legalaid.funding.FundingFlag;
import org.legalaid.web.i18n.Messages;

import java.math.BigDecimal;

/** The funding screens' texts built from data: calculation lines, flag explanations, amounts in capitals. */
@Named
@RequestScoped
public class FundingTexts {

    /** A calculation line in the user's language, with its figures (e.g. "基本补贴（标准 #12，鲁司〔2025〕12号，自2026-01-01）"). */
    public String line(CalculationLine l) {
        return Messages.text(Messages.locale(FacesContext.getCurrentInstance()), l.getLabelKey(), (Object[]) l.getFigures());
    }

    /** A flag's plain-language explanation in the user's language. */
    public String explain(FundingFlag f) {
        return Messages.text(Messages.locale(FacesContext.getCurrentInstance()), f.getExplanationKey(), f.getFigures().toArray());
    }

    /** The amount in Chinese capitals (大写). */
    public String capitals(BigDecimal amount) {
        return amount == null ? "" : ChineseAmount.of(amount);
    }
}
