package io.sasil.reporting.check;

import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.QuantityView;

/**
 * A quantity together with the claim it was found in.
 *
 * @param claimIndex index of the claim in the checker's input list
 * @param claim      the claim
 * @param quantity   the quantity
 */
public record Located(int claimIndex, ClaimView claim, QuantityView quantity) {

    public int start() {
        return quantity.start();
    }

    public int end() {
        return quantity.end();
    }

    public String unit() {
        return quantity.unit() == null ? "" : quantity.unit();
    }

    /** The quantity as an {@link Involved} entry of a result. */
    public Involved involved() {
        return new Involved(claimIndex, claim.id(), quantity.text(), quantity.start(), quantity.end());
    }
}
