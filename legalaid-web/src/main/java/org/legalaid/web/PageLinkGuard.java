package org.legalaid.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIOutcomeTarget;
import jakarta.faces.component.html.HtmlOutputLink;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Shows a link only to those who may follow it (issue 18, "Links and navigation"): before any link
 * of a page is rendered — {@code h:link}, {@code h:button}, {@code p:link}, {@code p:linkButton} (all
 * {@link UIOutcomeTarget}s) and {@code h:outputLink} — the page it leads to is looked up in
 * {@link Page} and, when the signed-in user holds none of its roles, the link is rendered disabled:
 * its text stays, as plain text, and there is nothing to click that would end on 页面不存在. One rule,
 * from the page permissions the {@link org.legalaid.web.security.PageAccessFilter} enforces, for
 * every page, so a new page cannot forget it. Registered in faces-config.xml for
 * {@code PreRenderComponentEvent}.
 */
public class PageLinkGuard implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIOutcomeTarget || source instanceof HtmlOutputLink;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIComponent link = (UIComponent) event.getSource();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        if (ec.getUserPrincipal() == null) {
            return;
        }
        String path;
        if (link instanceof UIOutcomeTarget target) {
            path = PageLinks.pathOfOutcome(target.getOutcome(), faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId());
        } else {
            Object value = ((HtmlOutputLink) link).getValue();
            path = value == null ? null : PageLinks.pathOfUrl(value.toString(), ec.getRequestContextPath());
        }
        if (!PageLinks.mayFollow(path, ec::isUserInRole)) {
            link.getAttributes().put("disabled", Boolean.TRUE);
        }
    }
}
