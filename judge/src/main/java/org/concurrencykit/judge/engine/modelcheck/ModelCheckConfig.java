package org.concurrencykit.judge.engine.modelcheck;

/**
 * How a model-checking judgement runs. Everything the exploration does follows from these
 * values and the case (the problem's small cases, or {@code --input}), so the reported
 * {@code --seed} and {@code --input} replay the same exploration, failure and trace.
 *
 * @param seed         the judgement's seed, reported with the result (stress's cases and
 *                     delays follow from it; the model checker's small cases do not)
 * @param input        if not null, explore only this case
 * @param examplesOnly explore only the statement's examples
 * @param invocations  interleavings explored per case, at most; 0 for the problem's own
 *                     ({@link ModelCheckEngine#invocationsFor})
 * @param maxCases     cases explored, at most: the first of the problem's small cases
 * @param loopBound    iterations of one loop before the model checker calls it hung
 * @param confirmBound the higher bound a hang is re-explored with before anyone believes it
 * @param maxThreads   cases with more solution threads are left to stress (Lincheck stops
 *                     exploring silently with more)
 * @param budgetMillis wall time for the whole exploration; past it the engine stops with a note
 */
public record ModelCheckConfig(long seed, String input, boolean examplesOnly, int invocations, int maxCases,
                               int loopBound, int confirmBound, int maxThreads, long budgetMillis) {
    /**
     * Interleavings per case of a problem whose broken solutions need many (see
     * {@link ModelCheckEngine#INVOCATIONS}). Lincheck explores the executions with few thread
     * switches first; most known-broken solutions fail within 20, but a few need 98 to 229 (the
     * bounded queue's check-then-act, the dining philosophers' left-fork-first deadlock, the
     * barber's if-instead-of-while), so those problems keep this many.
     */
    public static final int DEFAULT_INVOCATIONS = 250;
    /** Cases by default: the first two of the problem's small cases (the model checker explores every start order itself). */
    public static final int DEFAULT_CASES = 2;
    /** Lincheck's default is 50, which calls correct solutions using JDK locks "hung". */
    public static final int DEFAULT_LOOP_BOUND = 1000;
    /** Five times the bound: a real hang hangs at any bound, a long-but-finite wait does not. */
    public static final int DEFAULT_CONFIRM_BOUND = 5000;
    /** Lincheck explores correctly up to 8 threads. */
    public static final int MAX_THREADS = 8;
    /** Wall time of the model checker in a judgement. */
    public static final long DEFAULT_BUDGET_MILLIS = 40_000;

    /** The defaults, for {@code seed} and (optionally) one {@code input}. */
    public static ModelCheckConfig defaults(long seed, String input, boolean examplesOnly) {
        return new ModelCheckConfig(seed, input, examplesOnly, 0, DEFAULT_CASES,
                DEFAULT_LOOP_BOUND, DEFAULT_CONFIRM_BOUND, MAX_THREADS, DEFAULT_BUDGET_MILLIS);
    }

    /** A copy exploring at most {@code n} interleavings per case. */
    public ModelCheckConfig withInvocations(int n) {
        return new ModelCheckConfig(seed, input, examplesOnly, n, maxCases, loopBound, confirmBound, maxThreads,
                budgetMillis);
    }
}
