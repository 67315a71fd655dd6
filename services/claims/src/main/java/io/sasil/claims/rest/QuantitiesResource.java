package io.sasil.claims.rest;

import io.sasil.claims.config.ClaimsConfig;
import io.sasil.claims.service.ClaimsService;
import io.sasil.common.security.Roles;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/quantities")
@Tag(name = "Quantities", description = "Numbers, amounts, dates and durations of Korean text, normalised (\"Duckling for Korean\")")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuantitiesResource {

    /**
     * Texts up to this many UTF-16 units (about 16 KB) are parsed on the I/O thread that read them: at
     * about 7 MB/s that takes well under 3 ms, less than a hand-over to a worker thread costs on a busy
     * machine. Longer texts are parsed on the worker pool so the I/O thread is never held long.
     */
    static final int INLINE_CHARS = 8_192;

    private final ClaimsService claims;
    private final ClaimsConfig config;

    public QuantitiesResource(ClaimsService claims, ClaimsConfig config) {
        this.claims = claims;
        this.config = config;
    }

    @RolesAllowed(Roles.READER)
    @POST
    @Path("/parse")
    @Operation(operationId = "parseQuantities", summary = "Find and normalise the quantities of a text",
            description = "Money as ISO 4217 codes, percentages and percentage points, counts with their counter, "
                    + "ages, ranks, SI measures; dates, times, durations and intervals as ISO 8601 strings resolved "
                    + "against referenceTime; approximate markers and bounds (이상 ≥, 초과 >, 이하 ≤, 미만 <). Offsets "
                    + "are Unicode code points into the text as sent, end exclusive.")
    @APIResponse(responseCode = "200", description = "The quantities, in text order",
            content = @Content(schema = @Schema(implementation = ParseResponse.class),
                    examples = @ExampleObject(name = "quantities", value = Examples.PARSE)))
    @APIResponse(responseCode = "400", description = "No text, or a referenceTime that is not ISO 8601")
    @APIResponse(responseCode = "413", description = "The text is larger than sasil.claims.max-text-bytes")
    public Uni<ParseResponse> parse(@NotNull ParseRequest request) {
        String text = RequestChecks.text(request.text(), config.maxTextBytes());
        OffsetDateTime referenceTime = RequestChecks.time("referenceTime", request.referenceTime(), config.zone());
        if (text.length() <= INLINE_CHARS) {
            return Uni.createFrom().item(new ParseResponse(claims.quantities(text, referenceTime)));
        }
        return Uni.createFrom().item(() -> new ParseResponse(claims.quantities(text, referenceTime)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
