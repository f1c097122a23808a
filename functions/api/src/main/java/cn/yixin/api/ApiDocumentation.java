package cn.yixin.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document's header; the operations come from the controllers at build time (micronaut-openapi). */
@OpenAPIDefinition(
        info = @Info(title = "Yixin 医信", version = "0.1",
                description = "Medical-insurance credit management for healthcare-security bureaus and their credit "
                        + "subjects. Every error is application/problem+json with a stable code and a message in "
                        + "Chinese and English (Accept-Language). The tenant is always the one in your token."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class ApiDocumentation {
    private ApiDocumentation() {
    }
}
