package org.legalaid.web;

import org.legalaid.shared.Roles;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every screen, the role it needs, its menu label and its place in the breadcrumb. The menu, the
 * breadcrumb and {@link org.legalaid.web.security.PageAccessFilter} all read this one list, so a
 * page's permission is stated once.
 */
public enum Page {
    HOME("/index.xhtml", Roles.STAFF, "page.home", null, MenuGroup.NONE),
    PASSWORD("/account/password.xhtml", Roles.STAFF, "page.password", HOME, MenuGroup.NONE),
    CONSULTATIONS("/intake/consultations.xhtml", Roles.INTAKE_CLERK, "page.consultations", HOME, MenuGroup.INTAKE),
    APPLICANTS("/intake/applicants.xhtml", Roles.INTAKE_CLERK, "page.applicants", HOME, MenuGroup.INTAKE),
    /** The open statutory deadlines of the user's units: every role that handles a timed step. */
    DEADLINES("/intake/deadlines.xhtml", Set.of(Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER, Roles.ASSIGNMENT_OFFICER,
            Roles.CASE_SUPERVISOR, Roles.BUREAU_SUPERVISOR, Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER,
            Roles.COMPLAINT_HANDLER), "page.deadlines",
            HOME, MenuGroup.INTAKE),
    CRIMINAL_NOTICES("/intake/criminal-notices.xhtml", Set.of(Roles.INTAKE_CLERK, Roles.ASSIGNMENT_OFFICER),
            "page.criminalNotices", HOME, MenuGroup.INTAKE),
    /** The written decisions of an application as PDF (no menu entry; linked from the application). */
    DECISION_PDF("/intake/decision.pdf", Set.of(Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR,
            Roles.ASSIGNMENT_OFFICER), "page.decisionPdf", HOME, MenuGroup.NONE),
    APPLICATIONS("/intake/applications.xhtml", WorkOnApplications.ROLES, "page.applications", HOME, MenuGroup.INTAKE),
    APPLICATION_NEW("/intake/application-new.xhtml", Roles.INTAKE_CLERK, "page.applicationNew", APPLICATIONS, MenuGroup.INTAKE),
    APPLICATION("/intake/application.xhtml", WorkOnApplications.ROLES, "page.application", APPLICATIONS, MenuGroup.NONE),
    FIRMS("/lawyers/firms.xhtml", LawyerPool.REGISTRY_READERS, "page.firms", HOME, MenuGroup.LAWYERS),
    FIRM("/lawyers/firm.xhtml", LawyerPool.REGISTRY_READERS, "page.firm", FIRMS, MenuGroup.NONE),
    LAWYERS("/lawyers/lawyers.xhtml", LawyerPool.REGISTRY_READERS, "page.lawyers", HOME, MenuGroup.LAWYERS),
    LAWYER("/lawyers/lawyer.xhtml", LawyerPool.REGISTRY_READERS, "page.lawyer", LAWYERS, MenuGroup.NONE),
    /** Status and bank account changes waiting for a second person (the roles that decide them). */
    LAWYER_APPROVALS("/lawyers/approvals.xhtml", Set.of(Roles.APPROVER, Roles.BUREAU_SUPERVISOR, Roles.FINANCE_APPROVER),
            "page.lawyerApprovals", HOME, MenuGroup.LAWYERS),
    /** The cases of the officer's units waiting for a lawyer, overdue first (issue 4, "Assignment"). */
    TO_ASSIGN("/lawyers/to-assign.xhtml", Roles.ASSIGNMENT_OFFICER, "page.toAssign", HOME, MenuGroup.LAWYERS),
    /** One case: its needs, the explained candidates, the assignment and its history (no menu entry). */
    ASSIGN("/lawyers/assign.xhtml", Roles.ASSIGNMENT_OFFICER, "page.assign", TO_ASSIGN, MenuGroup.NONE),
    /** The 指派通知书 and 法律援助公函 of an assignment as PDF (no menu entry; linked from the assignment). */
    ASSIGNMENT_PDF("/lawyers/assignment.pdf", Set.of(Roles.ASSIGNMENT_OFFICER, Roles.CASE_SUPERVISOR), "page.assignmentPdf",
            HOME, MenuGroup.NONE),
    /** The quota dashboard (义务量): progress of lawyers and firms, reductions, the Excel report (LAL art. 60). */
    QUOTAS("/lawyers/quotas.xhtml", LawyerPool.QUOTA_READERS, "page.quotas", HOME, MenuGroup.LAWYERS),
    /** The year's quota rule, published by the bureau (LAL art. 16). */
    QUOTA_RULES("/lawyers/quota-rules.xhtml", Set.of(Roles.BUREAU_SUPERVISOR, Roles.SYSTEM_ADMIN), "page.quotaRules", QUOTAS,
            MenuGroup.LAWYERS),
    /** The duty roster 值班律师 of the stations (LAL art. 14). */
    ROSTER("/lawyers/roster.xhtml", Roles.ASSIGNMENT_OFFICER, "page.roster", HOME, MenuGroup.LAWYERS),
    STATIONS("/lawyers/stations.xhtml", Roles.ASSIGNMENT_OFFICER, "page.stations", ROSTER, MenuGroup.LAWYERS),
    /** The annual assessment 考核 (LAL art. 60). */
    ASSESSMENTS("/lawyers/assessments.xhtml", Set.of(Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.ASSIGNMENT_OFFICER),
            "page.assessments", HOME, MenuGroup.LAWYERS),
    /** The central case list: filters, sorting, paging at a million cases, export (issue 5). */
    CASES_LIST("/cases/list.xhtml", Cases.READERS, "page.casesList", HOME, MenuGroup.CASES),
    CASE("/cases/case.xhtml", Cases.READERS, "page.case", HOME, MenuGroup.NONE),
    CASE_IMPORT("/cases/import.xhtml", Set.of(Roles.SYSTEM_ADMIN, Roles.APPROVER), "page.caseImport", HOME, MenuGroup.CASES),
    DATA_QUALITY("/cases/data-quality.xhtml", Set.of(Roles.APPROVER, Roles.CASE_SUPERVISOR, Roles.BUREAU_SUPERVISOR),
            "page.dataQuality", HOME, MenuGroup.CASES),
    CLOSING_REVIEWS("/cases/closing-reviews.xhtml", Set.of(Roles.REVIEWER, Roles.APPROVER, Roles.CASE_SUPERVISOR),
            "page.closingReviews", HOME, MenuGroup.CASES),
    CASE_DOCUMENT("/cases/document", Cases.READERS, "page.caseDocument", HOME, MenuGroup.NONE),
    /** The case supervisor's worklist (一案专人监督). */
    CASES_MINE("/cases/mine.xhtml", Roles.CASE_SUPERVISOR, "page.casesMine", HOME, MenuGroup.CASES),
    /** Open cases for which no case supervisor could be named; the director or the officer names one. */
    CASES_UNSUPERVISED("/cases/unsupervised.xhtml", Set.of(Roles.APPROVER, Roles.ASSIGNMENT_OFFICER, Roles.CASE_SUPERVISOR),
            "page.casesUnsupervised", HOME, MenuGroup.CASES),
    /** Termination proposals waiting for the director (LAL art. 48). */
    TERMINATIONS("/cases/terminations.xhtml", Set.of(Roles.APPROVER, Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER,
            Roles.BUREAU_SUPERVISOR), "page.terminations", HOME, MenuGroup.CASES),
    /** A termination's 终止法律援助决定书 or, in a criminal case, the notice to the organ, as PDF. */
    TERMINATION_PDF("/cases/termination.pdf", Set.of(Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.APPROVER,
            Roles.BUREAU_SUPERVISOR, Roles.INTAKE_CLERK), "page.terminationPdf", HOME, MenuGroup.NONE),
    /** Subsidy claims by state and the archived cases waiting for one (issue 13, "Claim to payment"). */
    FUNDING_CLAIMS("/funding/claims.xhtml", Funding.READERS, "page.fundingClaims", HOME, MenuGroup.FUNDING),
    FUNDING_CLAIM_NEW("/funding/claim-new.xhtml", Roles.FINANCE_OFFICER, "page.fundingClaimNew", FUNDING_CLAIMS, MenuGroup.NONE),
    FUNDING_CLAIM("/funding/claim.xhtml", Funding.READERS, "page.fundingClaim", FUNDING_CLAIMS, MenuGroup.NONE),
    /** Payment batches: approved claims to the bank, the bank file, the confirmation. */
    FUNDING_BATCHES("/funding/batches.xhtml", Funding.READERS, "page.fundingBatches", HOME, MenuGroup.FUNDING),
    /** Bank statement reconciliation: import, dry run or run the job, progress, results (issue 13). */
    FUNDING_RECONCILIATION("/funding/reconciliation.xhtml", Funding.READERS, "page.fundingReconciliation", HOME, MenuGroup.FUNDING),
    /** The exceptions queue of the anti-misappropriation rules. */
    FUNDING_FLAGS("/funding/flags.xhtml", Funding.READERS, "page.fundingFlags", HOME, MenuGroup.FUNDING),
    /** Funds, budgets, allocations, balances and the ledger. */
    FUNDING_FUNDS("/funding/funds.xhtml", Funding.READERS, "page.fundingFunds", HOME, MenuGroup.FUNDING),
    /** Subsidy standards, the settings and the rules' switches. */
    FUNDING_STANDARDS("/funding/standards.xhtml", Funding.READERS, "page.fundingStandards", HOME, MenuGroup.FUNDING),
    /** A payment's voucher (付款凭证) as PDF (no menu entry; linked from the claim). */
    VOUCHER_PDF("/funding/voucher.pdf", Funding.READERS, "page.voucherPdf", HOME, MenuGroup.NONE),
    /** The complaint register (MoJ order 149 art. 25): a lazy list with filters (issue 15). */
    COMPLAINTS("/complaints/list.xhtml", Complaints.READERS, "page.complaints", HOME, MenuGroup.COMPLAINTS),
    /** A complaint written down from the window, the hotline, a letter or a custody facility (art. 9). */
    COMPLAINT_NEW("/complaints/new.xhtml", Roles.COMPLAINT_HANDLER, "page.complaintNew", COMPLAINTS, MenuGroup.COMPLAINTS),
    /** One complaint: its file, investigators, records, clocks and the acts open to the user (no menu entry). */
    COMPLAINT("/complaints/complaint.xhtml", Complaints.READERS, "page.complaint", COMPLAINTS, MenuGroup.NONE),
    /** A complaint's notice of non-acceptance, decision or file index as PDF (no menu entry; linked from the complaint). */
    COMPLAINT_PDF("/complaints/complaint.pdf", Complaints.READERS, "page.complaintPdf", COMPLAINTS, MenuGroup.NONE),
    /** A file attached to an investigation record (art. 16–17; no menu entry; linked from the complaint). */
    COMPLAINT_ATTACHMENT("/complaints/attachment", Complaints.READERS, "page.complaintAttachment", COMPLAINTS, MenuGroup.NONE),
    /** The annual report to the level above (MoJ order 149 art. 28), with its Excel and PDF. */
    COMPLAINT_REPORT("/complaints/report.xhtml", Complaints.READERS, "page.complaintReport", COMPLAINTS, MenuGroup.COMPLAINTS),
    /** The evaluator's workbench: evaluations waiting for this person (issue 16). */
    QUALITY_WORK("/quality/work.xhtml", Roles.QUALITY_EVALUATOR, "page.qualityWork", HOME, MenuGroup.QUALITY),
    /** The scoring form of one evaluation, the automatic check and the file beside it. */
    QUALITY_EVALUATE("/quality/evaluate.xhtml", Roles.QUALITY_EVALUATOR, "page.qualityEvaluate", QUALITY_WORK, MenuGroup.NONE),
    /** Campaigns with their progress bars, and the wizard of a new one (the director, the bureau). */
    QUALITY_CAMPAIGNS("/quality/campaigns.xhtml", Quality.ORGANISERS, "page.qualityCampaigns", HOME, MenuGroup.QUALITY),
    /** One campaign: progress, the panel, objections, notification and publication, the results with a chart. */
    QUALITY_CAMPAIGN("/quality/campaign.xhtml", Quality.ORGANISERS, "page.qualityCampaign", QUALITY_CAMPAIGNS, MenuGroup.NONE),
    /** A published campaign's notice of results (通报) as PDF (no menu entry; linked from the campaign). */
    QUALITY_NOTICE_PDF("/quality/notice.pdf", Quality.ORGANISERS, "page.qualityNoticePdf", QUALITY_CAMPAIGNS, MenuGroup.NONE),
    /** The evaluation forms as versioned data, and the editor of a new version. */
    QUALITY_FORMS("/quality/forms.xhtml", Quality.ORGANISERS, "page.qualityForms", HOME, MenuGroup.QUALITY),
    /** The evaluator pool: members, their units, firms, specialties, training and declared conflicts. */
    QUALITY_POOL("/quality/pool.xhtml", Quality.ORGANISERS, "page.qualityPool", HOME, MenuGroup.QUALITY),
    /** The automatic check of archived files (一案一评) per unit and per lawyer. */
    QUALITY_CHECKS("/quality/checks.xhtml", Quality.ORGANISERS, "page.qualityChecks", HOME, MenuGroup.QUALITY),
    /** Institution inspections (seeds 000 and 002): the list and, for the bureau, a new campaign. */
    QUALITY_INSPECTIONS("/quality/inspections.xhtml", Quality.INSPECTION, "page.qualityInspections", HOME, MenuGroup.QUALITY),
    /** The inspection scorecards as versioned data, and (the bureau) the editor of a new version. */
    QUALITY_SCORECARDS("/quality/scorecards.xhtml", Quality.INSPECTION, "page.qualityScorecards", HOME, MenuGroup.QUALITY),
    /** One inspection: phases, centres with their self-reports and scores, acceptance, results with a chart. */
    QUALITY_INSPECTION("/quality/inspection.xhtml", Quality.INSPECTION, "page.qualityInspection", QUALITY_INSPECTIONS, MenuGroup.NONE),
    /** The scoring sheet of one inspected centre (the inspecting group's members). */
    QUALITY_INSPECTION_SCORE("/quality/inspection-score.xhtml", Quality.INSPECTION, "page.qualityInspectionScore", QUALITY_INSPECTIONS, MenuGroup.NONE),
    /** An inspection's notice of results (通报) as PDF (no menu entry; linked from the inspection). */
    QUALITY_INSPECTION_PDF("/quality/inspection.pdf", Roles.BUREAU_SUPERVISOR, "page.qualityInspectionPdf", QUALITY_INSPECTIONS, MenuGroup.NONE),
    /** Statistics of a unit and its subtree over any period, with year-on-year growth (issue 17). */
    REPORTING_STATISTICS("/reporting/statistics.xhtml", Reporting.READERS, "page.reportingStatistics", HOME, MenuGroup.REPORTING),
    /** Reports submitted upward: a district's own, and the level above's view with the roll-up (issue 17). */
    REPORTING_REPORTS("/reporting/reports.xhtml", Reporting.READERS, "page.reportingReports", HOME, MenuGroup.REPORTING),
    /** A submitted report's version as PDF (issue 17 "Excel and PDF for each report"). */
    REPORTING_REPORT_PDF("/reporting/report.pdf", Reporting.READERS, "page.reportingReportPdf", REPORTING_REPORTS, MenuGroup.NONE),
    /** Targets per unit and year with their progress against the expectation for today (issue 17). */
    REPORTING_TARGETS("/reporting/targets.xhtml", Reporting.READERS, "page.reportingTargets", HOME, MenuGroup.REPORTING),
    UNITS("/admin/units.xhtml", Roles.SYSTEM_ADMIN, "page.units", HOME, MenuGroup.ADMIN),
    ACCOUNTS("/admin/accounts.xhtml", Roles.SYSTEM_ADMIN, "page.accounts", HOME, MenuGroup.ADMIN),
    HARDSHIP_STANDARDS("/admin/hardship-standards.xhtml", Roles.SYSTEM_ADMIN, "page.hardshipStandards", HOME, MenuGroup.ADMIN),
    EXEMPTION_RULES("/admin/exemption-rules.xhtml", Roles.SYSTEM_ADMIN, "page.exemptionRules", HOME, MenuGroup.ADMIN),
    TIME_LIMITS("/admin/time-limits.xhtml", Roles.SYSTEM_ADMIN, "page.timeLimits", HOME, MenuGroup.ADMIN),
    HOLIDAYS("/admin/holidays.xhtml", Roles.SYSTEM_ADMIN, "page.holidays", HOME, MenuGroup.ADMIN),
    DOCUMENT_NUMBERS("/admin/document-numbers.xhtml", Roles.SYSTEM_ADMIN, "page.documentNumbers", HOME, MenuGroup.ADMIN),
    AUDIT("/admin/audit.xhtml", Roles.SYSTEM_ADMIN, "page.audit", HOME, MenuGroup.ADMIN);

