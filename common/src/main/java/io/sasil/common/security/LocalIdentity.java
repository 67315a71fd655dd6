package io.sasil.common.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The zero-setup identity provider of the local suite: an RSA key pair under {@code .sasil/keys/}
 * that {@code ./sasil run} creates and the four services trust, and the tokens signed with it.
 * Tokens look like Keycloak's access tokens (roles under {@code realm_access.roles}), so that the
 * services read local and production tokens with the same configuration.
 *
 * <p>Command line ({@code java -cp sasil-common.jar io.sasil.common.security.LocalIdentity}):
 * <pre>
 *   keys  DIR                         create DIR/private.pem and DIR/public.pem unless present
 *   token DIR ROLE [SUBJECT] [TTL]    print a token for ROLE (reader, editor, admin, service), TTL e.g. PT8H
 * </pre>
 */
public final class LocalIdentity {

    /** The {@code iss} of local tokens ({@code mp.jwt.verify.issuer} of the local suite). */
    public static final String ISSUER = "sasil-local";
    /** The {@code aud} every token of the suite must carry ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "sasil";
    public static final String PRIVATE_KEY = "private.pem";
    public static final String PUBLIC_KEY = "public.pem";
    /** The key id written in the tokens' header. */
    public static final String KEY_ID = "sasil-local";

    private LocalIdentity() {
    }

    /** Creates {@code dir/private.pem} (owner-only) and {@code dir/public.pem} unless both exist. */
    public static void ensureKeys(Path dir) {
        Path privateKey = dir.resolve(PRIVATE_KEY);
        Path publicKey = dir.resolve(PUBLIC_KEY);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return;
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(privateKey, Pem.write(pair.getPrivate()));
            try {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the directory's permissions
            }
            Files.writeString(publicKey, Pem.write(pair.getPublic()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local keys under " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a token for {@code subject} with {@code roles}, valid from now for {@code ttl}. */
    public static Map<String, Object> claims(String issuer, String audience, String subject, List<String> roles,
            Instant now, Duration ttl) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", audience);
        claims.put("sub", subject);
        claims.put("preferred_username", subject);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(ttl).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("realm_access", Map.of("roles", roles));
        return claims;
    }

    /** A local token for {@code role}, signed with {@code key}. */
    public static String token(PrivateKey key, String role, String subject, Duration ttl) {
        return JwtSigner.sign(key, KEY_ID, claims(ISSUER, AUDIENCE, subject, List.of(role), Instant.now(), ttl));
    }

    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("keys")) {
            ensureKeys(Path.of(args[1]));
            return;
        }
        if (args.length >= 3 && args[0].equals("token")) {
            String role = args[2];
            if (!Roles.USER_ROLES.contains(role) && !Roles.SERVICE.equals(role)) {
                System.err.println("unknown role " + role + ": one of reader, editor, admin, service");
                System.exit(2);
            }
            Path dir = Path.of(args[1]);
            PrivateKey key = Pem.privateKey(Pem.read(dir.resolve(PRIVATE_KEY).toString()));
            String subject = args.length > 3 ? args[3] : "local-" + role;
            Duration ttl = args.length > 4 ? Duration.parse(args[4]) : Duration.ofHours(8);
            System.out.println(token(key, role, subject, ttl));
            return;
        }
        System.err.println("usage: LocalIdentity keys DIR | token DIR ROLE [SUBJECT] [TTL]");
        System.exit(2);
    }
}
