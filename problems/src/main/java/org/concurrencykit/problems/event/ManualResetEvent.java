package org.concurrencykit.problems.event;

/**
 * An event flag that threads set, clear and wait for, as Python's {@code threading.Event}:
 * a gate that, unlike a latch, can be closed again. A solution is built with no arguments
 * ({@code Event()}); the flag starts clear. Java cannot name the waiting method
 * {@code wait(long)}, as Python does: {@link Object#wait(long)} is final, so it is
 * {@code await}.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #set} and {@link #clear} never block and are idempotent: setting a set flag or
 *       clearing a clear one changes nothing. {@link #isSet} says whether the flag is set.
 *   <li>{@link #await()} returns at once when the flag is set; otherwise it blocks until a
 *       {@code set()}. A {@code set()} releases every thread waiting at that moment, even if
 *       the flag is cleared again before a released thread gets to run.
 *   <li>{@link #await(long)} does the same but gives up after {@code timeoutMillis}
 *       milliseconds: it returns {@code true} when the flag was set or a {@code set()}
 *       released it, and {@code false} only after its whole timeout, the flag clear and no
 *       {@code set()} during the wait.
 *   <li>Memory consistency effects: actions of a thread before it calls {@code set()}
 *       happen-before the actions of a thread after an {@code await} that the set released or
 *       that found the flag set, and after an {@code isSet()} that returned {@code true}.
 *   <li>A blocked {@code await} throws {@link InterruptedException} if its thread is
 *       interrupted.
 * </ul>
 */
public interface ManualResetEvent {
    /** Sets the flag and releases every waiting thread. */
    void set();

    /** Clears the flag: threads that await from now on block until the next set(). */
    void clear();

    /** Whether the flag is set. */
    boolean isSet();

    /** Waits until the flag is set (returns at once if it is). */
    void await() throws InterruptedException;

    /** Waits until the flag is set or the timeout has passed: whether it was set. */
    boolean await(long timeoutMillis) throws InterruptedException;
}
