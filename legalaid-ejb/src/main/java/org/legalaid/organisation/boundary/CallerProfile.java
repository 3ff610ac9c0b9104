package org.legalaid.organisation.boundary;

import org.legalaid.shared.Role;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in staff member as the screens and other contexts need them: name, unit, roles, and
 * the unit path that scopes every query ("my unit and everything under it").
 */
public final class CallerProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String fullName;
    private final long unitId;
    private final String unitName;
    private final String unitPath;
    private final Set<Role> roles;
    private final boolean mustChangePassword;

    public CallerProfile(String username, String fullName, long unitId, String unitName, String unitPath,
                         Set<Role> roles, boolean mustChangePassword) {
        this.username = username;
        this.fullName = fullName;
        this.unitId = unitId;
        this.unitName = unitName;
        this.unitPath = unitPath;
        this.roles = Set.copyOf(roles);
        this.mustChangePassword = mustChangePassword;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    /** Prefix of every unit path the caller may see. */
    public String getUnitPath() {
        return unitPath;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }
}
