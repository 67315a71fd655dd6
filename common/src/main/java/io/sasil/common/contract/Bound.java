package io.sasil.common.contract;

/** How a quantity bounds the true value: 이상 ≥, 초과 >, 이하 ≤, 미만 <. */
public enum Bound {
    /** At least the value (이상, 최소). */
    MIN_INCLUSIVE,
    /** More than the value (초과, 넘는). */
    MIN_EXCLUSIVE,
    /** At most the value (이하, 최대). */
    MAX_INCLUSIVE,
    /** Less than the value (미만, 도 안 된). */
    MAX_EXCLUSIVE
}
