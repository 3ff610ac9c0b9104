package org.legalaid.web.api.audit;

import org.legalaid.shared.HashChain;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.legalaid.audit.AuditChain;
import org.legalaid.audit.boundary.AuditService;

/** Verification of the audit trail's hash chain, for administrators. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "审计日志 / audit trail")
public class AuditResource {

    @Inject
    private AuditService audit;

    /** POST because a verification is itself recorded in the trail. */
    @POST
    @Path("/verifications")
    @Operation(summary = "Verify the hash chain; reports the first edited or deleted row")
    public HashChain.Verification verify() {
        return audit.verifyChain();
    }
}
