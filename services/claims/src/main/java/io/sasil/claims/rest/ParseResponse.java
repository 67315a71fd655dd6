package io.sasil.claims.rest;

import io.sasil.common.contract.QuantityView;
import java.util.List;

/** The quantities of a text, in text order, never overlapping. */
public record ParseResponse(List<QuantityView> quantities) {
}
