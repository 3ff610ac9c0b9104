package org.legalaid.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.legalaid.shared.Roles;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Links: which page a link leads to, who may follow it, where the login page sends a user back to")
class PageLinksTest {

    @Test
    void outcomesAreReadAsTheNavigationHandlerReadsThem() {
        assertEquals("/cases/case.xhtml", PageLinks.pathOfOutcome("/cases/case", "/index.xhtml"));
        assertEquals("/intake/application.xhtml", PageLinks.pathOfOutcome("application", "/intake/applications.xhtml"));
        assertEquals("/funding/claims.xhtml", PageLinks.pathOfOutcome("/funding/claims.xhtml?faces-redirect=true", "/x.xhtml"));
        assertEquals("/intake/deadlines.xhtml", PageLinks.pathOfOutcome(null, "/intake/deadlines.xhtml"),
                "no outcome: the current view");
    }

    @Test
    void addressesInsideTheApplicationAreReadWithoutTheirQuery() {
        assertEquals("/cases/document", PageLinks.pathOfUrl("/legalaid/cases/document?id=4", "/legalaid"));
        assertEquals("/intake/criminal-notices.xhtml", PageLinks.pathOfUrl("/legalaid/intake/criminal-notices.xhtml?id=9#top", "/legalaid"));
        assertNull(PageLinks.pathOfUrl("https://example.org/legalaid/cases/case.xhtml", "/legalaid"), "another site");
        assertNull(PageLinks.pathOfUrl("#", "/legalaid"));
    }

    @Test
    void aLinkIsFollowedOnlyByThoseThePageIsFor() {
        String notices = Page.CRIMINAL_NOTICES.path();
        assertFalse(PageLinks.mayFollow(notices, Set.of(Roles.APPROVER)::contains),
                "the director's deadline list must not lead to the criminal notices page (issue 18)");
        assertTrue(PageLinks.mayFollow(notices, Set.of(Roles.ASSIGNMENT_OFFICER)::contains));
        assertFalse(PageLinks.mayFollow(Page.LAWYER.path(), Set.of(Roles.INTAKE_CLERK)::contains),
                "the clerk's case page must not lead to a lawyer's profile");
        assertFalse(PageLinks.mayFollow("/admin/anything.xhtml", Set.of(Roles.APPROVER)::contains),
                "an unlisted page of a folder needs the folder's roles");
        assertTrue(PageLinks.mayFollow("/login.xhtml", r -> false), "public pages are open to everyone");
    }

    @Test
    void afterSignInTheUserLandsOnThePageAndRecordFirstAskedFor() {
        assertEquals("/cases/case.xhtml?id=31", PageLinks.returnTarget("/cases/case.xhtml?id=31"));
        assertEquals("/lawyers/assign.xhtml?type=NOTICE&id=7", PageLinks.returnTarget("/lawyers/assign.xhtml?type=NOTICE&id=7"));
        assertEquals("/intake/application.xhtml", PageLinks.returnTarget("/intake/application.xhtml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/x", "//evil.example/index.xhtml", "/\\evil.example", "javascript:alert(1)",
            "/nowhere.xhtml?id=1", "/cases/case.xhtml?next=https://evil.example", "/cases/case.xhtml?id=<script>",
            "/cases/document?id=1", ""})
    void neverSendsTheUserElsewhere(String requested) {
        assertEquals(Page.HOME.path(), PageLinks.returnTarget(requested));
    }
}
