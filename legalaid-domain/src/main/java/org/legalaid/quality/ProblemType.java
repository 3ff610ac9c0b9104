package org.legalaid.quality;

/**
 * The problems an evaluator may name for the catalogue of the published results, as seed 004 "三、主要问题"
 * lists them.
 */
public enum ProblemType {
    /** (一) 目录、指派通知书填写不规范. */
    INDEX_IRREGULAR,
    /** (一) 缺少律师权利义务告知书和受援人权利义务告知书. */
    RIGHTS_NOTICE_MISSING,
    /** (二) 目录大量涂改，证据目录混乱. */
    ALTERATIONS,
    /** (二) 代理意见格式不规范、未署名. */
    OPINION_UNSIGNED,
    /** (三) 庭审笔录过于简单. */
    TRIAL_RECORD_THIN,
    /** (四) 会见笔录记录不全. */
    MEETING_RECORD_INCOMPLETE,
    /** (四) 缺少阅卷笔录或书写敷衍. */
    FILE_REVIEW_MISSING,
    /** (四) 复制和摘抄起诉书. */
    INDICTMENT_COPIED,
    /** (五) 强制措施、认罪认罚、如何到案等材料缺失. */
    MATERIALS_MISSING,
    /** (六) 指派、办理、结案日期早于审批日期，逻辑混乱. */
    DATE_LOGIC,
    /** (七) 未能准确找到辩护要点. */
    WEAK_ARGUMENT,
    /** (八) 质量评估表未使用新表. */
    OUTDATED_FORM;

    public String labelKey() {
        return "quality.problem." + name();
    }
}
