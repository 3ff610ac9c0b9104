package org.legalaid.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.legalaid.organisation.boundary.CallerProfile;
import org.legalaid.organisation.boundary.CredentialService;
import org.legalaid.organisation.boundary.OrganisationService;

import java.io.IOException;

/** The signed-in staff member for the template: name, unit, role checks, logout. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private OrganisationService organisation;

    @Inject
    private CredentialService credentials;

    private CallerProfile profile;

    public CallerProfile getProfile() {
        if (profile == null) {
            profile = organisation.findCaller().orElse(null);
        }
        return profile;
    }

    public boolean isSignedIn() {
        return getProfile() != null;
    }

    /** Whether the user may open the page (the same rule as the access filter). */
    public boolean mayOpen(Page page) {
        return page.mayBeOpenedBy(FacesContext.getCurrentInstance().getExternalContext()::isUserInRole);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        if (request.getUserPrincipal() != null) {
            credentials.recordLogout();
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
