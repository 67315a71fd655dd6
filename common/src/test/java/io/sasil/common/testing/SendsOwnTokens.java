package io.sasil.common.testing;

/** A {@code @QuarkusTest} that sends its own tokens: {@link DefaultTokenCallback} leaves it without a default one. */
public interface SendsOwnTokens {
}
