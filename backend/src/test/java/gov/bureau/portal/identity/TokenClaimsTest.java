package gov.bureau.portal.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestDatabase;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens are checked for their issuer, audience and not-before time (issue 8): a token minted for another
 * portal, by another issuer or with another secret, is refused. The tokens here are real ones of this
 * portal, re-signed with a claim changed, so that the change alone decides.
 */
@MicronautTest(transactional = false)
class TokenClaimsTest extends IntegrationTest {

    private JWTClaimsSet claims;

    @BeforeAll
    void signIn() throws Exception {
        String name = unique("jwt");
        Users.tokenFor(api, name, "STAFF");
        String token = (String) api.login(name, Users.PASSWORD).get("access_token");
        claims = SignedJWT.parse(token).getJWTClaimsSet();
    }

    private String mint(UnaryOperator<JWTClaimsSet.Builder> change, String secret) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), change.apply(new JWTClaimsSet.Builder(claims)).build());
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private int status(String token) {
        return api.get(token, "/api/me").status();
    }

    @Test
    void theTokensCarryThisPortalAsIssuerAndAudience() throws Exception {
        assertThat(claims.getIssuer()).isEqualTo("bureau-credit-portal");
        assertThat(claims.getAudience()).containsExactly("bureau-credit-portal");
        assertThat(claims.getNotBeforeTime()).isNotNull();
        // the same claims, signed again with this portal's secret, pass: the changes below alone decide
        assertThat(status(mint(b -> b, TestDatabase.JWT_SECRET))).isEqualTo(200);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        assertThat(status(mint(b -> b.issuer("another-portal"), TestDatabase.JWT_SECRET))).isEqualTo(401);
        assertThat(status(mint(b -> b.issuer(null), TestDatabase.JWT_SECRET))).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        assertThat(status(mint(b -> b.audience("another-portal"), TestDatabase.JWT_SECRET))).isEqualTo(401);
        assertThat(status(mint(b -> b.audience(List.of()), TestDatabase.JWT_SECRET))).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() throws Exception {
        assertThat(status(mint(b -> b, "another-portal-secret-of-at-least-32-characters"))).isEqualTo(401);
    }

    @Test
    void aTokenUsedBeforeItsNotBeforeTimeIsRefused() throws Exception {
        Date inFiveMinutes = Date.from(Instant.now().plusSeconds(300));
        assertThat(status(mint(b -> b.notBeforeTime(inFiveMinutes), TestDatabase.JWT_SECRET))).isEqualTo(401);
        // a few seconds of difference between the clocks of two instances is tolerated
        Date inFiveSeconds = Date.from(Instant.now().plusSeconds(5));
        assertThat(status(mint(b -> b.notBeforeTime(inFiveSeconds), TestDatabase.JWT_SECRET))).isEqualTo(200);
    }

    @Test
    void aTokenWithoutASessionIsRefused() throws Exception {
        assertThat(status(mint(b -> b.claim("sid", null), TestDatabase.JWT_SECRET))).isEqualTo(401);
        assertThat(status(mint(b -> b.claim("sid", 987654321L), TestDatabase.JWT_SECRET))).isEqualTo(401);
    }
}
