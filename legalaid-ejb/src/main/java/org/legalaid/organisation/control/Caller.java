package org.legalaid.organisation.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.legalaid.organisation.StaffAccount;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.NotFoundException;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
public class Caller implements Actors {

    @Inject
    private Principal principal;

    @Inject
    private AccountRepository accounts;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The transaction resources under which what was read in it is kept, by user name. */
    private static final Object ACCOUNTS_READ = Caller.class.getName() + ".accounts";
    private static final Object ACTORS_READ = Caller.class.getName() + ".actors";

    /** The caller's account, or empty for an anonymous call. */
    public Optional<StaffAccount> find() {
        return onceInTransaction(ACCOUNTS_READ, accounts::findByUsername);
    }

    /**
     * The caller's user name and unit: one small query (no account, unit and roles built), as
     * every audit event and timeline entry asks for it; the account when this transaction has
     * read it already.
     */
    @Override
    public Optional<Actor> current() {
        return onceInTransaction(ACTORS_READ, username -> {
            Map<String, StaffAccount> read = readIn(ACCOUNTS_READ);
            StaffAccount account = read == null ? null : read.get(username);
            return account != null ? Optional.of(new Actor(username, account.unit().id()))
                    : accounts.findUnitIdOf(username).map(unitId -> new Actor(username, unitId));
        });
    }

    /**
     * What {@code lookup} finds for the caller's user name, looked up once per transaction and
     * kept with it under {@code key} (outside a transaction, looked up each time).
     */
    private <T> Optional<T> onceInTransaction(Object key, Function<String, Optional<T>> lookup) {
        if (principal == null || principal.getName() == null || "anonymous".equals(principal.getName())) {
            return Optional.empty();
        }
        String username = principal.getName();
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return lookup.apply(username);
        }
        Map<String, T> read = readIn(key);
        if (read == null) {
            read = new HashMap<>();
            transactions.putResource(key, read);
        }
        T found = read.get(username);
        if (found == null) {
            found = lookup.apply(username).orElse(null);
            if (found != null) {
                read.put(username, found);
            }
        }
        return Optional.ofNullable(found);
    }

    @SuppressWarnings("unchecked")
    private <T> Map<String, T> readIn(Object key) {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE ? (Map<String, T>) transactions.getResource(key) : null;
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
