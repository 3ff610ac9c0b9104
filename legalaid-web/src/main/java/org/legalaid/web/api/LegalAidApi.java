package org.legalaid.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, version 1. JSON in and out; errors are {@code application/problem+json} with a
 * reason in Chinese (or English with {@code Accept-Language: en}). Clients authenticate over TLS
 * with a token ({@code Authorization: Bearer}, obtained once for the account's credentials at
 * {@code POST /tokens}) or with HTTP Basic on every call; the OpenAPI document is served by the
 * server at {@code /openapi}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "legalaid API", version = "1",
                description = "法律援助管理系统接口 / Legal aid administration API"),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The account's user name and password on every call: one password hash per call. "
                + "Exchange them once for a token (POST /tokens) instead.")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A token from POST /tokens (HS256, valid 15 minutes; revoked by DELETE /tokens, a password change "
                + "or reset, or deactivation).")
public class LegalAidApi extends Application {
}
