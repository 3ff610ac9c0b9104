package org.legalaid.funding.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.legalaid.funding.Allocation;
import org.legalaid.funding.Fund;
import org.legalaid.funding.FundSource;
import org.legalaid.funding.FundUse;
import org.legalaid.funding.LedgerAccount;
import org.legalaid.funding.LedgerPosting;
import org.legalaid.funding.NewSubsidyStandard;
import org.legalaid.funding.PostingKind;
import org.legalaid.funding.ProcedureStage;
import org.legalaid.funding.SubsidyStandard;
import org.legalaid.intake.MatterType;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.control.CurrentTime;
import org.legalaid.shared.ChinaTime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo mode only (system property {@code legalaid.demo=true}, set by the run command): this year's
 * funds of the city centre — the central earmarked case-subsidy fund with ¥500,000 and the city
 * budget with ¥300,000 — ¥100,000 of the earmarked fund passed down to 市南区, and demonstration
 * subsidy standards for criminal and civil cases by stage, marked as such. A production server never
 * creates them.
 */
@Singleton
@Startup
@DependsOn("InitialData")
@PermitAll // runs at deployment, no caller
public class DemoFundingData {

    private static final Logger LOG = Logger.getLogger(DemoFundingData.class.getName());
    private static final String SYSTEM = "system";
    private static final String BASIS = "演示数据：非真实补贴标准";

    @Inject
    private FundRepository funds;

    @Inject
    private Ledger ledger;

    @Inject
    private OrganisationService organisation;

    @Inject
    private CurrentTime time;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("legalaid.demo")) {
            return;
        }
        Optional<Long> centre = organisation.findActiveUnitIdByCode("FYZX");
        Optional<Long> shinan = organisation.findActiveUnitIdByCode("SN");
        if (centre.isEmpty() || shinan.isEmpty() || !funds.findFundsOf(List.of(centre.get())).isEmpty()) {
            return;
        }
        OffsetDateTime now = time.now();
        LocalDate today = time.today();
        int year = today.getYear();
        Fund earmarked = funds.addFund(new Fund(centre.get(), year, FundSource.CENTRAL_EARMARKED, "中央补助地方法律援助办案专款",
                EnumSet.of(FundUse.CASE_SUBSIDY), SYSTEM, now));
        Fund city = funds.addFund(new Fund(centre.get(), year, FundSource.CITY_BUDGET, "市级法律援助经费",
                EnumSet.of(FundUse.CASE_SUBSIDY, FundUse.DUTY_LAWYER_SUBSIDY, FundUse.OPERATING_COST), SYSTEM, now));
        budget(earmarked, new BigDecimal("500000.00"), "演示：中央专款下达", now);
        budget(city, new BigDecimal("300000.00"), "演示：市级预算", now);
        BigDecimal passed = new BigDecimal("100000.00");
        LedgerPosting p = ledger.post(PostingKind.ALLOCATION, "Fund:" + earmarked.getId(), "演示：下拨市南区", SYSTEM, now, List.of(
                LedgerPosting.Line.debit(earmarked.getId(), shinan.get(), LedgerAccount.AVAILABLE, passed),
                LedgerPosting.Line.credit(earmarked.getId(), centre.get(), LedgerAccount.AVAILABLE, passed)));
        LocalDate passedOn = today.minusDays(10);
        funds.addAllocation(new Allocation(earmarked.getId(), centre.get(), shinan.get(), passed, passedOn, passedOn.plusDays(1),
                today, p.getSeq(), SYSTEM, now));
        Object[][] rates = {
                {MatterType.CRIMINAL, ProcedureStage.INVESTIGATION, "1000.00"},
                {MatterType.CRIMINAL, ProcedureStage.PROSECUTION_REVIEW, "1000.00"},
                {MatterType.CRIMINAL, ProcedureStage.FIRST_INSTANCE, "2000.00"},
                {MatterType.CRIMINAL, ProcedureStage.SECOND_INSTANCE, "2000.00"},
                {MatterType.CRIMINAL, ProcedureStage.DEATH_PENALTY_REVIEW, "3000.00"},
                {MatterType.CIVIL, ProcedureStage.FIRST_INSTANCE, "1500.00"},
                {MatterType.CIVIL, ProcedureStage.SECOND_INSTANCE, "1500.00"},
                {MatterType.ADMINISTRATIVE, ProcedureStage.FIRST_INSTANCE, "1500.00"},
                {MatterType.LABOUR_ARBITRATION, ProcedureStage.ARBITRATION, "1200.00"},
                {MatterType.NON_LITIGATION, ProcedureStage.NON_LITIGATION, "800.00"}};
        for (Object[] r : rates) {
            NewSubsidyStandard s = new NewSubsidyStandard();
            s.setUnitId(centre.get());
            s.setMatterType((MatterType) r[0]);
            s.setStage((ProcedureStage) r[1]);
            s.setBaseAmount(new BigDecimal((String) r[2]));
            s.setExtraPerParty(new BigDecimal("300.00"));
            s.setRemoteAllowance(new BigDecimal("200.00"));
            s.setCopyingCap(new BigDecimal("200.00"));
            s.setTravelCap(new BigDecimal("800.00"));
            s.setEffectiveFrom(LocalDate.of(year - 1, 1, 1));
            s.setBasis(BASIS);
            funds.addStandard(new SubsidyStandard(centre.get(), s, SYSTEM, now));
        }
        LOG.info(() -> "Demo funding loaded: 2 funds, 1 allocation, " + rates.length + " subsidy standards.");
    }

    private void budget(Fund f, BigDecimal amount, String memo, OffsetDateTime now) {
        ledger.post(PostingKind.BUDGET, "Fund:" + f.getId(), memo, SYSTEM, now, List.of(
                LedgerPosting.Line.debit(f.getId(), f.getUnitId(), LedgerAccount.AVAILABLE, amount),
                LedgerPosting.Line.credit(f.getId(), f.getUnitId(), LedgerAccount.APPROPRIATION, amount)));
    }
}
