package org.legalaid.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.organisation.boundary.OrganisationService;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * People, not login names (issue 18): wherever a page shows who did something — the review and
 * approval on an application, a case's handling and termination, the timelines, the list of who
 * viewed or changed a record — it shows the person's name, {@code #{people.name(a.proposedBy)}},
 * never the account's login name ("审查人：reviewer"). Records keep the user name (the audit trail
 * needs the account, and a renamed colleague stays the same account); this one mechanism turns it
 * into the name when the page is drawn, from the organisation context's accounts
 * ({@link OrganisationService#findStaffNames}). A backing bean that shows many rows calls
 * {@link #prefetch} with their user names, so one query serves the page; otherwise each new name
 * is read once per request. A user name without an account (the system's own jobs) shows as it is.
 */
@Named("people")
@RequestScoped
public class StaffNames {

    @Inject
    private OrganisationService organisation;

    private final Map<String, String> names = new HashMap<>();

    /** The person's name for a user name; null or blank stays as it is. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        String known = names.get(username);
        if (known == null) {
            prefetch(List.of(username));
            known = names.getOrDefault(username, username);
        }
        return known;
    }

    /** Reads the names of {@code usernames} not read yet in one query. */
    public void prefetch(Collection<String> usernames) {
        Set<String> missing = new HashSet<>();
        for (String u : usernames) {
            if (u != null && !u.isBlank() && !names.containsKey(u)) {
                missing.add(u);
            }
        }
        if (!missing.isEmpty()) {
            organisation.findStaffNames(missing).forEach((u, n) -> names.put(u, Objects.requireNonNullElse(n, u)));
            missing.forEach(u -> names.putIfAbsent(u, u));  // no account (a system job): asked once, shown as it is
        }
    }
}
