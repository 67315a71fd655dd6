package io.sasil.ingestion.stub;

import io.sasil.common.testing.StubServer;

/** Drives the glossary and claims stubs of {@link AnalysisStubResource} from a test. */
public final class StubControl {

    /** The calls one stub saw for one document; {@code running} are in progress now. */
    public record Calls(int successes, int failures, int forgets, int running) {
    }

    public void reset() {
        call("/reset");
    }

    public void stop(String service) {
        call("/" + service + "/stop");
    }

    public void start(String service) {
        call("/" + service + "/start");
    }

    /** {@code ok}, {@code fail503}, {@code fail500}, {@code fail410}, {@code fail400} or {@code slow:MILLIS} or {@code hold} (the call waits until the mode changes) for one document, or {@code *}. */
    public void mode(String service, String document, String mode) {
        call("/" + service + "/mode?doc=" + document + "&mode=" + mode);
    }

    public Calls calls(String service, long document) {
        String[] parts = call("/" + service + "/calls?doc=" + document).split(" ");
        return new Calls(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]));
    }

    public int maxConcurrentPerDocument(String service) {
        return Integer.parseInt(call("/" + service + "/max-concurrent"));
    }

    private String call(String path) {
        return StubServer.steer("sasil.test.stub-control-url", "POST", path, null);
    }
}
