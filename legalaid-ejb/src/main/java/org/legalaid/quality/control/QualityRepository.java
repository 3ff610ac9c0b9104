package org.legalaid.quality.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.legalaid.quality.ArchivedCase;
import org.legalaid.quality.Campaign;
import org.legalaid.quality.CandidateList;
import org.legalaid.quality.Evaluation;
import org.legalaid.quality.EvaluationForm;
import org.legalaid.quality.Evaluator;
import org.legalaid.quality.FormKind;
import org.legalaid.quality.Grade;
import org.legalaid.quality.SampledCase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The quality context's tables (db/tables/quality.txt). */
@ApplicationScoped
public class QualityRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/LegalAidDS")
    private DataSource dataSource;

    // ---- archived cases and their check --------------------------------------------------------------

    public boolean isArchivedCase(long caseId) {
        return em.find(ArchivedCase.class, caseId) != null;
    }

    public void addArchivedCase(ArchivedCase c) {
        em.persist(c);
    }

    public Optional<ArchivedCase> findArchivedCase(long caseId) {
        return Optional.ofNullable(em.find(ArchivedCase.class, caseId));
    }

    public List<ArchivedCase> findArchivedCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<ArchivedCase> out = new ArrayList<>();
        List<Long> ids = new ArrayList<>(caseIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            out.addAll(em.createQuery("select a from ArchivedCase a where a.caseId in :ids", ArchivedCase.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000))).getResultList());
        }
        return out;
    }

    /**
     * The candidates of a campaign: cases archived in the window, of the units — read by plain JDBC with a
     * narrow projection (the kind as its ordinal, findings as a flag) and a fetch size, straight into the
     * primitive {@link CandidateList}: a million candidates in about the time of the bare SQL (README
     * Benchmarks), never a million entities or rows of objects.
     */
    public CandidateList findCandidates(LocalDate from, LocalDate to, Collection<Long> units) {
        if (units.isEmpty()) {
            return new CandidateList.Builder(0).build();
        }
        FormKind[] kinds = FormKind.values();
        StringBuilder kindCase = new StringBuilder("case form_kind");
        for (FormKind k : kinds) {
            kindCase.append(" when '").append(k.name()).append("' then ").append(k.ordinal());
        }
        String sql = "select case_id, unit_id, " + kindCase + " end, finding_count > 0 from quality_archived_case"
                + " where archived_on between ? and ? and unit_id in (" + String.join(",", java.util.Collections.nCopies(units.size(), "?")) + ")";
        CandidateList.Builder out = new CandidateList.Builder(64 * 1024);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(10_000);
            ps.setObject(1, from);
            ps.setObject(2, to);
            int i = 3;
            for (long u : units) {
                ps.setLong(i++, u);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1), rs.getLong(2), kinds[rs.getInt(3)], rs.getBoolean(4));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the candidates of a campaign failed", e);
        }
        return out.build();
    }

    /** The number of findings of each type in the units' archived cases of a window (the summary per unit). */
    public List<Object[]> countFindings(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select f.type, count(a) from ArchivedCase a join a.findings f where a.caseId in :ids "
                + "group by f.type order by count(a) desc", Object[].class).setParameter("ids", caseIds).getResultList();
    }

    // ---- forms ----------------------------------------------------------------------------------------

    public void addForm(EvaluationForm f) {
        em.persist(f);
        em.flush();
    }

    public Optional<EvaluationForm> findForm(long id) {
        return Optional.ofNullable(em.find(EvaluationForm.class, id));
    }

    /** The current (highest) version of the kind's form. */
    public Optional<EvaluationForm> findCurrentForm(FormKind kind) {
        return em.createQuery("select f from EvaluationForm f where f.kind = :k order by f.formVersion desc",
                EvaluationForm.class).setParameter("k", kind).setMaxResults(1).getResultStream().findFirst();
    }

    public int maxFormVersion(FormKind kind) {
        Integer v = em.createQuery("select max(f.formVersion) from EvaluationForm f where f.kind = :k", Integer.class)
                .setParameter("k", kind).getSingleResult();
        return v == null ? 0 : v;
    }

    public List<EvaluationForm> findForms() {
        return em.createQuery("select f from EvaluationForm f order by f.kind, f.formVersion desc", EvaluationForm.class)
                .getResultList();
    }

    // ---- evaluators -----------------------------------------------------------------------------------

    public void addEvaluator(Evaluator e) {
        em.persist(e);
        em.flush();
    }

    public Optional<Evaluator> findEvaluator(long id) {
        return Optional.ofNullable(em.find(Evaluator.class, id));
    }

    public Optional<Evaluator> findEvaluatorByUser(String userName) {
        return em.createQuery("select e from Evaluator e where e.userName = :u", Evaluator.class)
                .setParameter("u", userName).getResultStream().findFirst();
    }

    public boolean evaluatorExists(String userName) {
        return findEvaluatorByUser(userName).isPresent();
    }

    /** The active evaluators of the units. */
    public List<Evaluator> findEvaluators(Collection<Long> units) {
        return em.createQuery("select e from Evaluator e where e.active = true and e.unitId in :u order by e.id",
                Evaluator.class).setParameter("u", units).getResultList();
    }

    /** The evaluations each evaluator holds unsubmitted. */
    public Map<Long, Integer> openLoads() {
        Map<Long, Integer> out = new HashMap<>();
        for (Object[] r : em.createQuery("select e.evaluatorId, count(e) from Evaluation e where e.submittedAt is null "
                + "group by e.evaluatorId", Object[].class).getResultList()) {
            out.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        return out;
    }

    // ---- campaigns, samples, evaluations --------------------------------------------------------------

    public void addCampaign(Campaign c) {
        em.persist(c);
        em.flush();
    }

    public Optional<Campaign> findCampaign(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id));
    }

    public Optional<Campaign> lockCampaign(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The campaigns owned by the units, newest first. */
    public List<Campaign> findCampaigns(Collection<Long> units) {
        return em.createQuery("select c from Campaign c where c.ownerUnitId in :u order by c.createdAt desc, c.id desc",
                Campaign.class).setParameter("u", units).getResultList();
    }

    public void addSample(SampledCase s) {
        em.persist(s);
    }

    public void flush() {
        em.flush();
    }

    public Optional<SampledCase> findSample(long id) {
        return Optional.ofNullable(em.find(SampledCase.class, id));
    }

    public Optional<SampledCase> lockSample(long id) {
        return Optional.ofNullable(em.find(SampledCase.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<SampledCase> findSamples(long campaignId) {
        return em.createQuery("select s from SampledCase s where s.campaignId = :c order by s.unitId, s.caseId",
                SampledCase.class).setParameter("c", campaignId).getResultList();
    }

    public void addEvaluation(Evaluation e) {
        em.persist(e);
    }

    public Optional<Evaluation> findEvaluation(long id) {
        return Optional.ofNullable(em.find(Evaluation.class, id));
    }

    public Optional<Evaluation> lockEvaluation(long id) {
        return Optional.ofNullable(em.find(Evaluation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Evaluation> findEvaluations(long campaignId) {
        return em.createQuery("select e from Evaluation e where e.campaignId = :c order by e.sampleId, e.round",
                Evaluation.class).setParameter("c", campaignId).getResultList();
    }

    public List<Evaluation> findEvaluationsOfSample(long sampleId) {
        return em.createQuery("select e from Evaluation e where e.sampleId = :s order by e.round", Evaluation.class)
                .setParameter("s", sampleId).getResultList();
    }

    /** The evaluations waiting for the user, oldest first. */
    public List<Evaluation> findOpenWork(String userName) {
        return em.createQuery("select e from Evaluation e where e.evaluatorUser = :u and e.submittedAt is null "
                + "order by e.id", Evaluation.class).setParameter("u", userName).getResultList();
    }

    /** Every evaluation assigned to the user. */
    public List<Evaluation> findEvaluationsOfUser(String userName) {
        return em.createQuery("select e from Evaluation e where e.evaluatorUser = :u", Evaluation.class)
                .setParameter("u", userName).getResultList();
    }

    /** The final grades of a case, latest first. */
    public List<Grade> findFinalGrades(long caseId) {
        return em.createQuery("select s.finalGrade from SampledCase s where s.caseId = :c and s.finalGrade is not null "
                + "order by s.finalOn desc, s.id desc", Grade.class).setParameter("c", caseId).getResultList();
    }

    /** The final grades of a lawyer's cases made final in a year. */
    public List<Grade> findFinalGradesOfLawyer(long lawyerId, int year) {
        return em.createQuery("select s.finalGrade from SampledCase s where s.lawyerId = :l and s.finalGrade is not null "
                        + "and s.finalOn between :f and :t", Grade.class).setParameter("l", lawyerId)
                .setParameter("f", LocalDate.of(year, 1, 1)).setParameter("t", LocalDate.of(year, 12, 31)).getResultList();
    }
}
