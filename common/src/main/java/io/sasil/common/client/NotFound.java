package io.sasil.reporting.client;

import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.function.Supplier;

/** The one rule of every read reporting makes: a 404 is {@link Optional#empty()}, other failures propagate. */
final class NotFound {

    private NotFound() {
    }

    static <T> Optional<T> asEmpty(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
