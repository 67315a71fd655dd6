package io.sasil.glossary.extract;

/**
 * One part of a parenthetical after splitting and label stripping, in UTF-16 indices.
 *
 * @param text  the part, trimmed, without its label and surrounding quotes
 * @param start index of the first character in the text
 * @param end   end index, exclusive
 * @param label the label that preceded it ({@code 이하}, {@code 영문명} …), or null
 */
record GlossPart(String text, int start, int end, String label) {
}
