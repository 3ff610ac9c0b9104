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

    /**
     * What documents call the person (issue 18): 律师 for a lawyer, 法律服务工作者 for a worker of a
     * 基层法律服务所, who is not a lawyer (《基层法律服务工作者管理办法》; LAL art. 12, 13 name the two
     * apart). Official documents are Chinese whatever the screen's language, so the title is spelled
     * here, once, and every letter that names the assigned person's profession asks for it.
     */
    public String title() {
        return this == LAWYER ? "律师" : "法律服务工作者";
    }
}
