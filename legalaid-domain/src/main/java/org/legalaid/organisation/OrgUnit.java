package org.legalaid.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.PlainText;

import java.io.Serializable;
import java.util.Objects;

/**
 * A unit of the organisation tree. Its {@link #path()} lists the ids from the root down to the
 * unit itself ({@code /1/4/9/}), so "this unit and everything under it" is one prefix match —
 * the scoping rule every query uses.
 *
 * <p>Rules: the type fixes which parent types are allowed ({@link UnitType#allowedParents()}); a
 * unit cannot move under itself or its own descendants; a deactivated unit takes no new children;
 * a unit with active children cannot be deactivated. Codes never change once given, because
 * documents and statistics refer to them.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit implements Serializable {

    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 100;
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,31}";

    @Id
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Pattern(regexp = CODE_PATTERN, message = "{legalaid.validation.unitCode}")
    @Column(name = "code", nullable = false, unique = true, length = CODE_MAX, updatable = false)
    private String code;

    @NotBlank
    @Size(max = NAME_MAX)
    @PlainText
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 20, updatable = false)
    private UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "path", nullable = false, length = 500)
    private String path;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /**
     * The district (GB/T 2260 code) the unit serves, or null (a city centre, a bureau): a notified
     * criminal case received here belongs to it when the organ names no district (issue 21). A
     * workstation without one serves its parent's.
     */
    @Column(name = "region_code", length = 6)
    private String regionCode;

    protected OrgUnit() {
        // for JPA
    }

    /**
     * A new unit under {@code parent} (null only for a root type). The path is set by
     * {@link #establishPath()} once the id is assigned.
     */
    public OrgUnit(String code, String name, UnitType type, OrgUnit parent) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name).strip();
        this.type = Objects.requireNonNull(type);
        checkParent(type, parent);
        this.parent = parent;
    }

    private static void checkParent(UnitType type, OrgUnit parent) {
        if (parent == null) {
            if (!type.isRoot()) {
                throw new BusinessException("organisation.unit.parentRequired");
            }
            return;
        }
        if (!type.allowedParents().contains(parent.type)) {
            throw new BusinessException("organisation.unit.parentTypeNotAllowed", type.labelKey(), parent.type.labelKey());
        }
        if (!parent.active) {
            throw new BusinessException("organisation.unit.parentInactive", parent.code);
        }
    }

    /**
     * Sets the district the unit serves (GB/T 2260, six digits), or clears it with null.
     *
     * @throws BusinessException {@code organisation.unit.regionInvalid} for anything but six digits
     */
    public void serveRegion(String regionCode) {
        String code = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        if (code != null && !code.matches("\\d{6}")) {
            throw new BusinessException("organisation.unit.regionInvalid", code);
        }
        this.regionCode = code;
    }

    /** Sets the materialised path from the parent's path and this unit's (assigned) id. */
    public void establishPath() {
        if (id == null) {
            throw new IllegalStateException("id not assigned yet");
        }
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName).strip();
    }

    /**
     * Moves the unit under another parent. The caller re-paths the descendants, whose old prefix
     * is the path before this call.
     */
    public void moveTo(OrgUnit newParent) {
        if (newParent == null) {
            throw new BusinessException("organisation.unit.parentRequired");
        }
        if (newParent.id != null && newParent.isWithin(this)) {
            throw new BusinessException("organisation.unit.moveIntoOwnSubtree", code, newParent.code);
        }
        checkParent(type, newParent);
        this.parent = newParent;
        establishPath();
    }

    /** Re-bases this unit's path after an ancestor moved from {@code oldPrefix} to {@code newPrefix}. */
    public void rebase(String oldPrefix, String newPrefix) {
        if (!path.startsWith(oldPrefix)) {
            throw new IllegalArgumentException(path + " is not under " + oldPrefix);
        }
        this.path = newPrefix + path.substring(oldPrefix.length());
    }

    /**
     * Deactivates the unit. {@code activeChildren} is the number of active units directly under it,
     * {@code activeStaff} the number of active accounts in it; both must be zero, so no one is left
     * working in a unit that no longer exists.
     */
    public void deactivate(long activeChildren, long activeStaff) {
        if (activeChildren > 0) {
            throw new BusinessException("organisation.unit.hasActiveChildren", code, activeChildren);
        }
        if (activeStaff > 0) {
            throw new BusinessException("organisation.unit.hasActiveStaff", code, activeStaff);
        }
        this.active = false;
    }

    /** True when this unit is {@code other} or lies under it. */
    public boolean isWithin(OrgUnit other) {
        return path != null && other.path != null && path.startsWith(other.path);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UnitType type() {
        return type;
    }

    public OrgUnit parent() {
        return parent;
    }

    public String path() {
        return path;
    }

    public boolean active() {
        return active;
    }

    /** Depth in the tree, the root being 0. */
    public int depth() {
        return path == null ? 0 : (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    // JavaBean accessors for pages and EL.
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitType getType() {
        return type;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth();
    }

    public Long getParentId() {
        return parent == null ? null : parent.id;
    }

    @Override
    public String toString() {
        return "OrgUnit[" + code + "]";
    }
}
