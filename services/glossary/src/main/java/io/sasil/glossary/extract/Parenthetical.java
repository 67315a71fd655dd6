package io.sasil.glossary.extract;

/**
 * A bracketed stretch of text found by {@link ParenthesisScanner}, in UTF-16 indices.
 *
 * @param open         index of the opening bracket
 * @param contentStart first index inside the brackets
 * @param contentEnd   end of the content, exclusive (the closing bracket, or where an unclosed one stops)
 * @param end          end of the whole parenthetical, exclusive (after the closing bracket)
 * @param malformed    doubled opener, {@code ) │} continuation or missing closer
 */
public record Parenthetical(int open, int contentStart, int contentEnd, int end, boolean malformed) {

    public String content(String text) {
        return text.substring(contentStart, contentEnd);
    }
}