    /**
     * Everyone who works on applications: the clerk receives them, the reviewer and approver
     * decide, the bureau's supervisor decides objections, the assignment officer takes the granted
     * ones on (the roles of {@code ApplicationService}). A nested class, because an enum's own
     * static fields are not yet set while its constants are built.
     */
    private static final class WorkOnApplications {
        static final Set<String> ROLES = Set.of(Roles.INTAKE_CLERK, Roles.REVIEWER, Roles.APPROVER,
                Roles.BUREAU_SUPERVISOR, Roles.ASSIGNMENT_OFFICER);
    }

    /**
     * Who works with the lawyer pool. The registry: the assignment officer keeps it, the director, the
     * bureau's supervisor and the finance approver decide its changes, the case supervisor follows
     * the lawyers of cases. The quota progress: the officer who assigns, the centre's director, the
     * bureau.
     */
    private static final class LawyerPool {
        static final Set<String> REGISTRY_READERS = Set.of(Roles.ASSIGNMENT_OFFICER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR,
                Roles.FINANCE_APPROVER, Roles.CASE_SUPERVISOR);
        static final Set<String> QUOTA_READERS = Set.of(Roles.ASSIGNMENT_OFFICER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR,
                Roles.SYSTEM_ADMIN);
    }

    /**
     * Who reads legal aid cases (the roles of {@code CaseService}): the case supervisor follows them,
     * the assignment officer assigns, director and reviewer decide terminations and review closings,
     * the bureau supervises, finance pays archived cases, evaluators and complaint handlers look into
     * them, the intake clerk answers a client's progress enquiry (LAL art. 46).
     */
    private static final class Cases {
        static final Set<String> READERS = Set.of(Roles.CASE_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.APPROVER,
                Roles.REVIEWER, Roles.BUREAU_SUPERVISOR, Roles.INTAKE_CLERK, Roles.FINANCE_OFFICER,
                Roles.FINANCE_APPROVER, Roles.QUALITY_EVALUATOR, Roles.COMPLAINT_HANDLER);
    }

