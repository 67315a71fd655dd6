/**
 * Reading the facts a claim states ({@link io.sasil.common.contract.FactView}): which subject, which event, measure
 * or relation, and the role of each of the claim's quantities. {@link io.sasil.claims.facts.FactReader} is the
 * entry point; each rule is its own small class. Plain Java, no framework.
 */
package io.sasil.claims.facts;
