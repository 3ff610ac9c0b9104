package org.legalaid.web;

import org.legalaid.shared.Roles;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every screen, the role it needs, its menu label and its place in the breadcrumb. The menu, the
 * breadcrumb and {@link org.legalaid.web.security.PageAccessFilter} all read this one list, so a
 * page's permission is stated once.
 */
public enum Page {
    HOME("/index.xhtml", Roles.STAFF, "page.home", null, MenuGroup.NONE),
    PASSWORD("/account/password.xhtml", Roles.STAFF, "page.password", HOME, MenuGroup.NONE),
    CONSULTATIONS("/intake/consultations.xhtml", Roles.INTAKE_CLERK, "page.consultations", HOME, MenuGroup.INTAKE),
    APPLICANTS("/intake/applicants.xhtml", Roles.INTAKE_CLERK, "page.applicants", HOME, MenuGroup.INTAKE),
    UNITS("/admin/units.xhtml", Roles.SYSTEM_ADMIN, "page.units", HOME, MenuGroup.ADMIN),
    ACCOUNTS("/admin/accounts.xhtml", Roles.SYSTEM_ADMIN, "page.accounts", HOME, MenuGroup.ADMIN),
    HARDSHIP_STANDARDS("/admin/hardship-standards.xhtml", Roles.SYSTEM_ADMIN, "page.hardshipStandards", HOME, MenuGroup.ADMIN),
    AUDIT("/admin/audit.xhtml", Roles.SYSTEM_ADMIN, "page.audit", HOME, MenuGroup.ADMIN);

    /** The submenu a page is listed in; NONE for pages reached otherwise. */
    public enum MenuGroup {
        NONE(null, null),
        INTAKE("menu.intake", "pi pi-inbox"),
        ADMIN("menu.admin", "pi pi-cog");

        private final String labelKey;
        private final String icon;

        MenuGroup(String labelKey, String icon) {
            this.labelKey = labelKey;
            this.icon = icon;
        }

        public String labelKey() {
            return labelKey;
        }

        public String icon() {
            return icon;
        }
    }

    private final String path;
    private final String role;
    private final String labelKey;
    private final Page parent;
    private final MenuGroup group;

    Page(String path, String role, String labelKey, Page parent, MenuGroup group) {
        this.path = path;
        this.role = role;
        this.labelKey = labelKey;
        this.parent = parent;
        this.group = group;
    }

    public String path() {
        return path;
    }

    public String role() {
        return role;
    }

    public String labelKey() {
        return labelKey;
    }

    public Page parent() {
        return parent;
    }

    public MenuGroup group() {
        return group;
    }

    public static Optional<Page> forPath(String servletPath) {
        return Arrays.stream(values()).filter(p -> p.path.equals(servletPath)).findFirst();
    }

    /**
     * The role a request path needs: the page's own role, or for an unlisted path in a folder the
     * role of that folder's pages (so that /admin/anything needs the administrator too).
     */
    public static Optional<String> requiredRole(String servletPath) {
        Optional<Page> page = forPath(servletPath);
        if (page.isPresent()) {
            return page.map(Page::role);
        }
        int slash = servletPath.indexOf('/', 1);
        if (slash < 0) {
            return Optional.empty();
        }
        String folder = servletPath.substring(0, slash + 1);
        return Arrays.stream(values()).filter(p -> p.path.startsWith(folder)).map(Page::role).findFirst();
    }
}
