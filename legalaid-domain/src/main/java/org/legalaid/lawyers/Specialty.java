package org.legalaid.lawyers;

/**
 * Fields of practice a lawyer declares and a matter needs; assignment honours the specialty
 * (docs/domain.md "Case lifecycle" 7; 2023 procedure rules 办理法律援助案件程序规定 art. 26).
 */
public enum Specialty {
    CRIMINAL,
    CIVIL,
    LABOUR,
    FAMILY,
    ADMINISTRATIVE,
    JUVENILE,
    STATE_COMPENSATION,
    NON_LITIGATION;

    public String labelKey() {
        return "specialty." + name();
    }
}
