package io.sasil.e2e;

import io.sasil.common.security.JwtSigner;
import io.sasil.common.security.LocalIdentity;
import io.sasil.common.security.Pem;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The local suite's identity: a key pair made as {@code ./sasil run} makes it, trusted by the services. */
final class LocalKeyIdentity implements Identity {

    private final Path keys;
    private final PrivateKey key;

    LocalKeyIdentity(Path keys) {
        this.keys = keys;
        LocalIdentity.ensureKeys(keys);
        this.key = Pem.privateKey(Pem.read(keys.resolve(LocalIdentity.PRIVATE_KEY).toString()));
    }

    @Override
    public String token(String role) {
        return LocalIdentity.token(key, role, "e2e-" + role, Duration.ofMinutes(30));
    }

    @Override
    public List<String> serviceProperties(String service) {
        return List.of("-Dmp.jwt.verify.publickey.location=" + keys.resolve(LocalIdentity.PUBLIC_KEY).toUri(),
                "-Dmp.jwt.verify.issuer=" + LocalIdentity.ISSUER,
                "-Dsasil.security.local-signing-key=" + keys.resolve(LocalIdentity.PRIVATE_KEY));
    }

    @Override
    public Map<String, String> refusedTokens() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey other = generator.generateKeyPair().getPrivate();
        Instant now = Instant.now();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("expired", JwtSigner.sign(key, LocalIdentity.KEY_ID, LocalIdentity.claims(LocalIdentity.ISSUER,
                LocalIdentity.AUDIENCE, "e2e", List.of("admin"), now.minus(Duration.ofHours(2)), Duration.ofHours(1))));
        Map<String, Object> valid = LocalIdentity.claims(LocalIdentity.ISSUER, LocalIdentity.AUDIENCE, "e2e",
                List.of("admin"), now, Duration.ofMinutes(10));
        refused.put("signed by another key", JwtSigner.sign(other, LocalIdentity.KEY_ID, valid));
        refused.put("alg none", JwtSigner.unsigned(valid));
        refused.put("wrong audience", JwtSigner.sign(key, LocalIdentity.KEY_ID, LocalIdentity.claims(LocalIdentity.ISSUER,
                "another-api", "e2e", List.of("admin"), now, Duration.ofMinutes(10))));
        refused.put("wrong issuer", JwtSigner.sign(key, LocalIdentity.KEY_ID, LocalIdentity.claims(
                "https://attacker.example/realms/sasil", LocalIdentity.AUDIENCE, "e2e", List.of("admin"), now,
                Duration.ofMinutes(10))));
        return refused;
    }

    @Override
    public String describe() {
        return "the local key under " + keys;
    }
}
