package io.sasil.reporting.check;

import java.util.List;

/** One rule that compares figures stated in a single document. */
public interface ConsistencyCheck {

    /** The name reported in {@link CheckResult#check()}. */
    String name();

    /** Every finding of this rule in the document; empty when the rule does not apply. */
    List<CheckResult> check(CheckContext context);
}
