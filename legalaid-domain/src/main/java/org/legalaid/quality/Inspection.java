package org.legalaid.quality;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An institution inspection campaign (seed 000 "法律援助规范与质量检查活动", seed 002 "规范服务达标活动"): the scorecard
 * version it is scored on, the period whose data the figures are taken from, the phases with their last days
 * (学习发动, 自查自纠, 集中检查/互查, 总结验收和表彰), the target compliance rate (seed 002: 90 %), the number of
 * cross-inspection groups, and the people commended at acceptance.
 */
@Entity
@Table(name = "quality_inspection")
public class Inspection implements java.io.Serializable {

    public static final int NAME_MAX = 100;

    /** What an inspection is opened with. */
    public record Settings(String name, long scorecardId, LocalDate periodFrom, LocalDate periodTo, LocalDate mobiliseUntil,
                           LocalDate selfUntil, LocalDate crossUntil, LocalDate acceptanceUntil, BigDecimal targetRate,
                           int groups) implements Serializable {
        /**
         * @throws BusinessException {@code quality.inspection.name}; {@code quality.inspection.dates} when a date is
         *                           missing or the phases' last days are out of order; {@code quality.inspection.target}
         *                           for a target rate outside (0, 100]
         */
        public void check() {
            if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
                throw new BusinessException("quality.inspection.name");
            }
            if (periodFrom == null || periodTo == null || mobiliseUntil == null || selfUntil == null || crossUntil == null
                    || acceptanceUntil == null || periodTo.isBefore(periodFrom) || selfUntil.isBefore(mobiliseUntil)
                    || crossUntil.isBefore(selfUntil) || acceptanceUntil.isBefore(crossUntil)) {
                throw new BusinessException("quality.inspection.dates");
            }
            if (targetRate == null || targetRate.signum() <= 0 || targetRate.compareTo(new BigDecimal("100")) > 0) {
                throw new BusinessException("quality.inspection.target");
            }
        }
    }

    @Id
    @SequenceGenerator(name = "quality_inspection_seq", sequenceName = "quality_inspection_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_inspection_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "scorecard_id", nullable = false, updatable = false)
    private long scorecardId;

    @Column(name = "owner_unit_id", nullable = false, updatable = false)
    private long ownerUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false, length = 20)
    private InspectionPhase phase;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(name = "mobilise_until", nullable = false)
    private LocalDate mobiliseUntil;

    @Column(name = "self_until", nullable = false)
    private LocalDate selfUntil;

    @Column(name = "cross_until", nullable = false)
    private LocalDate crossUntil;

    @Column(name = "acceptance_until", nullable = false)
    private LocalDate acceptanceUntil;

    @Column(name = "target_rate", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal targetRate;

    @Column(name = "group_count", nullable = false, updatable = false)
    private int groupCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quality_inspection_person", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    private List<CommendedPerson> commendedPeople = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = UserName.MAX, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Inspection() {
    }

    /** @throws BusinessException those of {@link Settings#check()} */
    public Inspection(Settings s, long ownerUnitId, String createdBy, OffsetDateTime createdAt) {
        s.check();
        this.name = s.name().strip();
        this.scorecardId = s.scorecardId();
        this.ownerUnitId = ownerUnitId;
        this.phase = InspectionPhase.MOBILISE;
        this.periodFrom = s.periodFrom();
        this.periodTo = s.periodTo();
        this.mobiliseUntil = s.mobiliseUntil();
        this.selfUntil = s.selfUntil();
        this.crossUntil = s.crossUntil();
        this.acceptanceUntil = s.acceptanceUntil();
        this.targetRate = s.targetRate();
        this.groupCount = s.groups();
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Moves to the next phase (the boundary checks first what the phase must have finished). */
    public InspectionPhase advance() {
        phase = phase.next();
        return phase;
    }

    /** @throws BusinessException {@code quality.inspection.phaseNot} (phase wanted, phase now) */
    public void require(InspectionPhase p) {
        if (phase != p) {
            throw new BusinessException("quality.inspection.phaseNot", p.labelKey(), phase.labelKey());
        }
    }

    /** The last day of a phase (none for closed). */
    public LocalDate lastDayOf(InspectionPhase p) {
        return switch (p) {
            case MOBILISE -> mobiliseUntil;
            case SELF_INSPECTION -> selfUntil;
            case CROSS_INSPECTION -> crossUntil;
            case ACCEPTANCE -> acceptanceUntil;
            case CLOSED -> null;
        };
    }

    public void commend(CommendedPerson p) {
        commendedPeople.add(Objects.requireNonNull(p, "person"));
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public long getScorecardId() { return scorecardId; }
    public long getOwnerUnitId() { return ownerUnitId; }
    public InspectionPhase getPhase() { return phase; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public LocalDate getMobiliseUntil() { return mobiliseUntil; }
    public LocalDate getSelfUntil() { return selfUntil; }
    public LocalDate getCrossUntil() { return crossUntil; }
    public LocalDate getAcceptanceUntil() { return acceptanceUntil; }
    public BigDecimal getTargetRate() { return targetRate; }
    public int getGroupCount() { return groupCount; }
    public List<CommendedPerson> getCommendedPeople() { return List.copyOf(commendedPeople); }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
