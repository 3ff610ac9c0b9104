package org.legalaid.web.security;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.legalaid.organisation.PasswordPolicy;
import org.legalaid.organisation.boundary.CredentialService;
import org.legalaid.web.Page;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;

import java.io.Serializable;

/** Change one's own password (also where a temporary password leads after login). */
@Named
@ViewScoped
public class PasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CredentialService credentials;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String currentPassword;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String newPassword;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String confirmation;

    public void change() throws java.io.IOException {
        if (!newPassword.equals(confirmation)) {
            Messages.addError("password.confirmationMismatch");
            return;
        }
        if (Actions.attempt(() -> credentials.changeOwnPassword(currentPassword, newPassword), "password.changed")) {
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            boolean wasTemporary = ec.getSessionMap().remove(PageAccessFilter.MUST_CHANGE_PASSWORD) != null;
            currentPassword = null;
            newPassword = null;
            confirmation = null;
            if (wasTemporary) {
                // The temporary password is gone: on to the workbench, with the confirmation.
                ec.getFlash().setKeepMessages(true);
                ec.redirect(ec.getRequestContextPath() + Page.HOME.path());
            }
        }
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
