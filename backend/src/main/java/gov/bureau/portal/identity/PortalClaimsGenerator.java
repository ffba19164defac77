package gov.bureau.portal.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import jakarta.inject.Singleton;

/**
 * Micronaut's claims with this installation as issuer ({@code iss}) and audience ({@code aud}):
 * {@code portal.token.issuer}, from PORTAL_TOKEN_ISSUER. Micronaut's issuer and audience claim
 * validators (configured with the same value in application.yml) refuse a token minted for another
 * portal; a token signed with another secret fails its signature before that.
 */
@Singleton
@Replaces(JWTClaimsSetGenerator.class)
public class PortalClaimsGenerator extends JWTClaimsSetGenerator {

    private final String issuer;

    public PortalClaimsGenerator(TokenConfiguration tokenConfiguration, @Nullable JtiGenerator jwtIdGenerator,
                                 @Nullable ApplicationConfiguration applicationConfiguration,
                                 @Value("${portal.token.issuer}") String issuer) {
        super(tokenConfiguration, jwtIdGenerator, null, applicationConfiguration);
        this.issuer = issuer;
    }

    @Override
    protected void populateIss(JWTClaimsSet.Builder builder) {
        builder.issuer(issuer);
    }

    @Override
    protected void populateAud(JWTClaimsSet.Builder builder) {
        builder.audience(issuer);
    }
}
