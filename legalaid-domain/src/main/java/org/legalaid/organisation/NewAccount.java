package org.legalaid.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.Role;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator fills in to create a staff account. Bound by the page, posted to the
 * API and validated at the boundary; the password is checked by {@link PasswordPolicy} there.
 */
public class NewAccount implements Serializable {

    @NotBlank
    @Pattern(regexp = StaffAccount.USERNAME_PATTERN, message = "{legalaid.validation.username}")
    private String username;

    @NotBlank
    @Size(max = StaffAccount.FULL_NAME_MAX)
    @PlainText
    private String fullName;

    @NotNull
    private Long unitId;

    @NotEmpty
    private List<Role> roles = new ArrayList<>();

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String initialPassword;

    public NewAccount() {
    }

    public NewAccount(String username, String fullName, Long unitId, List<Role> roles, String initialPassword) {
        this.username = username;
        this.fullName = fullName;
        this.unitId = unitId;
        this.roles = new ArrayList<>(roles);
        this.initialPassword = initialPassword;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    @Override
    public String toString() {
        return "NewAccount[" + username + "]";
    }
}
