package io.sasil.e2e;

import java.util.List;
import java.util.Map;

/**
 * Who signs the suite's tokens in the end-to-end test: a real Keycloak ({@link KeycloakIdentity})
 * when a Java 21+ runtime for it is configured, else the local key of {@code ./sasil run}
 * ({@link LocalKeyIdentity}). Never a mock: the services verify real signatures either way.
 */
interface Identity extends AutoCloseable {

    /** A valid access token of a user with {@code role} (reader, editor or admin). */
    String token(String role);

    /** The system properties that make {@code service} trust this issuer and get its own service token. */
    List<String> serviceProperties(String service);

    /**
     * Tokens every service must refuse with 401, by what is wrong with them: expired, signed by
     * another key, {@code alg: none}, for another audience, from another issuer.
     */
    Map<String, String> refusedTokens() throws Exception;

    /** What signs the tokens, for the test log. */
    String describe();

    @Override
    default void close() throws Exception {
    }
}
