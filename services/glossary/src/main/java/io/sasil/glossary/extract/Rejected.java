package io.sasil.glossary.extract;

/**
 * A parenthetical (or one part of it) that is not a gloss. Offsets are code point indices, end exclusive.
 *
 * @param start  code point offset of the rejected text
 * @param end    end, exclusive
 * @param text   the rejected text (a whole parenthetical with its brackets, or one part)
 * @param reason why: {@code empty}, {@code citation}, {@code law-reference}, {@code date}, {@code age},
 *               {@code amount}, {@code aside}, {@code continuation}, {@code identifier}, {@code no-term},
 *               {@code too-long}, {@code unclosed}, {@code language-tag}, {@code list-item}, {@code hashtag},
 *               {@code quotation}
 */
public record Rejected(int start, int end, String text, String reason) {
}
