package org.legalaid.intake.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.legalaid.intake.ApplicationChannel;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.MatterType;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.Roles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Intake's own figures for statistics and reports (issue 17): consultations by channel (the 12348
 * hotline among them), applications received by channel and matter type, decided and withdrawn,
 * applications received by the applicant's special category, notified criminal cases by organ, stage and ground, and the statutory clocks kept or missed — each
 * counted by one GROUP BY over intake's own tables, within the given units (narrowed to the caller's
 * scope) and the days {@code from} to {@code to}, both included, on China's calendar.
 *
 * <p>Figures are named {@code <subject>.<group>.<value>}; the reporting context adds and compares
 * them by name and never reads these tables itself.
 */
@Stateless
@RolesAllowed({Roles.BUREAU_SUPERVISOR, Roles.APPROVER})
public class IntakeFigures {

    /** The application statuses that are a refusal, whatever became of an objection to it. */
    static final Set<ApplicationStatus> REFUSED = EnumSet.of(ApplicationStatus.REFUSED, ApplicationStatus.OBJECTION_PENDING,
            ApplicationStatus.REFUSAL_UPHELD);

    /** The clocks whose keeping the reports show (LAL art. 43 decide in 7 days, art. 44/36 assign in 3, closing). */
    static final Set<ClockStep> REPORTED_CLOCKS = EnumSet.of(ClockStep.DECIDE_APPLICATION, ClockStep.ASSIGN_AFTER_GRANT,
            ClockStep.ASSIGN_AFTER_NOTICE, ClockStep.CLOSING_SUBMISSION);

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    @Inject
    private OrganisationService organisation;

    /** Intake's figures for the units (those of the caller's scope) and days. */
    public Map<String, Long> count(@NotNull Collection<Long> unitIds, @NotNull LocalDate from, @NotNull LocalDate to) {
        Set<Long> units = new HashSet<>(unitIds);
        units.retainAll(organisation.findUnitIdsInScope());
        Map<String, Long> f = new TreeMap<>();
        if (units.isEmpty()) {
            return f;
        }
        OffsetDateTime fromAt = from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        OffsetDateTime toAt = to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();

        for (Object[] r : em.createQuery("select c.channel, count(c) from Consultation c where c.unitId in :units"
                + " and c.consultedAt >= :from and c.consultedAt < :to group by c.channel", Object[].class)
                .setParameter("units", units).setParameter("from", fromAt).setParameter("to", toAt).getResultList()) {
            f.put("consultations.channel." + r[0], (Long) r[1]);
        }

        for (Object[] r : em.createQuery("select a.channel, a.matterType, count(a) from Application a where a.unitId in :units"
                        + " and a.receivedAt >= :from and a.receivedAt < :to group by a.channel, a.matterType", Object[].class)
                .setParameter("units", units).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getResultList()) {
            long n = (Long) r[2];
            ApplicationChannel channel = (ApplicationChannel) r[0];
            MatterType matter = (MatterType) r[1];
            f.merge("applications.received", n, Long::sum);
            f.merge("applications.channel." + channel, n, Long::sum);
            f.merge("applications.matter." + matter, n, Long::sum);
            if (matter == MatterType.CIVIL || matter == MatterType.ADMINISTRATIVE) {
                // seed 003: the share of civil and administrative cases arriving through workstations
                f.merge("applications.civilAdministrative", n, Long::sum);
                if (channel == ApplicationChannel.WORKSTATION) {
                    f.merge("applications.civilAdministrative.workstation", n, Long::sum);
                }
            }
        }

        // issue 17 "category of applicant": the special groups of LAL art. 42 and the local list, an
        // applicant in two groups counted in each (so the categories do not add up to the applications)
        for (Object[] r : em.createQuery("select g, count(a) from Application a, Applicant p join p.categories g"
                        + " where p.id = a.applicantId and a.unitId in :units and a.receivedAt >= :from and a.receivedAt < :to"
                        + " group by g", Object[].class)
                .setParameter("units", units).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getResultList()) {
            f.put("applications.category." + r[0], (Long) r[1]);
        }

        for (Object[] r : em.createQuery("select a.status, count(a) from Application a where a.unitId in :units"
                        + " and a.decidedAt >= :from and a.decidedAt < :to group by a.status", Object[].class)
                .setParameter("units", units).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getResultList()) {
            ApplicationStatus s = (ApplicationStatus) r[0];
            if (s == ApplicationStatus.GRANTED) {
                f.merge("applications.granted", (Long) r[1], Long::sum);
            } else if (REFUSED.contains(s)) {
                f.merge("applications.refused", (Long) r[1], Long::sum);
            }
        }
        f.put("applications.withdrawn", em.createQuery("select count(a) from Application a where a.unitId in :units"
                        + " and a.withdrawnAt >= :from and a.withdrawnAt < :to", Long.class)
                .setParameter("units", units).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getSingleResult());

        for (Object[] r : em.createQuery("select n.organType, n.stage, count(n) from CriminalNotice n where n.unitId in :units"
                        + " and n.receivedAt >= :from and n.receivedAt < :to group by n.organType, n.stage", Object[].class)
                .setParameter("units", units).setParameter("from", fromAt).setParameter("to", toAt).getResultList()) {
            long n = (Long) r[2];
            f.merge("notices.received", n, Long::sum);
            f.merge("notices.organ." + r[0], n, Long::sum);
            f.merge("notices.stage." + r[1], n, Long::sum);
        }
        for (Object[] r : em.createQuery("select g, count(n) from CriminalNotice n join n.grounds g where n.unitId in :units"
                        + " and n.receivedAt >= :from and n.receivedAt < :to group by g", Object[].class)
                .setParameter("units", units).setParameter("from", fromAt).setParameter("to", toAt).getResultList()) {
            f.put("notices.ground." + r[0], (Long) r[1]);
        }

        for (Object[] r : em.createQuery("select k.step, k.late, count(k) from ClockItem k where k.unitId in :units"
                        + " and k.step in :steps and k.completedAt >= :from and k.completedAt < :to group by k.step, k.late",
                        Object[].class)
                .setParameter("units", units).setParameter("steps", REPORTED_CLOCKS).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getResultList()) {
            f.merge("clocks." + r[0] + (Boolean.TRUE.equals(r[1]) ? ".late" : ".inTime"), (Long) r[2], Long::sum);
        }
        return f;
    }

