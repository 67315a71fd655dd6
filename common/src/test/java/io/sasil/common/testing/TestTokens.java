package io.sasil.common.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.sasil.common.security.JwtSigner;
import io.sasil.common.security.LocalIdentity;
import io.sasil.common.security.Pem;
import io.sasil.common.security.Roles;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Real RS256 tokens for the services' tests, signed with the test-only key of this test-jar
 * ({@code sasil-test-keys/private.pem}; the services trust {@code sasil-test-keys/public.pem} in
 * their {@code %test} profile). Also the tokens that must be refused: expired, signed by another
 * key, unsigned ({@code alg: none}), for another audience or from another issuer.
 */
public final class TestTokens {

    /** The private key of {@code sasil-test-keys}; the services' test profile trusts its public half. */
    public static final String KEY_LOCATION = "classpath:sasil-test-keys/private.pem";

    private static PrivateKey key;
    private static PrivateKey otherKey;

    private TestTokens() {
    }

    /** A valid token for {@code role}, from the issuer and for the audience the services expect. */
    public static String token(String role) {
        return sign(key(), claims(role, LocalIdentity.ISSUER, LocalIdentity.AUDIENCE, Instant.now(), Duration.ofHours(1)));
    }

    /**
     * A RestAssured request that authenticates as a calling service (role {@code service}), for
     * the {@code /internal} endpoints; it replaces the default token of {@link DefaultTokenCallback}.
     */
    public static RequestSpecification asService() {
        return RestAssured.given().header("Authorization", bearer(Roles.SERVICE));
    }

    /** A RestAssured request with a token of {@code role}, replacing the default one. */
    public static RequestSpecification as(String role) {
        return RestAssured.given().header("Authorization", bearer(role));
    }

    /** {@code Bearer <token>} for {@code role}. */
    public static String bearer(String role) {
        return "Bearer " + token(role);
    }

    public static String expired(String role) {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return sign(key(), claims(role, LocalIdentity.ISSUER, LocalIdentity.AUDIENCE, issued, Duration.ofHours(1)));
    }

    public static String signedByAnotherKey(String role) {
        return sign(otherKey(), claims(role, LocalIdentity.ISSUER, LocalIdentity.AUDIENCE, Instant.now(), Duration.ofHours(1)));
    }

    public static String unsigned(String role) {
        return JwtSigner.unsigned(claims(role, LocalIdentity.ISSUER, LocalIdentity.AUDIENCE, Instant.now(), Duration.ofHours(1)));
    }

    public static String forAudience(String role, String audience) {
        return sign(key(), claims(role, LocalIdentity.ISSUER, audience, Instant.now(), Duration.ofHours(1)));
    }

    public static String fromIssuer(String role, String issuer) {
        return sign(key(), claims(role, issuer, LocalIdentity.AUDIENCE, Instant.now(), Duration.ofHours(1)));
    }

    private static Map<String, Object> claims(String role, String issuer, String audience, Instant now, Duration ttl) {
        return LocalIdentity.claims(issuer, audience, "test-" + role, List.of(role), now, ttl);
    }

    private static String sign(PrivateKey k, Map<String, Object> claims) {
        return JwtSigner.sign(k, LocalIdentity.KEY_ID, claims);
    }

    private static synchronized PrivateKey key() {
        if (key == null) {
            key = Pem.privateKey(Pem.read(KEY_LOCATION));
        }
        return key;
    }

    private static synchronized PrivateKey otherKey() {
        if (otherKey == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                otherKey = generator.generateKeyPair().getPrivate();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return otherKey;
    }
}
