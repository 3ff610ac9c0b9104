package org.legalaid.web.api.health;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.legalaid.shared.boundary.HealthService;

/** Application health for administrators: 200 when up, 503 when the database is unreachable. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health")
public class HealthResource {

    @Inject
    private HealthService health;

    @GET
    @Operation(summary = "Database reachable and schema version (administrators)")
    public Response check() {
        HealthService.Health h = health.check();
        return Response.status("UP".equals(h.status()) ? 200 : 503).entity(h).build();
    }
}
