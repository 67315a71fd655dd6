package io.sasil.reporting.check;

import java.util.List;

/**
 * One rule that compares figures stated in a single document. Each rule names itself in its results
 * ({@link CheckResult#check()}, the rule's {@code NAME} constant).
 */
public interface ConsistencyCheck {

    /** Every finding of this rule in the document; empty when the rule does not apply. */
    List<CheckResult> check(CheckContext context);
}
