package org.legalaid.web.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.audit.boundary.AuditService;
import org.legalaid.audit.boundary.RecordChange;
import org.legalaid.organisation.AccountFilter;
import org.legalaid.organisation.NewAccount;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.organisation.StaffAccount;
import org.legalaid.organisation.boundary.AccountService;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.Role;
import org.legalaid.web.i18n.Actions;
import org.primefaces.PrimeFaces;
import org.legalaid.web.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The user administration screen: a lazy list, and dialogs to create, edit and reset. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private org.legalaid.web.StaffNames people;

    @Inject
    private OrganisationService organisation;

    @Inject
    private AuditService audit;

    private String filterText;
    private Long filterUnitId;
    private Boolean filterActive = Boolean.TRUE;

    private List<OrgUnit> units;
    private LazyDataModel<StaffAccount> model;

    private NewAccount form = new NewAccount();

    private StaffAccount editing;
    private String editFullName;
    private Long editUnitId;
    private List<Role> editRoles = new ArrayList<>();
    private List<RecordChange> editHistory = List.of();
    private String temporaryPassword;

    @PostConstruct
    void init() {
        units = organisation.findUnitsInScope().stream().filter(OrgUnit::isActive).toList();
        model = new PagedModel<>(() -> accounts.countAccounts(filter()),
                (first, pageSize) -> accounts.findAccounts(filter(), first, pageSize),
                StaffAccount::getId);
    }

    private AccountFilter filter() {
        return new AccountFilter(filterText, filterUnitId, filterActive);
    }

    public void resetFilter() {
        filterText = null;
        filterUnitId = null;
        filterActive = Boolean.TRUE;
    }

    public void prepareCreate() {
        form = new NewAccount();
    }

    public void create() {
        Actions.attempt(() -> accounts.createAccount(form), "accounts.created", form.getUsername())
                .ifPresent(a -> PrimeFaces.current().executeScript("PF('createDialog').hide()"));
    }

    /** Opens one account for editing; this read is audited. */
    public void edit(long id) {
        Actions.attempt(() -> accounts.getAccount(id), null).ifPresent(a -> {
            editing = a;
            editFullName = a.getFullName();
            editUnitId = a.getUnit().getId();
            editRoles = new ArrayList<>(a.getRoles());
            temporaryPassword = null;
            editHistory = audit.findChangesTo("StaffAccount", String.valueOf(id));
        });
    }

    public void save() {
        EnumSet<Role> roles = editRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(editRoles);
        Actions.attempt(() -> accounts.updateAccount(editing.getId(), editFullName, editUnitId, roles, editing.getVersion()),
                "accounts.updated", editing.getUsername()).ifPresent(a -> {
                    editing = a;
                    PrimeFaces.current().executeScript("PF('editDialog').hide()");
                });
    }

    public void deactivate(StaffAccount account) {
        Actions.attempt(() -> accounts.deactivateAccount(account.getId()), "accounts.deactivated", account.getUsername());
    }

    public void reactivate(StaffAccount account) {
        Actions.attempt(() -> accounts.reactivateAccount(account.getId()), "accounts.reactivated", account.getUsername());
    }

    public void resetPassword() {
        Actions.attempt(() -> accounts.resetPassword(editing.getId(), temporaryPassword), "accounts.passwordReset",
                editing.getUsername()).ifPresent(a -> {
                    editing = a;
                    temporaryPassword = null;
                    PrimeFaces.current().executeScript("PF('editDialog').hide()");
                });
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public LazyDataModel<StaffAccount> getModel() {
        return model;
    }

    public List<OrgUnit> getUnits() {
        return units;
    }

    public String getFilterText() {
        return filterText;
    }

    public void setFilterText(String filterText) {
        this.filterText = filterText;
    }

    public Long getFilterUnitId() {
        return filterUnitId;
    }

    public void setFilterUnitId(Long filterUnitId) {
        this.filterUnitId = filterUnitId;
    }

    public Boolean getFilterActive() {
        return filterActive;
    }

    public void setFilterActive(Boolean filterActive) {
        this.filterActive = filterActive;
    }

    public NewAccount getForm() {
        return form;
    }

    public StaffAccount getEditing() {
        return editing;
    }

    public String getEditFullName() {
        return editFullName;
    }

    public void setEditFullName(String editFullName) {
        this.editFullName = editFullName;
    }

    public Long getEditUnitId() {
        return editUnitId;
    }

    public void setEditUnitId(Long editUnitId) {
        this.editUnitId = editUnitId;
    }

    public List<Role> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<Role> editRoles) {
        this.editRoles = editRoles == null ? new ArrayList<>() : new ArrayList<>(editRoles);
    }

    public List<RecordChange> getEditHistory() {
        people.prefetch(editHistory.stream().map(RecordChange::actor).toList());
        return editHistory;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