    /**
     * Who works with funding (the roles of the funding boundaries): the finance officer claims and
     * pays, the finance approver reviews and approves, the centre's director approves (and approves
     * again above the amount), the bureau's supervisor reads.
     */
    private static final class Funding {
        static final Set<String> READERS = Set.of(Roles.FINANCE_OFFICER, Roles.FINANCE_APPROVER, Roles.APPROVER,
                Roles.BUREAU_SUPERVISOR);
    }

    /**
     * Who works with complaints (the roles of {@code ComplaintService}): the complaint handler, and the
     * heads who decide recusals and extensions (MoJ order 149 art. 18, 23).
     */
    private static final class Complaints {
        static final Set<String> READERS = Set.of(Roles.COMPLAINT_HANDLER, Roles.APPROVER, Roles.BUREAU_SUPERVISOR);
    }

    /**
     * Who organises quality evaluation (the roles of {@code CampaignService}): the centre's director and the
     * bureau's supervisor set campaigns up and publish them (issue 16).
     */
    private static final class Quality {
        static final Set<String> ORGANISERS = Set.of(Roles.APPROVER, Roles.BUREAU_SUPERVISOR);
        /**
         * Who takes part in institution inspections (the roles of {@code InspectionService}): the bureau runs
         * them, centre directors report, directors and evaluators of the inspecting group score.
         */
        static final Set<String> INSPECTION = Set.of(Roles.BUREAU_SUPERVISOR, Roles.APPROVER, Roles.QUALITY_EVALUATOR);
    }

