package io.sasil.common.contract;

/** What kind of checkable fact a claim asserts. */
public enum ClaimType {
    QUANTITY, TEMPORAL, COMPARISON, RANKING, QUOTE, EVENT
}
