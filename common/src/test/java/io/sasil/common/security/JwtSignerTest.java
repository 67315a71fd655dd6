package io.sasil.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSignerTest {

    @TempDir
    Path dir;

    @Test
    void aLocalTokenVerifiesWithThePublicKeyAndCarriesItsRole() throws Exception {
        LocalIdentity.ensureKeys(dir);
        String token = LocalIdentity.token(Pem.privateKey(Pem.read(dir.resolve("private.pem").toString())), "editor",
                "김기자", Duration.ofMinutes(5));
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        PublicKey publicKey = Pem.publicKey(Files.readString(dir.resolve("public.pem")));
        assertTrue(verify(publicKey, parts), "RS256 signature verifies");
        String header = decode(parts[0]);
        assertTrue(header.contains("\"alg\":\"RS256\""), header);
        String claims = decode(parts[1]);
        assertTrue(claims.contains("\"realm_access\":{\"roles\":[\"editor\"]}"), claims);
        assertTrue(claims.contains("\"sub\":\"김기자\""), claims);
        assertTrue(claims.contains("\"iss\":\"sasil-local\"") && claims.contains("\"aud\":\"sasil\""), claims);

        String[] tampered = parts.clone();
        tampered[1] = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace("editor", "admin").getBytes(StandardCharsets.UTF_8));
        assertFalse(verify(publicKey, tampered), "a changed claim breaks the signature");
    }

    @Test
    void keysAreCreatedOnceAndTheNextRunKeepsThem() throws Exception {
        LocalIdentity.ensureKeys(dir);
        String first = Files.readString(dir.resolve("public.pem"));
        LocalIdentity.ensureKeys(dir);
        assertEquals(first, Files.readString(dir.resolve("public.pem")));
    }

    @Test
    void jsonEscapesQuotesAndControlCharacters() {
        Map<String, Object> value = new java.util.LinkedHashMap<>();
        value.put("a", "x\"y\n");
        value.put("b", java.util.Arrays.asList(1, true, null));
        assertEquals("{\"a\":\"x\\\"y\\n\",\"b\":[1,true,null]}", JwtSigner.json(value));
    }

    @Test
    void anUnsignedTokenHasAlgNoneAndNoSignature() {
        String token = JwtSigner.unsigned(Map.of("sub", "x", "roles", List.of("admin")));
        assertTrue(token.endsWith("."));
        assertTrue(decode(token.split("\\.")[0]).contains("\"alg\":\"none\""));
    }

    private static boolean verify(PublicKey key, String[] parts) throws Exception {
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
