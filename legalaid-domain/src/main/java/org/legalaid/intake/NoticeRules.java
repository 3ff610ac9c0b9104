package org.legalaid.intake;

import org.legalaid.shared.BusinessException;

import java.util.Objects;
import java.util.Set;

/**
 * Whether a notice of a criminal case (通知辩护) is consistent in itself: the organ that sent it
 * handles the case at the stage it names, and the grounds it gives fit that organ and stage.
 * A notice that fails is refused with the reason, so that a typing error (police at the trial
 * stage) never starts the 3-day clock of LAL art. 36 for a case that cannot exist.
 */
public final class NoticeRules {

    private NoticeRules() {
    }

    /**
     * Checks a notice.
     *
     * @throws BusinessException {@code intake.notice.groundRequired} without a ground;
     *                           {@code intake.notice.organDoesNotFitStage} when the organ does not
     *                           handle cases at the stage ({@link NotifyingOrganType#mayNotifyAt});
     *                           {@code intake.notice.deathReviewGroundOutsideReview} for the ground
     *                           of LAL art. 25 para. 1(5) at another stage than death-penalty review;
     *                           {@code intake.notice.groundOnlyAtCourtTrial} for trial in absentia
     *                           (art. 25 para. 1(6)), compulsory medical treatment (art. 28) or the
     *                           court's discretion (art. 25 para. 2) from anyone but a court at a
     *                           trial; {@code intake.notice.discretionStandsAlone} when the court's
     *                           discretion is combined with a mandatory ground
     */
    public static void check(NotifyingOrganType organ, ProceedingStage stage, Set<MandatoryDefenceGround> grounds) {
        Objects.requireNonNull(organ, "organ");
        Objects.requireNonNull(stage, "stage");
        if (grounds == null || grounds.isEmpty()) {
            throw new BusinessException("intake.notice.groundRequired");
        }
        if (!organ.mayNotifyAt(stage)) {
            throw new BusinessException("intake.notice.organDoesNotFitStage", organ.labelKey(), stage.labelKey());
        }
        if (grounds.contains(MandatoryDefenceGround.DEATH_PENALTY_REVIEW) && stage != ProceedingStage.DEATH_PENALTY_REVIEW) {
            throw new BusinessException("intake.notice.deathReviewGroundOutsideReview", stage.labelKey());
        }
        boolean courtTrial = organ == NotifyingOrganType.COURT && stage.isTrial();
        for (MandatoryDefenceGround g : Set.of(MandatoryDefenceGround.TRIAL_IN_ABSENTIA,
                MandatoryDefenceGround.COMPULSORY_MEDICAL_TREATMENT, MandatoryDefenceGround.COURT_DISCRETION)) {
            if (grounds.contains(g) && !courtTrial) {
                throw new BusinessException("intake.notice.groundOnlyAtCourtTrial", g.labelKey());
            }
        }
        if (grounds.contains(MandatoryDefenceGround.COURT_DISCRETION) && grounds.size() > 1) {
            throw new BusinessException("intake.notice.discretionStandsAlone");
        }
    }
}
