package org.concurrencykit.problems.spi;

/**
 * Why a round is wrong.
 *
 * @param expected what a correct run outputs (or the rule it follows)
 * @param actual   what this run output
 * @param message  the first rule broken, in a sentence a learner can act on
 * @param verdict  {@link Verdict#WRONG_ANSWER}, or {@link Verdict#TIME_LIMIT_EXCEEDED} for a
 *                 round whose output is right but which took longer than the problem allows
 */
public record Violation(String expected, String actual, String message, Verdict verdict) {
    public Violation {
        if (verdict != Verdict.WRONG_ANSWER && verdict != Verdict.TIME_LIMIT_EXCEEDED) {
            throw new IllegalArgumentException("a checker finds wrong answers or slow rounds, not " + verdict);
        }
    }

    /** A wrong answer. */
    public Violation(String expected, String actual, String message) {
        this(expected, actual, message, Verdict.WRONG_ANSWER);
    }

    /** A right answer that came too slowly (e.g. a crawler that fetches one page at a time). */
    public static Violation tooSlow(String expected, String actual, String message) {
        return new Violation(expected, actual, message, Verdict.TIME_LIMIT_EXCEEDED);
    }
}
