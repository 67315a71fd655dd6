package io.sasil.glossary.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.common.testing.TestTokens;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} (20M here) is refused with a 413 problem
 * before it is read, not with Vert.x's empty 413. Spoken over a raw socket, as the limit is on what the client
 * declares: the test announces 30 MB and sends none of it.
 */
@QuarkusTest
class BodyLimitTest {

    @TestHTTPResource("/")
    URL root;

    private String exchange(String head, byte[] body) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            try {
                in.transferTo(got);
            } catch (SocketTimeoutException e) {
                return "(connection still open after) " + got.toString(StandardCharsets.UTF_8);
            }
            return got.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBodyDeclaredOverTheLimitGetsAProblemAndTheConnectionIsClosed() throws Exception {
        String response = exchange("POST /api/glossary/extract HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: " + TestTokens.bearer("reader") + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: 30000000\r\n"
                + "Expect: 100-continue\r\n\r\n", new byte[0]);
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        String lower = response.toLowerCase();
        assertTrue(lower.contains("content-type: application/problem+json"), response);
        assertTrue(lower.contains("connection: close"), response);
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertTrue(body.contains("\"type\":\"https://sasil.io/problems/too-large\""), body);
        assertTrue(body.contains("30000000 bytes"), body);
        assertTrue(body.contains("\"instance\":\"/api/glossary/extract\""), body);
    }

    @Test
    void aBodyUnderTheLimitIsRead() throws Exception {
        String json = "{\"text\":\"국제해양기구(IMO)가 규칙을 냈다.\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String response = exchange("POST /api/glossary/extract HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: " + TestTokens.bearer("reader") + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Connection: close\r\n"
                + "Content-Length: " + bytes.length + "\r\n\r\n", bytes);
        assertEquals("HTTP/1.1 200", response.substring(0, 12), response);
    }
}
