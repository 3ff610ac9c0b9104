package org.legalaid.web;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where a link of the application leads, in terms of {@link Page}: one rule for "may this person
 * follow this link" (issue 18, "Links and navigation") and for "where may the login page send a user
 * back to". Pure, so it is unit-tested without a container.
 */
public final class PageLinks {

    /** A query string of the application's own links: ids, codes, dates — nothing that can start a new URL. */
    private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9_.\\-=&%]{0,400}");

    private PageLinks() {
    }

    /**
     * The page path a Faces outcome names, as the navigation handler reads it: without a leading slash
     * relative to the current view's folder, {@code .xhtml} added when there is no extension, the query
     * string dropped. Null for an outcome that leads nowhere in the application.
     */
    public static String pathOfOutcome(String outcome, String currentViewId) {
        String o = outcome == null || outcome.isBlank() ? currentViewId : outcome.strip();
        if (o == null) {
            return null;
        }
        int q = o.indexOf('?');
        if (q >= 0) {
            o = o.substring(0, q);
        }
        if (!o.startsWith("/")) {
            String folder = currentViewId == null ? "/" : currentViewId.substring(0, currentViewId.lastIndexOf('/') + 1);
            o = folder + o;
        }
        int slash = o.lastIndexOf('/');
        if (o.indexOf('.', slash) < 0) {
            o = o + ".xhtml";
        }
        return o;
    }

    /**
     * The path of an address inside the application ({@code contextPath/...?...}), or null for an
     * address elsewhere (another site, a fragment, a script).
     */
    public static String pathOfUrl(String url, String contextPath) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        if (!u.startsWith(contextPath + "/")) {
            return null;
        }
        u = u.substring(contextPath.length());
        int cut = indexOfAny(u, '?', '#', ';');
        return cut < 0 ? u : u.substring(0, cut);
    }

    /** Whether someone holding {@code hasRole} may open the page at {@code path} (public paths: yes). */
    public static boolean mayFollow(String path, Predicate<String> hasRole) {
        if (path == null) {
            return true;
        }
        Optional<Set<String>> roles = Page.requiredRoles(path);
        return roles.isEmpty() || roles.get().stream().anyMatch(hasRole);
    }

    /**
     * Where the login page may send a user who asked for {@code requested} before signing in: that
     * page with its query string when it is one of the application's pages and the query holds only
     * the characters of the application's own links; otherwise the home page. Never another site
     * (no scheme, no {@code //}, no backslash), so the login page cannot be made an open redirect.
     */
    public static String returnTarget(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//") || requested.indexOf('\\') >= 0) {
            return Page.HOME.path();
        }
        int q = requested.indexOf('?');
        String path = q < 0 ? requested : requested.substring(0, q);
        String query = q < 0 ? "" : requested.substring(q + 1);
        if (Page.forPath(path).isEmpty() || !path.endsWith(".xhtml") || !SAFE_QUERY.matcher(query).matches()) {
            return Page.HOME.path();
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static int indexOfAny(String s, char... cs) {
        int best = -1;
        for (char c : cs) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
