package org.legalaid.web.funding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.funding.boundary.ClaimService;
import org.legalaid.funding.boundary.ClaimView;
import org.legalaid.web.i18n.Actions;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * One claim: its calculation, the people who acted, its flags, and the acts the boundary says the
 * user may take now — the page shows exactly those (the boundary checks them again).
 */
@Named
@ViewScoped
public class ClaimBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClaimService claims;

    private Long id;
    private ClaimView view;
    private String reason;

    public void load() throws IOException {
        Optional<ClaimView> v = id == null ? Optional.empty() : Actions.attempt(() -> claims.getClaim(id), null);
        if (v.isEmpty()) {
            Faces.responseSendError(404, "no such claim");
            return;
        }
        view = v.get();
    }

    private void refresh() {
        view = claims.getClaim(id);
        reason = null;
    }

    public void review() {
        if (Actions.attempt(() -> claims.review(id), "funding.claim.reviewed").isPresent()) {
            refresh();
        }
    }

    public void approve() {
        if (Actions.attempt(() -> claims.approve(id), "funding.claim.approved").isPresent()) {
            refresh();
        }
    }

    public void reject() {
        if (Actions.attempt(() -> claims.reject(id, reason), "funding.claim.rejected").isPresent()) {
            refresh();
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ClaimView getView() { return view; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
