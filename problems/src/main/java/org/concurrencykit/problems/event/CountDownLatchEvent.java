package org.concurrencykit.problems.event;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The event as a one-shot {@link CountDownLatch} of count 1 that {@code set()} opens and
 * {@code clear()} replaces with a new, closed one. A waiter waits on the latch that was
 * current when it began: once that latch is open it stays open, so a {@code clear()} after
 * the {@code set()} that released it changes nothing for it; the generations of
 * {@link SynchronizedEvent} are the latches here. The current latch is an
 * {@link AtomicReference}, and {@code clear()} swaps only an open latch, with a
 * compare-and-set, so a set racing a clear is never lost inside a latch nobody sees.
 *
 * <p>A timed wait looks at its latch once more when {@code await} says it timed out: the
 * latch's waiters queue, and one queued behind a waiter that has not yet run after the latch
 * opened is not woken by the opening; it can reach its deadline in the queue and report a
 * timeout, although a {@code set()} came well within it.
 *
 * <p>Invariant: the flag is set exactly when the current latch is open.
 * Memory consistency effects: as {@link CountDownLatch} documents, actions before
 * {@code countDown()} happen-before actions after an {@code await} of that latch returns.
 */
public final class CountDownLatchEvent implements ManualResetEvent {
    /** The current generation: open while the flag is set. */
    private final AtomicReference<CountDownLatch> gate = new AtomicReference<>(new CountDownLatch(1));

    @Override
    public void set() {
        gate.get().countDown();
    }

    @Override
    public void clear() {
        CountDownLatch current = gate.get();
        if (current.getCount() == 0) {
            gate.compareAndSet(current, new CountDownLatch(1));
        }
    }

    @Override
    public boolean isSet() {
        return gate.get().getCount() == 0;
    }

    @Override
    public void await() throws InterruptedException {
        gate.get().await();
    }

    @Override
    public boolean await(long timeoutMillis) throws InterruptedException {
        CountDownLatch current = gate.get();
        return current.await(timeoutMillis, TimeUnit.MILLISECONDS) || current.getCount() == 0;
    }
}
