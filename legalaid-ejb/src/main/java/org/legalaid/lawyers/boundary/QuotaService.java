package org.legalaid.lawyers.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.lawyers.CreditKind;
import org.legalaid.lawyers.CreditRule;
import org.legalaid.lawyers.FirmQuotaLine;
import org.legalaid.lawyers.LawyerQuotaLine;
import org.legalaid.lawyers.LawyerStatus;
import org.legalaid.lawyers.QuotaProgress;
import org.legalaid.lawyers.QuotaReduction;
import org.legalaid.lawyers.QuotaReductionEntry;
import org.legalaid.lawyers.QuotaRule;
import org.legalaid.lawyers.QuotaRuleEntry;
import org.legalaid.lawyers.QuotaRuleForm;
import org.legalaid.lawyers.QuotaServiceEntry;
import org.legalaid.lawyers.ReductionReason;
import org.legalaid.lawyers.ServiceUnits;
import org.legalaid.lawyers.control.QuotaLedger;
import org.legalaid.lawyers.control.QuotaRepository;
import org.legalaid.lawyers.control.QuotaWorkbook;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.CurrentTime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Obligation quotas 义务量核定 (LAL art. 16; issue 4): the bureau's supervisor or the administrator
 * publishes the year's rule; the assignment officer records reductions with their reason and
 * service credited towards the quota (duty days come from the roster); every staff member reads the
 * progress of lawyers and firms and the report for the bureau and the bar association (LAL art. 60),
 * also as an Excel workbook. Progress is always the quota ledger's ({@link QuotaLedger}), never
 * computed here a second way.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class QuotaService {

    static final String RULE = "QuotaRule";
    static final String REDUCTION = "QuotaReduction";
    static final String SERVICE = "QuotaService";
    static final String REPORT = "QuotaReport";

    @Inject
    private QuotaRepository quotas;

    @Inject
    private QuotaLedger ledger;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    /** The year's rule as stored, if published. */
    @RolesAllowed(Roles.STAFF)
    public Optional<QuotaRuleEntry> findRule(@Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year) {
        return quotas.findRule(year);
    }

    /** The years that have a rule, newest first. */
    @RolesAllowed(Roles.STAFF)
    public List<Integer> findRuleYears() {
        return quotas.findRuleYears();
    }

    /**
     * Publishes or replaces the year's rule. The form is turned into a {@link QuotaRule}, whose
     * checks refuse a negative quota, overlapping bands or a kind converted twice with their own
     * message, and nothing is saved. (A later rule that converts fewer kinds or owes fewer cases
     * than the year's reductions leaves the figures computable: the ledger credits only what the
     * rule converts and caps reductions at the quota.)
     *
     * @param expectedVersion the version the editor saw, or null when publishing a new year
     * @throws BusinessException {@code error.staleData}; {@code lawyers.quota.ruleExists} (year)
     *                           when the year already has a rule and no version was given
     */
    @RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.SYSTEM_ADMIN})
    public QuotaRuleEntry saveRule(@NotNull @Valid QuotaRuleForm form, Long expectedVersion) {
        QuotaRule rule = form.toRule();
        String by = organisation.getCaller().getUsername();
        OffsetDateTime now = time.now();
        Optional<QuotaRuleEntry> existing = quotas.findRule(rule.year());
        QuotaRuleEntry entry;
        if (existing.isPresent()) {
            entry = existing.get();
            if (expectedVersion == null) {
                throw new BusinessException("lawyers.quota.ruleExists", String.valueOf(rule.year()));
            }
            if (entry.getVersion() != expectedVersion) {
                throw new BusinessException("error.staleData");
            }
            entry.replace(rule, form.getNote(), by, now);
            audit.fire(AuditEvent.of(AuditAction.UPDATE, RULE, entry.getId(), describe(rule)));
        } else {
            entry = quotas.addRule(new QuotaRuleEntry(rule, form.getNote(), by, now));
            quotas.flush();
            audit.fire(AuditEvent.of(AuditAction.CREATE, RULE, entry.getId(), describe(rule)));
        }
        return entry;
    }

    /** A lawyer's reductions of the year, cancelled ones included. */
    @RolesAllowed(Roles.STAFF)
    public List<QuotaReductionEntry> findReductions(long lawyerId, @Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year) {
        return quotas.findReductions(lawyerId, year);
    }

    /**
     * Reduces a lawyer's quota for the year, with its reason (illness, new licence …). The year's
     * uncancelled reductions together may not exceed the quota.
     *
     * @throws BusinessException {@code lawyers.quota.noRule} (year) before the year's rule is
     *                           published; {@code lawyers.quota.reductionExceedsQuota} (reductions,
     *                           quota); {@code lawyers.quota.reductionNoteRequired} for OTHER
     *                           without a note
     */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public QuotaReductionEntry addReduction(long lawyerId, @Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year,
                                            @NotNull ReductionReason reason,
                                            @NotNull @DecimalMin("0.01") @Digits(integer = 3, fraction = 2) BigDecimal cases,
                                            @Size(max = QuotaReductionEntry.NOTE_MAX) @PlainText String note) {
        QuotaRule rule = ruleOf(year);
        quotas.lockLawyer(lawyerId).orElseThrow(() -> new NotFoundException("Lawyer", lawyerId));
        QuotaReduction reduction = new QuotaReduction(reason, cases, note);
        List<QuotaReduction> all = new ArrayList<>(quotas.findReductions(lawyerId, year).stream()
                .filter(r -> !r.isCancelled()).map(QuotaReductionEntry::toReduction).toList());
        all.add(reduction);
        QuotaProgress.of(rule.lawyerQuota(), all, 0, 0, BigDecimal.ZERO); // refuses reductions beyond the quota
        QuotaReductionEntry e = quotas.add(new QuotaReductionEntry(lawyerId, year, reduction,
                organisation.getCaller().getUsername(), time.now()));
        quotas.flush();
        audit.fire(AuditEvent.of(AuditAction.CREATE, REDUCTION, e.getId(), "lawyer " + lawyerId + ", " + year + ": "
                + reason + " " + e.getCases() + (e.getNote() == null ? "" : " (" + e.getNote() + ")")));
        return e;
    }

    /** Cancels a reduction entered by mistake; it stays visible, with the reason, and no longer counts. */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public QuotaReductionEntry cancelReduction(long reductionId, @NotBlank @Size(max = QuotaReductionEntry.NOTE_MAX) @PlainText String reason) {
        QuotaReductionEntry e = quotas.findReduction(reductionId).orElseThrow(() -> new NotFoundException(REDUCTION, reductionId));
        e.cancel(reason, organisation.getCaller().getUsername(), time.now());
        audit.fire(AuditEvent.of(AuditAction.UPDATE, REDUCTION, reductionId, "cancelled: " + reason.strip()));
        return e;
    }

    /** A lawyer's credited service of the year (other than duty days), newest first. */
    @RolesAllowed(Roles.STAFF)
    public List<QuotaServiceEntry> findService(long lawyerId, @Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year) {
        return quotas.findService(lawyerId, year);
    }

    /**
     * Records service that the year's rule credits towards the quota: window and hotline shifts,
     * mediation sessions. Duty days are not entered here; the roster counts them.
     *
     * @throws BusinessException {@code lawyers.quota.noRule} (year);
     *                           {@code lawyers.quota.noCreditRule} (kind, year) when the year's
     *                           rule does not convert the kind; {@code lawyers.quota.dutyDaysFromRoster};
     *                           {@code lawyers.quota.serviceInFuture} (date)
     */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public QuotaServiceEntry recordService(long lawyerId, @NotNull CreditKind kind, @NotNull LocalDate serviceOn,
                                           @NotNull @DecimalMin("0.01") @Digits(integer = 4, fraction = 2) BigDecimal units,
                                           @Size(max = QuotaServiceEntry.NOTE_MAX) @PlainText String note) {
        if (kind == CreditKind.DUTY_DAY) {
            throw new BusinessException("lawyers.quota.dutyDaysFromRoster");
        }
        QuotaRule rule = ruleOf(serviceOn.getYear());
        if (rule.creditRule(kind).isEmpty()) {
            throw new BusinessException("lawyers.quota.noCreditRule", kind.labelKey(), String.valueOf(serviceOn.getYear()));
        }
        quotas.findLawyer(lawyerId).orElseThrow(() -> new NotFoundException("Lawyer", lawyerId));
        QuotaServiceEntry e = quotas.add(new QuotaServiceEntry(lawyerId, new ServiceUnits(kind, units), serviceOn, note,
                time.today(), organisation.getCaller().getUsername(), time.now()));
        quotas.flush();
        audit.fire(AuditEvent.of(AuditAction.CREATE, SERVICE, e.getId(), "lawyer " + lawyerId + ": " + kind + " "
                + e.getUnits() + " on " + serviceOn));
        return e;
    }

    /** A lawyer's progress for the year, from the ledger. */
    @RolesAllowed(Roles.STAFF)
    public QuotaProgress getLawyerProgress(long lawyerId, @Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year) {
        return ledger.lawyerProgress(lawyerId, year);
    }

    /**
     * A page of the lawyers' progress for the year, lowest fulfilment first (who is furthest
     * behind), then by name. {@code text} matches a part of the lawyer's or the firm's name.
     */
    @RolesAllowed(Roles.STAFF)
    public List<LawyerQuotaLine> findLawyerLines(@Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year,
                                                 @Size(max = 50) String text, @Min(0) int first, @Min(1) @Max(10_000) int max) {
        List<LawyerQuotaLine> all = lawyerLines(year, text);
        return all.subList(Math.min(first, all.size()), Math.min(first + max, all.size()));
    }

    @RolesAllowed(Roles.STAFF)
    public long countLawyerLines(@Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year, @Size(max = 50) String text) {
        return lawyerLines(year, text).size();
    }

    /** A page of the firms' progress for the year, lowest fulfilment first. */
    @RolesAllowed(Roles.STAFF)
    public List<FirmQuotaLine> findFirmLines(@Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year,
                                             @Min(0) int first, @Min(1) @Max(10_000) int max) {
        List<FirmQuotaLine> all = firmLines(year);
        return all.subList(Math.min(first, all.size()), Math.min(first + max, all.size()));
    }

    @RolesAllowed(Roles.STAFF)
    public long countFirmLines(@Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year) {
        return firmLines(year).size();
    }

    /**
     * How the lawyers' fulfilment of the year is spread, for the dashboard's chart: counts of
     * lawyers below 25 %, 25–50 %, 50–75 %, 75–100 % and at or above 100 %.
     */
    @RolesAllowed(Roles.STAFF)
    public List<Long> findFulfilmentSpread(@Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year) {
        long[] buckets = new long[FULFILMENT_BOUNDS.length + 1];
        for (BigDecimal f : ledger.fulfilment(year).values()) {
            int b = 0;
            while (b < FULFILMENT_BOUNDS.length && f.compareTo(FULFILMENT_BOUNDS[b]) >= 0) {
                b++;
            }
            buckets[b]++;
        }
        List<Long> out = new ArrayList<>();
        for (long n : buckets) {
            out.add(n);
        }
        return out;
    }

    private static final BigDecimal[] FULFILMENT_BOUNDS = {new BigDecimal("0.25"), new BigDecimal("0.50"),
            new BigDecimal("0.75"), BigDecimal.ONE};

    /**
     * The year's report as an .xlsx workbook: a sheet of lawyers and a sheet of firms with their
     * quota, reductions, assigned, completed, credited, remaining and fulfilment (LAL art. 60).
     * The export is audited.
     */
    @RolesAllowed(Roles.STAFF)
    public byte[] exportReport(@Min(QuotaRuleEntry.MIN_YEAR) @Max(QuotaRuleEntry.MAX_YEAR) int year) {
        List<LawyerQuotaLine> lawyers = lawyerLines(year, null);
        List<FirmQuotaLine> firms = firmLines(year);
        byte[] xlsx = QuotaWorkbook.write(year, lawyers, firms);
        audit.fire(AuditEvent.of(AuditAction.READ, REPORT, year, "quota report exported: " + lawyers.size() + " lawyers, "
                + firms.size() + " firms"));
        return xlsx;
    }

    private List<LawyerQuotaLine> lawyerLines(int year, String text) {
        Map<Long, QuotaProgress> progress = ledger.lawyerProgress(year);
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        List<LawyerQuotaLine> lines = new ArrayList<>();
        for (Object[] r : quotas.findLawyerNames()) {
            QuotaProgress p = progress.get((Long) r[0]);
            if (p == null) {
                continue;
            }
            String name = (String) r[1];
            String firm = (String) r[3];
            if (needle != null && !name.toLowerCase(Locale.ROOT).contains(needle) && !firm.toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            lines.add(new LawyerQuotaLine((Long) r[0], name, (Long) r[2], firm, (LawyerStatus) r[4], p));
        }
        lines.sort(Comparator.comparing((LawyerQuotaLine l) -> l.progress().fulfilment())
                .thenComparing(LawyerQuotaLine::name).thenComparing(LawyerQuotaLine::lawyerId));
        return lines;
    }

    private List<FirmQuotaLine> firmLines(int year) {
        Map<Long, QuotaProgress> progress = ledger.firmProgress(year);
        Map<Long, String> names = new HashMap<>();
        for (Object[] r : quotas.findFirmNames()) {
            names.put((Long) r[0], (String) r[1]);
        }
        List<FirmQuotaLine> lines = new ArrayList<>();
        progress.forEach((id, p) -> lines.add(new FirmQuotaLine(id, names.getOrDefault(id, "#" + id), p)));
        lines.sort(Comparator.comparing((FirmQuotaLine l) -> l.progress().fulfilment())
                .thenComparing(FirmQuotaLine::name).thenComparing(FirmQuotaLine::firmId));
        return lines;
    }

    private QuotaRule ruleOf(int year) {
        return quotas.findRule(year).map(QuotaRuleEntry::toRule)
                .orElseThrow(() -> new BusinessException("lawyers.quota.noRule", String.valueOf(year)));
    }


    private static String describe(QuotaRule rule) {
        return rule.year() + ": " + rule.casesPerLawyer() + " per lawyer, firms " + rule.firmMode()
                + (rule.bands().isEmpty() ? "" : " " + rule.bands()) + ", credits "
                + rule.credits().stream().map(CreditRule::toString).toList();
    }
}
