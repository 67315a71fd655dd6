package io.sasil.reporting.check;

/** The outcome of one consistency check. */
public enum Verdict {
    /** The stated figures agree within the stated tolerance. */
    CONSISTENT,
    /** The stated figures disagree beyond the tolerance. */
    INCONSISTENT,
    /** The check applies, but data it needs is missing (no reference rate, no publication date, …). */
    UNVERIFIABLE
}
