package org.legalaid.cases;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The documents of a closed case's file (卷宗), as the centre's checklist names them (docs/domain.md
 * "Case lifecycle" 9: "A case file holds at least: cover and index 目录, application, review and
 * approval form, decision, 指派通知书, 公函, the lawyer's and the client's notices of rights and
 * duties 权利义务告知书, meeting records 会见笔录, file-review records 阅卷笔录, trial record,
 * defence or agency opinion 辩护词/代理词 (signed), judgment/ruling/mediation document, closing
 * report, quality evaluation form (current version)").
 *
 * <p>Which items a case's file must hold depends on the case ({@link #requiredFor}): a notified
 * criminal case (通知辩护, LAL art. 25, 36) has the organ's notice instead of the application, the
 * review and approval form and the decision; file review (阅卷) is the defence lawyer's duty in a
 * criminal case; a heard case has the trial record and the signed opinion; a case the court ended
 * has its judgment, ruling or mediation document; a terminated case (LAL art. 48) has the
 * termination decision instead of the court's documents. Every item may be handed in when not
 * required.
 *
 * <p>The court's documents belong to litigation only; the file follows the case's {@link Proceeding}
 * (issue 18): a labour arbitration heard by the tribunal has the arbitration hearing record instead of
 * the trial record, and the award, mediation document or decision of the arbitration commission instead
 * of the judgment; a case settled in arbitration or a non-litigation matter ended in an agreement holds
 * the settlement or mediation agreement (和解协议/调解协议).
 */
public enum CaseFileItem {
    /** 卷宗封面及目录. */
    INDEX("卷宗封面及目录"),
    /** 法律援助申请表 (not for a notified criminal case). */
    APPLICATION("法律援助申请表"),
    /** 审查审批表 (not for a notified criminal case). */
    REVIEW_APPROVAL_FORM("审查审批表"),
    /** 给予法律援助决定书 (not for a notified criminal case). */
    AID_DECISION("给予法律援助决定书"),
    /** 通知辩护（代理）公函 of the court, procuratorate or police (a notified criminal case only). */
    ORGAN_NOTICE("通知辩护（代理）公函"),
    /** 指派通知书. */
    ASSIGNMENT_NOTICE("指派通知书"),
    /** 法律援助公函. */
    AID_LETTER("法律援助公函"),
    /** 律师权利义务告知书. */
    LAWYER_RIGHTS_NOTICE("律师权利义务告知书"),
    /** 受援人权利义务告知书. */
    CLIENT_RIGHTS_NOTICE("受援人权利义务告知书"),
    /** 会见笔录. */
    MEETING_RECORD("会见笔录"),
    /** 阅卷笔录 (required in criminal cases). */
    FILE_REVIEW_RECORD("阅卷笔录"),
    /** 庭审笔录 (a heard case). */
    TRIAL_RECORD("庭审笔录"),
    /** 辩护词/代理词（律师签名） (a heard case). */
    SIGNED_OPINION("辩护词/代理词（签名）"),
    /** 判决书/裁定书/调解书 (a case the court ended). */
    COURT_DOCUMENT("判决书/裁定书/调解书"),
    /** 仲裁庭审笔录 (a labour arbitration the tribunal heard). */
    ARBITRATION_RECORD("仲裁庭审笔录"),
    /** 仲裁裁决书/调解书/决定书 (a labour arbitration the commission ended: award, mediation, withdrawal). */
    ARBITRAL_DOCUMENT("仲裁裁决书/调解书/决定书"),
    /** 和解协议/调解协议 (settled in arbitration, or a non-litigation matter ended in an agreement). */
    AGREEMENT("和解协议/调解协议"),
    /** 终止法律援助决定书 (a terminated case, LAL art. 48). */
    TERMINATION_DECISION("终止法律援助决定书"),
    /** 结案报告. */
    CLOSING_REPORT("结案报告"),
    /** 办案质量评估表（现行版本）. */
    QUALITY_EVALUATION_FORM("办案质量评估表（现行版本）");

    private final String documentName;

    CaseFileItem(String documentName) {
        this.documentName = documentName;
    }

    /** The document's name as the case file's index (目录) writes it, whatever the screen's language. */
    public String documentName() {
        return documentName;
    }

    /** What about a case decides its checklist. */
    public record CaseKind(boolean criminal, boolean notified, Proceeding proceeding, CaseOutcome outcome) {
        public CaseKind {
            Objects.requireNonNull(proceeding, "proceeding");
            Objects.requireNonNull(outcome, "outcome");
        }

        /** A case in litigation (a court, or in a criminal case the organs of the criminal procedure). */
        public CaseKind(boolean criminal, boolean notified, CaseOutcome outcome) {
            this(criminal, notified, Proceeding.LITIGATION, outcome);
        }
    }

    private static final Set<CaseFileItem> ALWAYS = Collections.unmodifiableSet(EnumSet.of(INDEX, ASSIGNMENT_NOTICE,
            AID_LETTER, LAWYER_RIGHTS_NOTICE, CLIENT_RIGHTS_NOTICE, MEETING_RECORD, CLOSING_REPORT,
            QUALITY_EVALUATION_FORM));

    /** The items the file of a case of this kind must hold, in checklist order. */
    public static Set<CaseFileItem> requiredFor(CaseKind kind) {
        EnumSet<CaseFileItem> out = EnumSet.copyOf(ALWAYS);
        if (kind.notified()) {
            out.add(ORGAN_NOTICE);
        } else {
            out.addAll(EnumSet.of(APPLICATION, REVIEW_APPROVAL_FORM, AID_DECISION));
        }
        if (kind.criminal()) {
            out.add(FILE_REVIEW_RECORD);
        }
        if (kind.outcome() == CaseOutcome.TERMINATED) {
            out.add(TERMINATION_DECISION);
            return out;
        }
        switch (kind.proceeding()) {
            case LITIGATION -> {
                if (kind.outcome().heard()) {
                    out.add(TRIAL_RECORD);
                    out.add(SIGNED_OPINION);
                }
                if (kind.outcome().courtDocument()) {
                    out.add(COURT_DOCUMENT);
                }
            }
            case ARBITRATION -> {
                if (kind.outcome().heard()) {
                    out.add(ARBITRATION_RECORD);
                    out.add(SIGNED_OPINION);
                }
                if (kind.outcome() == CaseOutcome.SETTLED) {
                    out.add(AGREEMENT);
                } else {
                    out.add(ARBITRAL_DOCUMENT);
                }
            }
            case NON_LITIGATION -> {
                if (kind.outcome() == CaseOutcome.SETTLED) {
                    out.add(AGREEMENT);
                }
            }
        }
        return out;
    }

    /**
     * The items a file of a case in {@code proceeding} may hold, in checklist order: the court's
     * documents only in litigation, the tribunal's only in arbitration, neither (nor a trial
     * opinion) in a non-litigation matter (issue 18).
     */
    public static Set<CaseFileItem> offeredFor(Proceeding proceeding) {
        EnumSet<CaseFileItem> out = EnumSet.allOf(CaseFileItem.class);
        switch (proceeding) {
            case LITIGATION -> out.removeAll(EnumSet.of(ARBITRATION_RECORD, ARBITRAL_DOCUMENT));
            case ARBITRATION -> out.removeAll(EnumSet.of(TRIAL_RECORD, COURT_DOCUMENT));
            case NON_LITIGATION -> out.removeAll(EnumSet.of(TRIAL_RECORD, COURT_DOCUMENT, ARBITRATION_RECORD,
                    ARBITRAL_DOCUMENT, SIGNED_OPINION));
        }
        return Collections.unmodifiableSet(out);
    }

    /** Whether this item must be in the file of a case of {@code kind}. */
    public boolean isRequiredFor(CaseKind kind) {
        return requiredFor(kind).contains(this);
    }

    public String labelKey() {
        return "caseFileItem." + name();
    }
}