    /**
     * Who reads statistics, reports and targets (the roles of the reporting boundaries): the bureau's
     * supervisor and the centres' directors (issue 17).
     */
    private static final class Reporting {
        static final Set<String> READERS = Set.of(Roles.APPROVER, Roles.BUREAU_SUPERVISOR);
    }

    /** The submenu a page is listed in; NONE for pages reached otherwise. */
    public enum MenuGroup {
        NONE(null, null),
        INTAKE("menu.intake", "pi pi-inbox"),
        LAWYERS("menu.lawyers", "pi pi-briefcase"),
        CASES("menu.cases", "pi pi-folder-open"),
        FUNDING("menu.funding", "pi pi-wallet"),
        COMPLAINTS("menu.complaints", "pi pi-comments"),
        QUALITY("menu.quality", "pi pi-check-square"),
        REPORTING("menu.reporting", "pi pi-chart-bar"),
        ADMIN("menu.admin", "pi pi-cog");

        private final String labelKey;
        private final String icon;

        MenuGroup(String labelKey, String icon) {
            this.labelKey = labelKey;
            this.icon = icon;
        }

        public String labelKey() {
            return labelKey;
        }

        public String icon() {
            return icon;
        }
    }

    private final String path;
    private final Set<String> roles;
    private final String labelKey;
    private final Page parent;
    private final MenuGroup group;

