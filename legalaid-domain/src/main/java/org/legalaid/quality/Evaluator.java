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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.UserName;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A member of the evaluator pool (评估师人才库, seed 004: "12名案件评估师参加了……培训会"): a staff member or
 * an outside lawyer with an evaluator's account, their unit (for an outside lawyer, the unit whose pool
 * they are in), law firm, specialties, the date of their training and the lawyers they declared a
 * conflict with. Cross-avoidance reads all of it ({@link CrossAvoidance}).
 */
@Entity
@Table(name = "quality_evaluator")
public class Evaluator implements java.io.Serializable {

    public static final int NAME_MAX = 60;
    public static final int FIRM_MAX = 100;
    public static final int SPECIALTIES_MAX = 200;

    @Id
    @SequenceGenerator(name = "quality_evaluator_seq", sequenceName = "quality_evaluator_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_evaluator_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "user_name", nullable = false, unique = true, length = UserName.MAX, updatable = false)
    private String userName;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "pool_level", nullable = false, length = 10)
    private PoolLevel level;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "firm_name", length = FIRM_MAX)
    private String firmName;

    @Column(name = "lawyer_id")
    private Long lawyerId;

    @Column(name = "specialties", length = SPECIALTIES_MAX)
    private String specialties;

    @Column(name = "trained_on")
    private LocalDate trainedOn;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quality_evaluator_conflict", joinColumns = @JoinColumn(name = "evaluator_id"))
    @Column(name = "lawyer_id")
    private Set<Long> declaredLawyerIds = new HashSet<>();

    protected Evaluator() {
    }

    public Evaluator(String userName, String name, PoolLevel level, long unitId, String firmName, Long lawyerId,
                     String specialties, LocalDate trainedOn, Set<Long> declaredLawyerIds) {
        this.userName = Objects.requireNonNull(userName, "userName");
        this.name = Objects.requireNonNull(name, "name");
        this.level = Objects.requireNonNull(level, "level");
        this.unitId = unitId;
        this.firmName = firmName;
        this.lawyerId = lawyerId;
        this.specialties = specialties;
        this.trainedOn = trainedOn;
        this.declaredLawyerIds = declaredLawyerIds == null ? new HashSet<>() : new HashSet<>(declaredLawyerIds);
    }

    /** Declares a conflict with a lawyer (a relative, a former colleague …): avoidance keeps the lawyer's cases away. */
    public void declareConflict(long lawyerId) {
        declaredLawyerIds.add(lawyerId);
    }

    public void deactivate() {
        active = false;
    }

    /** The evaluator as avoidance sees them, holding {@code load} cases already. */
    public CrossAvoidance.EvaluatorProfile profile(int load) {
        return new CrossAvoidance.EvaluatorProfile(id, userName, unitId, firmName, lawyerId, declaredLawyerIds, load);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getUserName() { return userName; }
    public String getName() { return name; }
    public PoolLevel getLevel() { return level; }
    public long getUnitId() { return unitId; }
    public String getFirmName() { return firmName; }
    public Long getLawyerId() { return lawyerId; }
    public String getSpecialties() { return specialties; }
    public LocalDate getTrainedOn() { return trainedOn; }
    public boolean isActive() { return active; }
    public Set<Long> getDeclaredLawyerIds() { return Set.copyOf(declaredLawyerIds); }
}
