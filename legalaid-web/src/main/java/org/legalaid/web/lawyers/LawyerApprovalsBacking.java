package org.legalaid.web.lawyers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import org.legalaid.lawyers.boundary.LawyerRegistryService.PendingRequests;
import org.legalaid.shared.Roles;
import org.legalaid.web.i18n.Actions;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Changes of the lawyer pool waiting for a second person: status changes (the director or the
 * bureau's supervisor decides) and bank account changes (the director or a finance approver).
 */
@Named
@ViewScoped
public class LawyerApprovalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LawyerRegistryService registry;

    @Inject
    private org.legalaid.web.StaffNames people;

    private PendingRequests pending;
    /** The note typed on each row: "S" + id for a status request, "A" + id for an account request. */
    private Map<String, String> notes = new HashMap<>();

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        pending = registry.findPendingRequests();
        notes = new HashMap<>();
    }

    public void approveStatus(long requestId) {
        Actions.attempt(() -> registry.approveStatusChange(requestId, notes.get("S" + requestId)), "lawyers.statusRequest.approved").ifPresent(done -> refresh());
    }

    public void rejectStatus(long requestId) {
        Actions.attempt(() -> registry.rejectStatusChange(requestId, notes.get("S" + requestId)), "lawyers.request.rejected").ifPresent(done -> refresh());
    }

    public void approveAccount(long requestId) {
        Actions.attempt(() -> registry.approveAccountChange(requestId, notes.get("A" + requestId)), "lawyers.account.approved").ifPresent(done -> refresh());
    }

    public void rejectAccount(long requestId) {
        Actions.attempt(() -> registry.rejectAccountChange(requestId, notes.get("A" + requestId)), "lawyers.request.rejected").ifPresent(done -> refresh());
    }

    public boolean isMayDecideStatus() {
        return inRole(Roles.APPROVER) || inRole(Roles.BUREAU_SUPERVISOR);
    }

    public boolean isMayDecideAccount() {
        return inRole(Roles.APPROVER) || inRole(Roles.FINANCE_APPROVER);
    }

    private static boolean inRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public PendingRequests getPending() {
        people.prefetch(java.util.stream.Stream.concat(pending.statusChanges().stream().map(p -> p.request().getRequestedBy()),
                pending.accountChanges().stream().map(p -> p.request().getRequestedBy())).toList());
        return pending;
    }
    public Map<String, String> getNotes() { return notes; }
}
