package org.legalaid.funding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.legalaid.funding.Allocation;
import org.legalaid.funding.Fund;
import org.legalaid.funding.FundingSettings;
import org.legalaid.funding.RuleCode;
import org.legalaid.funding.RuleSetting;
import org.legalaid.funding.SubsidyStandard;
import org.legalaid.intake.MatterType;
import org.legalaid.funding.ProcedureStage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Storage of funds, allocations, subsidy standards and the settings. */
@ApplicationScoped
public class FundRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public Fund addFund(Fund f) {
        em.persist(f);
        em.flush();
        return f;
    }

    public Optional<Fund> findFund(long id) {
        return Optional.ofNullable(em.find(Fund.class, id));
    }

    public Map<Long, Fund> findFunds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select f from Fund f where f.id in :ids", Fund.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Fund::getId, Function.identity()));
    }

    /** The funds held by the units, newest year first. */
    public List<Fund> findFundsOf(Collection<Long> units) {
        return em.createQuery("select f from Fund f where f.unitId in :u order by f.fiscalYear desc, f.name", Fund.class)
                .setParameter("u", units).getResultList();
    }

    public boolean fundNameTaken(long unitId, int year, String name) {
        return em.createQuery("select count(f) from Fund f where f.unitId = :u and f.fiscalYear = :y and f.name = :n",
                        Long.class)
                .setParameter("u", unitId).setParameter("y", year).setParameter("n", name).getSingleResult() > 0;
    }

    public Allocation addAllocation(Allocation a) {
        em.persist(a);
        return a;
    }

    public List<Allocation> findAllocations(Collection<Long> units) {
        return em.createQuery("select a from Allocation a where a.toUnitId in :u or a.fromUnitId in :u"
                        + " order by a.receivedOn desc, a.id desc", Allocation.class)
                .setParameter("u", units).setMaxResults(500).getResultList();
    }

    public List<Allocation> findAllAllocations() {
        return em.createQuery("select a from Allocation a order by a.id", Allocation.class).getResultList();
    }

    public SubsidyStandard addStandard(SubsidyStandard s) {
        em.persist(s);
        return s;
    }

    public Optional<SubsidyStandard> lockStandard(long id) {
        return Optional.ofNullable(em.find(SubsidyStandard.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The standards of the units, newest first. */
    public List<SubsidyStandard> findStandards(Collection<Long> units) {
        return em.createQuery("select s from SubsidyStandard s where s.unitId in :u"
                        + " order by s.matterType, s.stage, s.effectiveFrom desc", SubsidyStandard.class)
                .setParameter("u", units).getResultList();
    }

    /** The standards of a region, matter type and stage, locked against a simultaneous overlapping entry. */
    public List<SubsidyStandard> lockStandardsOf(long unitId, MatterType type, ProcedureStage stage) {
        return em.createQuery("select s from SubsidyStandard s where s.unitId = :u and s.matterType = :m and s.stage = :s",
                        SubsidyStandard.class)
                .setParameter("u", unitId).setParameter("m", type).setParameter("s", stage)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public FundingSettings settings() {
        return em.find(FundingSettings.class, FundingSettings.SINGLETON_ID);
    }

    public FundingSettings lockSettings() {
        return em.find(FundingSettings.class, FundingSettings.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<RuleSetting> ruleSettings() {
        return em.createQuery("select r from RuleSetting r", RuleSetting.class).getResultList();
    }

    public Optional<RuleSetting> ruleSetting(RuleCode code) {
        return Optional.ofNullable(em.find(RuleSetting.class, code));
    }
}
