package org.legalaid.quality;

/**
 * Why an evaluator may not evaluate a case (交叉回避, seed 004 "规定采取交叉回避方式分配评估案件"; national
 * practice has evaluators cross regions so that nobody judges their own area).
 */
public enum Conflict {
    /** The case is of the evaluator's own unit (or a unit the evaluator belongs to). */
    OWN_UNIT,
    /** The case's lawyer is of the evaluator's own law firm. */
    OWN_FIRM,
    /** The evaluator handled the case as its lawyer. */
    HANDLED,
    /** The evaluator supervised, reviewed or archived the case. */
    SUPERVISED_OR_REVIEWED,
    /** The evaluator declared a conflict with the case's lawyer. */
    DECLARED,
    /** The evaluator evaluated the case already (a re-evaluation needs a different evaluator). */
    EVALUATED_ALREADY;

    public String labelKey() {
        return "quality.conflict." + name();
    }
}
