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
 * reason in Chinese (or English with {@code Accept-Language: en}). Clients authenticate with
 * HTTP Basic over TLS as a staff account; the OpenAPI document is served by the server at
 * {@code /openapi}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "legalaid API", version = "1",
                description = "法律援助管理系统接口 / Legal aid administration API"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class LegalAidApi extends Application {
}
