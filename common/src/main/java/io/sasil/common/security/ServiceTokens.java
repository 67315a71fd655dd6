package io.sasil.common.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The bearer token this service presents to the others (the {@code service} role).
 *
 * <ul>
 *   <li>Production: a client-credentials token of the OIDC provider, fetched by Quarkus' OIDC
 *       client ({@code quarkus.oidc-client.auth-server-url}, {@code client-id},
 *       {@code credentials.secret}) and kept until shortly before it expires.</li>
 *   <li>Local suite: {@code sasil.security.local-signing-key} names the local private key
 *       ({@code ./sasil run} sets it), and the service signs itself a short-lived service token
 *       with it, as the local issuer.</li>
 * </ul>
 * With neither, calls go out without a token and the called service answers 401.
 */
// looked up by ServiceTokenFilter, which REST clients instantiate outside CDI
@Unremovable
@ApplicationScoped
public class ServiceTokens {

    private static final Logger LOG = Logger.getLogger(ServiceTokens.class);
    private static final Duration LOCAL_TTL = Duration.ofMinutes(10);
    /** A token is renewed this long before it expires. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final Optional<String> localSigningKey;
    private final String issuer;
    private final String audience;
    private final String subject;
    private final Instance<OidcClient> oidcClient;

    private PrivateKey localKey;
    private String token;
    private Instant renewAt = Instant.EPOCH;
    private boolean warned;

    @Inject
    public ServiceTokens(@ConfigProperty(name = "sasil.security.local-signing-key") Optional<String> localSigningKey,
            @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = LocalIdentity.ISSUER) String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences", defaultValue = LocalIdentity.AUDIENCE) List<String> audiences,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            Instance<OidcClient> oidcClient) {
        this.localSigningKey = localSigningKey.filter(s -> !s.isBlank());
        this.issuer = issuer;
        this.audience = audiences.get(0);
        this.subject = "service-" + applicationName;
        this.oidcClient = oidcClient;
    }

    /** The current token, or empty when this service has no identity configured. */
    public synchronized Optional<String> current() {
        Instant now = Instant.now();
        if (token != null && now.isBefore(renewAt)) {
            return Optional.of(token);
        }
        if (localSigningKey.isPresent()) {
            if (localKey == null) {
                localKey = Pem.privateKey(Pem.read(localSigningKey.get()));
            }
            token = JwtSigner.sign(localKey, LocalIdentity.KEY_ID, LocalIdentity.claims(issuer, audience, subject,
                    List.of(Roles.SERVICE), now, LOCAL_TTL));
            renewAt = now.plus(LOCAL_TTL).minus(MARGIN);
            return Optional.of(token);
        }
        if (oidcClient.isResolvable()) {
            try {
                Tokens tokens = oidcClient.get().getTokens().await().atMost(Duration.ofSeconds(10));
                token = tokens.getAccessToken();
                Long expiresAt = tokens.getAccessTokenExpiresAt();
                renewAt = expiresAt == null ? now.plus(Duration.ofMinutes(1))
                        : Instant.ofEpochSecond(expiresAt).minus(MARGIN);
                return Optional.of(token);
            } catch (RuntimeException e) {
                if (!warned) {
                    LOG.warnf("no service token (configure quarkus.oidc-client.* or sasil.security.local-signing-key): %s",
                            e.getMessage());
                    warned = true;
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
