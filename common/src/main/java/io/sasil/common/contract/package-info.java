/**
 * Wire records exchanged between the sasil services. Every {@code start}/{@code end} is a
 * Unicode code point offset into the document's stored text, end exclusive
 * (see {@link io.sasil.common.text.CodePoints}).
 */
package io.sasil.common.contract;
