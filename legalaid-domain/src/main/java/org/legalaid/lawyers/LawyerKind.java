package org.legalaid.lawyers;

/**
 * Who takes legal aid work (LAL art. 12, 13): a practising lawyer 律师, or a basic legal service
 * worker 基层法律服务工作者, who may not act in criminal cases.
 */
public enum LawyerKind {
    LAWYER,
    LEGAL_SERVICE_WORKER;

    public String labelKey() {
        return "lawyerKind." + name();
    }
}
