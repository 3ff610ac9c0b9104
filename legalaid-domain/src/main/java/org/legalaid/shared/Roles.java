package org.legalaid.shared;

/**
 * Role names, the one place they are spelled. {@code @RolesAllowed}, page permissions and the
 * identity store all use these constants; {@link Role} gives each a label key for the screens.
 * The list is the one in docs/domain.md, "Roles".
 */
public final class Roles {

    /** 受理员: takes consultations and applications. */
    public static final String INTAKE_CLERK = "intake_clerk";
    /** 审查员: reviews economic hardship and scope. */
    public static final String REVIEWER = "reviewer";
    /** 审批人 / centre director: approves decisions. */
    public static final String APPROVER = "approver";
    /** 指派员: assigns lawyers. */
    public static final String ASSIGNMENT_OFFICER = "assignment_officer";
    /** 案件监督员: one supervisor per case (一案专人监督). */
    public static final String CASE_SUPERVISOR = "case_supervisor";
    /** 财务人员: computes and claims subsidies. */
    public static final String FINANCE_OFFICER = "finance_officer";
    /** 财务审核: reviews and approves payments. */
    public static final String FINANCE_APPROVER = "finance_approver";
    /** 评估师: quality evaluator from the evaluator pool. */
    public static final String QUALITY_EVALUATOR = "quality_evaluator";
    /** 投诉处理人员: handles complaints. */
    public static final String COMPLAINT_HANDLER = "complaint_handler";
    /** 司法局监督: the justice bureau's supervisor; decides objections. */
    public static final String BUREAU_SUPERVISOR = "bureau_supervisor";
    /** 系统管理员: organisation tree, accounts, audit verification. */
    public static final String SYSTEM_ADMIN = "system_admin";

    /**
     * 通知机关（接口账户）: not a staff role. The account through which a court's, procuratorate's or
     * police system posts notices of criminal cases that need a defence lawyer (通知辩护, LAL
     * art. 36) over the API; it may read and withdraw only the notices it sent. Its unit is the
     * legal aid centre that receives them. An account holding it holds no other role, and does not
     * get {@link #STAFF}.
     */
    public static final String NOTIFYING_ORGAN = "notifying_organ";

    /** The online legal service platform's API account (not staff): forwards online applications to its centre. */
    public static final String ONLINE_PORTAL = "online_portal";

    /**
     * Held by every authenticated staff member in addition to their own roles: the role of
     * methods any colleague may call, such as reading the organisation tree or changing one's
     * own password. The identity store grants it; administrators never assign it.
     */
    public static final String STAFF = "staff";

    private Roles() {
    }
}
