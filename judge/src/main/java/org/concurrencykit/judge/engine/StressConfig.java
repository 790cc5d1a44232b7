package org.concurrencykit.judge.engine;

import java.util.function.Predicate;

/**
 * How a stress judgement runs.
 *
 * @param seed          draws the cases and every delay
 * @param rounds        rounds per small case; 0 for the problem's default
 * @param timeMillis    if positive, repeat the cases until this much time has passed (at least one pass)
 * @param stallMillis   a round with no progress for this long is a hang
 * @param budgetMillis  a judgement running longer than this is too slow
 * @param examplesOnly  run only the statement's examples (what {@code judge run} does)
 * @param input         if not null, run only this case (in the problem's input syntax)
 * @param userClass     tells the solution's classes from the JDK's and the judge's, to trim stacks
 */
public record StressConfig(long seed, int rounds, long timeMillis, long stallMillis, long budgetMillis,
                           boolean examplesOnly, String input, Predicate<String> userClass) {
    /** Default no-progress limit of a round. */
    public static final long DEFAULT_STALL_MILLIS = 2000;
    /** Default time limit of a whole judgement. */
    public static final long DEFAULT_BUDGET_MILLIS = 120_000;
    /** Rounds per example for {@code judge run}. */
    public static final int RUN_ROUNDS = 20;
}
