package org.concurrencykit.problems.latch;

import java.util.concurrent.TimeUnit;

/**
 * A one-shot latch: a gate that starts closed with a count and opens, for good, when
 * {@link #countDown} has been called that many times. A solution is built with the count
 * ({@code Latch(int count)}, {@code count >= 0}; a count of 0 starts open).
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #countDown} never blocks. Each call lowers the count by one while it is above
 *       zero; calls once the latch is open change nothing.
 *   <li>{@link #await()} blocks while the latch is closed and returns once it is open; it
 *       returns at once when the latch is already open. Any number of threads may wait, and
 *       all of them are released when the latch opens.
 *   <li>{@link #await(long, TimeUnit)} does the same but gives up after the timeout: it returns
 *       {@code true} when the latch opened, and {@code false} only when the whole timeout
 *       passed with the latch still closed.
 *   <li>Memory consistency effects: actions of a thread before it calls {@code countDown()}
 *       happen-before the actions of any thread after its {@code await} returns {@code true}
 *       (as for {@link java.util.concurrent.CountDownLatch}).
 * </ul>
 */
public interface OneShotLatch {
    /** Counts down; the call that brings the count to zero opens the latch. */
    void countDown();

    /** Waits until the latch is open. */
    void await() throws InterruptedException;

    /** Waits until the latch is open or {@code timeout} has passed: whether it opened. */
    boolean await(long timeout, TimeUnit unit) throws InterruptedException;
}
