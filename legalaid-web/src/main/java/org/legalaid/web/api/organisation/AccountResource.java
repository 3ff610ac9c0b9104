package org.legalaid.web.api.organisation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.legalaid.organisation.AccountFilter;
import org.legalaid.organisation.NewAccount;
import org.legalaid.organisation.StaffAccount;
import org.legalaid.organisation.boundary.AccountService;
import org.legalaid.shared.Role;

import java.time.OffsetDateTime;
import java.util.List;

/** Staff accounts, for administrators, within their unit subtree. */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation")
public class AccountResource {

    @Inject
    private AccountService accounts;

    /**
     * An account as the API shows it (never its password hash).
     *
     * @param id          the account's id
     * @param username    the login name
     * @param fullName    the person's name
     * @param unitId      the unit the person works in
     * @param roles       role codes
     * @param active      whether the account may sign in
     * @param lastLoginAt the last successful sign-in
     */
    public record AccountJson(long id, String username, String fullName, long unitId, List<String> roles, boolean active,
                              OffsetDateTime lastLoginAt) {
        static AccountJson of(StaffAccount a) {
            return new AccountJson(a.id(), a.username(), a.fullName(), a.unit().id(),
                    a.roles().stream().map(Role::code).sorted().toList(), a.active(), a.lastLoginAt());
        }
    }

    /**
     * A page of accounts.
     *
     * @param total all accounts matching the filter
     * @param items this page
     */
    public record Page(long total, List<AccountJson> items) {
    }

    @GET
    @Operation(summary = "Accounts in the caller's scope, by unit and user name")
    public Page list(@QueryParam("text") String text, @QueryParam("unitId") Long unitId, @QueryParam("active") Boolean active,
                     @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        AccountFilter filter = new AccountFilter(text, unitId, active);
        return new Page(accounts.countAccounts(filter),
                accounts.findAccounts(filter, first, max).stream().map(AccountJson::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One account (the read is audited)")
    public AccountJson get(@PathParam("id") long id) {
        return AccountJson.of(accounts.getAccount(id));
    }

    @POST
    @Operation(summary = "Create an account with a temporary password")
    public Response create(NewAccount form, @Context UriInfo uri) {
        StaffAccount account = accounts.createAccount(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(account.id())).build())
                .entity(AccountJson.of(account)).build();
    }
}