    /**
     * Civil and administrative applications received in the days {@code from} to {@code to}, both
     * included, per unit: {@code [all, through a workstation]} — the figures of the workstation-share
     * target (seed 003 "力争40%以上的民事(行政)法律援助案件通过站点申请获得"), for the workbench card, counted
     * by one GROUP BY over the given units (narrowed to the caller's scope) without the rest of
     * {@link #count}. A unit without such applications is absent.
     */
    public Map<Long, long[]> countCivilAdministrativeByUnit(@NotNull Collection<Long> unitIds, @NotNull LocalDate from,
                                                            @NotNull LocalDate to) {
        Set<Long> units = new HashSet<>(unitIds);
        units.retainAll(organisation.findUnitIdsInScope());
        Map<Long, long[]> f = new TreeMap<>();
        if (units.isEmpty()) {
            return f;
        }
        for (Object[] r : em.createQuery("select a.unitId, a.channel, count(a) from Application a where a.unitId in :units"
                        + " and a.matterType in :matters and a.receivedAt >= :from and a.receivedAt < :to"
                        + " group by a.unitId, a.channel", Object[].class)
                .setParameter("units", units).setParameter("matters", EnumSet.of(MatterType.CIVIL, MatterType.ADMINISTRATIVE))
                .setParameter("from", from.atStartOfDay()).setParameter("to", to.plusDays(1).atStartOfDay()).getResultList()) {
            long[] n = f.computeIfAbsent((Long) r[0], u -> new long[2]);
            long c = (Long) r[2];
            n[0] += c;
            if (r[1] == ApplicationChannel.WORKSTATION) {
                n[1] += c;
            }
        }
        return f;
    }
}
