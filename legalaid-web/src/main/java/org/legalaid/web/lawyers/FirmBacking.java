package org.legalaid.web.lawyers;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.lawyers.AccountChangeRequest;
import org.legalaid.lawyers.FirmKind;
import org.legalaid.lawyers.LawFirm;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.LawyerFilter;
import org.legalaid.lawyers.NewBankAccount;
import org.legalaid.lawyers.NewLawFirm;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import jakarta.faces.context.FacesContext;
import org.legalaid.shared.Roles;
import org.legalaid.web.i18n.Actions;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/** One firm: its details (editable), its registered account and account requests, its lawyers. */
@Named
@ViewScoped
public class FirmBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LAWYERS_SHOWN = 200;

    @Inject
    private LawyerRegistryService registry;

    private Long idParam;
    private LawFirm firm;
    private List<Lawyer> lawyers = List.of();
    private List<AccountChangeRequest> accountRequests = List.of();
    private NewLawFirm form = new NewLawFirm();
    private NewBankAccount account = new NewBankAccount();

    public void load() {
        if (idParam == null) {
            return;
        }
        Actions.attempt(() -> registry.getFirm(idParam), null).ifPresent(this::show);
    }

    private void show(LawFirm f) {
        firm = f;
        lawyers = registry.findLawyers(new LawyerFilter(null, f.getId(), null, null, null), 0, LAWYERS_SHOWN);
        accountRequests = registry.findAccountRequests(f.getId());
    }

    public void prepareEdit() {
        form = new NewLawFirm();
        form.setKind(firm.getKind());
        form.setName(firm.getName());
        form.setCreditCode(firm.getCreditCode());
        form.setRegionCode(firm.getRegionCode());
        form.setAddress(firm.getAddress());
        form.setContactPerson(firm.getContactPerson());
        form.setContactPhone(firm.getContactPhone());
    }

    public void save() {
        Actions.attempt(() -> registry.updateFirm(firm.getId(), form, firm.getVersion()), "lawyers.firm.updated", form.getName())
                .ifPresent(f -> {
                    show(f);
                    PrimeFaces.current().executeScript("PF('editDialog').hide()");
                });
    }

    public void prepareAccount() {
        account = new NewBankAccount();
        account.setAccountName(firm.getName());
    }

    public void requestAccount() {
        Actions.attempt(() -> registry.requestAccountChange(firm.getId(), account), "lawyers.account.requested")
                .ifPresent(r -> {
                    accountRequests = registry.findAccountRequests(firm.getId());
                    PrimeFaces.current().executeScript("PF('accountDialog').hide()");
                });
    }

    /** Only the assignment officer keeps the registry; others read it. */
    public boolean isMayEdit() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ASSIGNMENT_OFFICER);
    }

    /** The registered account number with all but the last four digits hidden. */
    public String getMaskedAccountNo() {
        String n = firm == null ? null : firm.getBankAccountNo();
        return n == null || n.length() <= 4 ? n : "*".repeat(n.length() - 4) + n.substring(n.length() - 4);
    }

    public FirmKind[] getKinds() {
        return FirmKind.values();
    }

    public Long getIdParam() { return idParam; }
    public void setIdParam(Long idParam) { this.idParam = idParam; }
    public LawFirm getFirm() { return firm; }
    public List<Lawyer> getLawyers() { return lawyers; }
    public List<AccountChangeRequest> getAccountRequests() { return accountRequests; }
    public NewLawFirm getForm() { return form; }
    public NewBankAccount getAccount() { return account; }
}
