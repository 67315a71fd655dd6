package io.sasil.claims.extract;

import io.sasil.claims.quantity.Quantity;
import io.sasil.claims.quantity.QuantityParser;
import io.sasil.common.contract.QuantityView;
import io.sasil.common.text.CodePoints;
import io.sasil.common.text.NormalizedText;
import io.sasil.common.text.Span;
import io.sasil.common.text.TextNormalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The quantities of any text, for {@code POST /api/quantities/parse}: the text is normalised
 * ({@link TextNormalizer}: full-width digits and signs become ASCII, odd spaces plain ones), parsed by
 * {@link QuantityParser} against the reference time, and every span mapped back to the text as given,
 * its {@code text} cut from it. Offsets are Unicode code points, end exclusive. Thread-safe.
 */
public final class TextQuantities {

    private final QuantityParser parser;

    public TextQuantities(QuantityParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** The quantities of {@code original}; {@code referenceTime} may be null (relative dates are then skipped). */
    public List<QuantityView> parse(String original, OffsetDateTime referenceTime) {
        NormalizedText normalized = new TextNormalizer().normalize(original);
        List<QuantityView> out = new ArrayList<>();
        CodePoints.Index index = normalized.changed() ? CodePoints.index(original) : null;
        for (Quantity q : parser.parse(normalized.text(), referenceTime)) {
            QuantityView v = QuantityViews.of(q, 0);
            if (index != null) {
                Span s = normalized.toOriginal(new Span(q.start(), q.end()));
                v = QuantityViews.at(v, s.start(), s.end(), ClaimExtractor.cut(original, index, s));
            }
            out.add(v);
        }
        return out;
    }
}
