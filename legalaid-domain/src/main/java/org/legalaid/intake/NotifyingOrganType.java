package org.legalaid.intake;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kind of state organ that notifies the legal aid centre that a suspect or defendant needs a
 * defence lawyer (通知辩护, LAL art. 25, 36; docs/domain.md "Case lifecycle" 7). Each handles the case
 * at certain stages only, and notifies at those: {@link #mayNotifyAt(ProceedingStage)}.
 */
public enum NotifyingOrganType {

    /** 人民法院: trial and death-penalty review (LAL art. 25, 36). */
    COURT(EnumSet.of(ProceedingStage.FIRST_INSTANCE, ProceedingStage.SECOND_INSTANCE, ProceedingStage.DEATH_PENALTY_REVIEW)),
    /**
     * 人民检察院: review for prosecution, and the investigation of the cases the procuratorate
     * investigates itself (Criminal Procedure Law art. 19(2): crimes of judicial staff who abuse
     * their powers).
     */
    PROCURATORATE(EnumSet.of(ProceedingStage.INVESTIGATION, ProceedingStage.PROSECUTION_REVIEW)),
    /** 公安机关: investigation (LAL art. 25, 36). */
    PUBLIC_SECURITY(EnumSet.of(ProceedingStage.INVESTIGATION)),
    /**
     * 国家安全机关: investigation of crimes against state security, with the same powers and
     * duties as the police (Criminal Procedure Law art. 4).
     */
    STATE_SECURITY(EnumSet.of(ProceedingStage.INVESTIGATION)),
    /**
     * 监狱: investigation of crimes committed by prisoners in prison (Criminal Procedure Law
     * art. 308(3)), to which the law's rules for investigating organs apply.
     */
    PRISON(EnumSet.of(ProceedingStage.INVESTIGATION));

    private final Set<ProceedingStage> stages;

    NotifyingOrganType(Set<ProceedingStage> stages) {
        this.stages = stages;
    }

    /** Whether this kind of organ handles a case, and so notifies, at {@code stage}. */
    public boolean mayNotifyAt(ProceedingStage stage) {
        return stages.contains(stage);
    }

    /** The stages at which this kind of organ notifies. */
    public Set<ProceedingStage> stages() {
        return EnumSet.copyOf(stages);
    }

    /** Message bundle key of the label, {@code notifyingOrgan.<NAME>}. */
    public String labelKey() {
        return "notifyingOrgan." + name();
    }
}
