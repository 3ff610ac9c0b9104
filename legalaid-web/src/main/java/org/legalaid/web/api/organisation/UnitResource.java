package org.legalaid.web.api.organisation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.legalaid.organisation.NewUnit;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.organisation.boundary.CallerProfile;
import org.legalaid.organisation.boundary.OrganisationService;

import java.util.List;

/** The organisation tree within the caller's scope. */
@Path("/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation", description = "组织机构 / organisation tree")
public class UnitResource {

    @Inject
    private OrganisationService organisation;

    /**
     * A unit as the API shows it.
     *
     * @param id       the unit's id
     * @param code     the unit's code
     * @param name     the unit's name
     * @param type     BUREAU, CENTRE, DISTRICT_CENTRE or WORKSTATION
     * @param parentId the parent's id, null for the bureau
     * @param active   whether the unit is active
     */
    public record UnitJson(long id, String code, String name, String type, Long parentId, boolean active) {
        static UnitJson of(OrgUnit u) {
            return new UnitJson(u.id(), u.code(), u.name(), u.type().name(), u.getParentId(), u.active());
        }
    }

    @GET
    @Operation(summary = "Units the caller may see, parents before children")
    public List<UnitJson> list() {
        return organisation.findUnitsInScope().stream().map(UnitJson::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One unit in the caller's scope")
    public UnitJson get(@PathParam("id") long id) {
        return UnitJson.of(organisation.getUnit(id));
    }

    @POST
    @Operation(summary = "Add a unit (administrators)")
    public Response add(NewUnit form, @Context UriInfo uri) {
        OrgUnit unit = organisation.addUnit(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(unit.id())).build())
                .entity(UnitJson.of(unit)).build();
    }

    /** The signed-in caller. */
    @GET
    @Path("/me")
    @Operation(summary = "The caller's own profile and scope")
    public CallerProfile me() {
        return organisation.getCaller();
    }
}
