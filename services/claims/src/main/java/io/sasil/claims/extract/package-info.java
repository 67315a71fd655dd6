/**
 * Plain-Java glue between the claim classifier ({@code io.sasil.claims.classify}) and the quantity
 * parser ({@code io.sasil.claims.quantity}): the claims of a text with the quantities of each claim,
 * in the wire shape of {@code io.sasil.common.contract}. No Quarkus or Jakarta imports.
 */
package io.sasil.claims.extract;
