package io.sasil.reporting.check;

import java.util.List;

/**
 * One finding of a consistency check.
 *
 * @param check       the check's name ({@code percentage-points}, {@code currency-pair}, …)
 * @param verdict     whether the figures hold together
 * @param involved    the quantities the finding rests on, in text order
 * @param explanation the arithmetic shown, e.g. {@code 47% − 18% = 29%p}
 * @param tolerance   the tolerance applied, in words
 */
public record CheckResult(String check, Verdict verdict, List<Involved> involved, String explanation,
        String tolerance) {

    public CheckResult {
        involved = List.copyOf(involved);
    }
}