    Page(String path, String role, String labelKey, Page parent, MenuGroup group) {
        this(path, Set.of(role), labelKey, parent, group);
    }

    Page(String path, Set<String> roles, String labelKey, Page parent, MenuGroup group) {
        this.path = path;
        this.roles = Set.copyOf(roles);
        this.labelKey = labelKey;
        this.parent = parent;
        this.group = group;
    }

    public String path() {
        return path;
    }

    /** The roles that may open the page: any one of them is enough. */
    public Set<String> roles() {
        return roles;
    }

    public String labelKey() {
        return labelKey;
    }

    public Page parent() {
        return parent;
    }

    public MenuGroup group() {
        return group;
    }

    public static Optional<Page> forPath(String servletPath) {
        return Arrays.stream(values()).filter(p -> p.path.equals(servletPath)).findFirst();
    }

    /**
     * The roles a request path needs (any one of them): the page's own roles, or for an unlisted
     * path in a folder the roles that may open every listed page of that folder (so that
     * /admin/anything needs the administrator too, and an unlisted page never opens to more
     * people than its folder's pages do). Empty for paths outside the listed folders (public).
     */
    public static Optional<Set<String>> requiredRoles(String servletPath) {
        Optional<Page> page = forPath(servletPath);
        if (page.isPresent()) {
            return page.map(Page::roles);
        }
        int slash = servletPath.indexOf('/', 1);
        if (slash < 0) {
            return Optional.empty();
        }
        String folder = servletPath.substring(0, slash + 1);
        return Arrays.stream(values()).filter(p -> p.path.startsWith(folder)).map(Page::roles)
                .reduce((a, b) -> a.stream().filter(b::contains).collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether someone holding {@code hasRole} may open this page. */
    public boolean mayBeOpenedBy(Predicate<String> hasRole) {
        return roles.stream().anyMatch(hasRole);
    }
}
