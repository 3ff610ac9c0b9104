package org.legalaid.organisation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.legalaid.organisation.StaffAccount;
import org.legalaid.shared.NotFoundException;

import java.security.Principal;
import java.util.Optional;

/**
 * The staff account of whoever called the current EJB method. Boundaries use it to scope queries
 * to the caller's unit subtree.
 */
@Dependent
public class Caller {

    @Inject
    private Principal principal;

    @Inject
    private AccountRepository accounts;

    /** The caller's account, or empty for an anonymous call. */
    public Optional<StaffAccount> find() {
        if (principal == null || principal.getName() == null || "anonymous".equals(principal.getName())) {
            return Optional.empty();
        }
        return accounts.findByUsername(principal.getName());
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
