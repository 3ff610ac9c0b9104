package org.legalaid.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.UserName;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An exemption from the means test kept as data ({@link ExemptionRule}): the national grounds of
 * LAL art. 32 and 42, loaded once from {@link ExemptionRules#defaults()}, and the grounds a city
 * adds (art. 32(5), 42(4)), which an administrator enters and may switch off when the local
 * regulation lapses. A national ground is the law itself: it cannot be switched off or changed.
 * Rules apply in {@link #getPosition()} order; the first that matches is the reason printed.
 */
@Entity
@Table(name = "exemption_rule")
public class ExemptionRuleEntry implements Serializable {

    public static final int CODE_MAX = 60;
    public static final int BASIS_MAX = 300;

    @Id
    @SequenceGenerator(name = "exemption_rule_seq", sequenceName = "exemption_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exemption_rule_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "code", nullable = false, unique = true, length = CODE_MAX, updatable = false)
    private String code;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "national", nullable = false, updatable = false)
    private boolean national;

    @Column(name = "legal_basis", nullable = false, length = BASIS_MAX, updatable = false)
    private String legalBasis;

    /** Enum names separated by commas; empty for no condition. */
    @Column(name = "any_of_categories", nullable = false, length = 400, updatable = false)
    private String anyOfCategories;

    @Column(name = "minimum_age", updatable = false)
    private Integer minimumAge;

    @Column(name = "grade_from", updatable = false)
    private Integer gradeFrom;

    @Column(name = "grade_to", updatable = false)
    private Integer gradeTo;

    @Column(name = "no_fixed_income_required", nullable = false, updatable = false)
    private boolean noFixedIncomeRequired;

    @Column(name = "local_resident_required", nullable = false, updatable = false)
    private boolean localResidentRequired;

    @Column(name = "matter_categories", nullable = false, length = 800, updatable = false)
    private String matterCategories;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "changed_by", nullable = false, length = UserName.MAX)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected ExemptionRuleEntry() {
        // for JPA
    }

    /** Keeps {@code rule} at {@code position}; {@code national} for grounds of the law itself. */
    public ExemptionRuleEntry(ExemptionRule rule, int position, boolean national, String by, OffsetDateTime at) {
        this.code = rule.code();
        this.position = position;
        this.national = national;
        this.legalBasis = rule.legalBasis();
        this.anyOfCategories = join(rule.anyOfCategories());
        this.minimumAge = rule.minimumAge();
        this.gradeFrom = rule.disabilityGrades() == null ? null : rule.disabilityGrades().from();
        this.gradeTo = rule.disabilityGrades() == null ? null : rule.disabilityGrades().to();
        this.noFixedIncomeRequired = rule.noFixedIncomeRequired();
        this.localResidentRequired = rule.localResidentRequired();
        this.matterCategories = join(rule.matterCategories());
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    /**
     * Switches a local ground on or off.
     *
     * @throws BusinessException {@code intake.exemption.nationalRuleFixed} for a ground of the law
     */
    public void setActive(boolean active, String by, OffsetDateTime at) {
        if (national) {
            throw new BusinessException("intake.exemption.nationalRuleFixed");
        }
        this.active = active;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The rule as the exemption check reads it. */
    public ExemptionRule rule() {
        return new ExemptionRule(code, legalBasis, split(anyOfCategories, SpecialCategory.class), minimumAge,
                gradeFrom == null ? null : new DisabilityGradeRange(gradeFrom, gradeTo), noFixedIncomeRequired,
                localResidentRequired, split(matterCategories, MatterCategory.class));
    }

    private static String join(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String joined, Class<E> type) {
        EnumSet<E> out = EnumSet.noneOf(type);
        if (!joined.isEmpty()) {
            Arrays.stream(joined.split(",")).map(n -> Enum.valueOf(type, n)).forEach(out::add);
        }
        return out;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public boolean isNational() {
        return national;
    }

    public boolean isActive() {
        return active;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
