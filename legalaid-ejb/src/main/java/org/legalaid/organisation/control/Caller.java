package org.legalaid.organisation.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.legalaid.organisation.StaffAccount;
import org.legalaid.shared.NotFoundException;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The staff account of whoever called the current EJB method. Boundaries use it to scope queries
 * to the caller's unit subtree.
 *
 * <p>Within a transaction the account is read once and kept with the transaction (by user name):
 * a transaction asks for its caller at every boundary call and every audit entry, and each read
 * cost a query with the account's unit and roles (issue 3's throughput benchmark found a third of
 * the server's time there). The account kept is the managed one of the transaction's persistence
 * context — the same object a second query would have returned.
 */
@Dependent
public class Caller {

    @Inject
    private Principal principal;

    @Inject
    private AccountRepository accounts;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The transaction resource under which the accounts read in it are kept. */
    private static final Object ACCOUNTS_READ = Caller.class.getName() + ".accounts";

    /** The caller's account, or empty for an anonymous call. */
    public Optional<StaffAccount> find() {
        if (principal == null || principal.getName() == null || "anonymous".equals(principal.getName())) {
            return Optional.empty();
        }
        String username = principal.getName();
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return accounts.findByUsername(username);
        }
        @SuppressWarnings("unchecked")
        Map<String, StaffAccount> read = (Map<String, StaffAccount>) transactions.getResource(ACCOUNTS_READ);
        if (read == null) {
            read = new HashMap<>();
            transactions.putResource(ACCOUNTS_READ, read);
        }
        StaffAccount account = read.get(username);
        if (account == null) {
            account = accounts.findByUsername(username).orElse(null);
            if (account != null) {
                read.put(username, account);
            }
        }
        return Optional.ofNullable(account);
    }

    /** The caller's account; a caller without one (deleted meanwhile) sees nothing. */
    public StaffAccount get() {
        return find().orElseThrow(() -> new NotFoundException("StaffAccount", principal == null ? "?" : principal.getName()));
    }

    /** Path prefix of every unit the caller may see and act on. */
    public String scope() {
        return get().unit().path();
    }
}
