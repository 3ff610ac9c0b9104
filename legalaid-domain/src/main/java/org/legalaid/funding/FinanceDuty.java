package org.legalaid.funding;

/**
 * The four duties through which money moves: the person who claims, reviews, approves (and the
 * second approver above the amount) and pays are different people (docs/domain.md "Funding";
 * seed 000: 截留、挪用、随意增加办案补贴 are what one person alone could do).
 */
public enum FinanceDuty {
    CLAIM, REVIEW, APPROVE, SECOND_APPROVE, PAY;

    public String labelKey() {
        return "financeDuty." + name();
    }
}
