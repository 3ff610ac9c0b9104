package org.legalaid.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.legalaid.organisation.boundary.AuthenticationResult;
import org.legalaid.web.Page;
import org.legalaid.web.PageLinks;
import org.legalaid.web.i18n.Messages;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The login form. The page is a stateless view and this bean request-scoped, so a visitor who
 * has not signed in holds no server memory. A failed attempt says only "wrong user name or
 * password" (or, after too many failures for the name or from the address, in how many seconds
 * the next attempt will be checked); never why in more detail.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @NotBlank
    @Size(max = 64)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    /** Where to go after login: a page path inside the application, never another site. */
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) ec.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        switch (status) {
            case SUCCESS -> {
                AuthenticationResult result = (AuthenticationResult) request.getAttribute(StaffIdentityStore.RESULT_ATTRIBUTE);
                boolean temporary = result != null && result.mustChangePassword();
                if (temporary) {
                    request.getSession().setAttribute(PageAccessFilter.MUST_CHANGE_PASSWORD, Boolean.TRUE);
                }
                String target = temporary ? Page.PASSWORD.path() : safeNext();
                ec.redirect(ec.getRequestContextPath() + target);
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                AuthenticationResult result = (AuthenticationResult) request.getAttribute(StaffIdentityStore.RESULT_ATTRIBUTE);
                if (result != null && result.outcome() == AuthenticationResult.Outcome.THROTTLED) {
                    Messages.addError("login.throttled", result.retryAfter().getSeconds());
                } else {
                    Messages.addError("login.invalid");
                }
            }
        }
    }

    private String safeNext() {
        return PageLinks.returnTarget(next);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
