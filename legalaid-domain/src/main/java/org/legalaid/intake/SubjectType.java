package org.legalaid.intake;

/**
 * What a lawyer is assigned to (指派, docs/domain.md "Case lifecycle" 7): a granted application (LAL
 * art. 43, or aid started early under art. 44, or ordered by the bureau under art. 49), or a
 * criminal case notified by a court, procuratorate or police (通知辩护, LAL art. 36). The lawyers
 * context refers to either by this type and the record's id.
 */
public enum SubjectType {
    APPLICATION,
    NOTICE;

    public String labelKey() {
        return "subjectType." + name();
    }
}
