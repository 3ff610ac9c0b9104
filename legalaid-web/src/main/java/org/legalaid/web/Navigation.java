package org.legalaid.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.web.i18n.LocaleBean;
import org.legalaid.web.i18n.Messages;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** The menu and breadcrumb, built from {@link Page} for the user's roles. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleBean localeBean;

    private MenuModel menu;
    private MenuModel breadcrumb;

    public MenuModel getMenu() {
        if (menu == null) {
            menu = new DefaultMenuModel();
            menu.getElements().add(item(Page.HOME, "pi pi-home"));
            for (Page.MenuGroup group : Page.MenuGroup.values()) {
                if (group == Page.MenuGroup.NONE) {
                    continue;
                }
                List<Page> pages = Arrays.stream(Page.values()).filter(p -> p.group() == group)
                        .filter(currentUser::mayOpen).toList();
                if (!pages.isEmpty()) {
                    DefaultSubMenu sub = DefaultSubMenu.builder().label(label(group.labelKey())).icon(group.icon()).build();
                    pages.forEach(p -> sub.getElements().add(item(p, null)));
                    menu.getElements().add(sub);
                }
            }
        }
        return menu;
    }

    public MenuModel getBreadcrumb() {
        if (breadcrumb == null) {
            breadcrumb = new DefaultMenuModel();
            String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
            Deque<Page> trail = new ArrayDeque<>();
            for (Page p = Page.forPath(viewId).orElse(null); p != null; p = p.parent()) {
                trail.push(p);
            }
            // The current page is where the user is, not a link (it would lose the record it shows);
            // a page above it that the user may not open is named without a link.
            Page current = trail.peekLast();
            trail.forEach(p -> breadcrumb.getElements().add(p == current || !currentUser.mayOpen(p)
                    ? DefaultMenuItem.builder().value(label(p.labelKey())).disabled(true).build()
                    : item(p, null)));
        }
        return breadcrumb;
    }

    /** The title of the current page. */
    public String getTitle() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return Page.forPath(viewId).map(p -> label(p.labelKey())).orElse("");
    }

    private DefaultMenuItem item(Page page, String icon) {
        return DefaultMenuItem.builder().value(label(page.labelKey())).icon(icon).url(contextPath() + page.path()).build();
    }

    private String label(String key) {
        return Messages.text(localeBean.getLocale(), key);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
