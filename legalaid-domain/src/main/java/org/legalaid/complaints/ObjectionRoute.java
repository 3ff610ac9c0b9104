package org.legalaid.complaints;

/**
 * What a "complaint" really is when it objects to a decision that has its own procedure (order 149
 * art. 7, LAL art. 49): no complaint is recorded, the person is sent to the objection.
 */
public enum ObjectionRoute {
    /** 不予法律援助: objection to the justice bureau against the refusal of aid (intake's application objection). */
    REFUSAL,
    /** 终止法律援助: objection against the termination of aid (the cases context's termination objection). */
    TERMINATION;

    public String labelKey() {
        return "objectionRoute." + name();
    }
}
