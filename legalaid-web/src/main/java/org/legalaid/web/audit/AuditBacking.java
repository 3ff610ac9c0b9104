package org.legalaid.web.audit;

import org.legalaid.shared.HashChain;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.audit.AuditChain;
import org.legalaid.audit.AuditEntry;
import org.legalaid.audit.boundary.AuditService;
import org.legalaid.web.i18n.Actions;
import org.legalaid.web.i18n.Messages;
import org.legalaid.web.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/** The audit trail screen: newest rows first, and the integrity check. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService audit;

    @Inject
    private org.legalaid.web.StaffNames people;

    private String entityType;
    private LazyDataModel<AuditEntry> model;
    private HashChain.Verification verification;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> audit.countEntries(entityType),
                (first, pageSize) -> named(audit.findEntries(entityType, first, pageSize)),
                AuditEntry::getSeq);
    }

    /** One query for the names of a page's actors (not one per row). */
    private java.util.List<AuditEntry> named(java.util.List<AuditEntry> page) {
        people.prefetch(page.stream().map(AuditEntry::getActor).toList());
        return page;
    }

    public void verify() {
        Actions.attempt(audit::verifyChain, null).ifPresent(v -> {
            verification = v;
            if (v.intact()) {
                Messages.addInfo("audit.intact", v.rowsChecked());
            } else {
                Messages.addError("audit.broken", v.firstBrokenSeq(), "audit.problem." + v.problem().name(), v.rowsChecked());
            }
        });
    }

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public HashChain.Verification getVerification() {
        return verification;
    }
}
