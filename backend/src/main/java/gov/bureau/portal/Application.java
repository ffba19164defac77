package gov.bureau.portal;

import gov.bureau.portal.platform.PortalBootstrap;
import gov.bureau.portal.platform.StartupException;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@OpenAPIDefinition(
        info = @Info(title = "portal", version = "1.0",
                description = "预算绩效评价第三方机构信用管理平台 API"),
        // relative: a generated client calls the server that served the document (behind any proxy path)
        servers = @Server(url = "/", description = "this portal"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    public static void main(String[] args) {
        try {
            // the embedded database starts in the background while the context loads (PortalBootstrap.prepare)
            PortalBootstrap.Prepared prepared = PortalBootstrap.prepare(System.getenv());
            Micronaut micronaut = Micronaut.build(args)
                    .mainClass(Application.class)
                    .properties(prepared.properties());
            prepared.database().ifPresent(micronaut::singletons);
            micronaut.start();
        } catch (StartupException e) {
            // (platform.EmbeddedDatabaseGate does the same for the embedded database failing while the context starts)
            LOG.error("The portal cannot start: {}", e.getMessage());
            System.exit(2);
        }
    }
}
