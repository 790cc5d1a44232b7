package org.concurrencykit.problems.promise;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Promise without a lock: the outcome is set once by {@code compareAndSet(null, outcome)} on
 * an {@link AtomicReference} (the first completion wins), then a {@link CountDownLatch} of one
 * is counted down, which releases every getter. Callbacks go into a lock-free FIFO queue and
 * are run by one drainer at a time, elected by an {@link AtomicInteger} work counter: whoever
 * raises it from zero drains, and whoever raises it while someone drains makes that drainer
 * go round once more.
 *
 * <p>Invariant: once the outcome is set, every callback in the queue is taken out by exactly
 * one drainer. A registrant adds its callback before it reads the outcome and the winner sets
 * the outcome before it drains, so at least one of them sees the other's write (all are
 * volatile accesses) and drains it; the counter never lets two drain at once, so each thread's
 * callbacks run in its registration order.
 *
 * <p>Memory consistency effects: the outcome is published by the compareAndSet; countDown()
 * happens-before a successful await(), and a drainer reads the outcome from the reference.
 */
public final class CountDownLatchPromise implements Promise {
    /** The winning outcome: value or exception. */
    private record Outcome(int value, Exception error) {
    }

    /** Null while pending; set once. */
    private final AtomicReference<Outcome> outcome = new AtomicReference<>();
    /** Counted down once the outcome is set. */
    private final CountDownLatch completed = new CountDownLatch(1);
    /** Callbacks not yet run. */
    private final Queue<BiConsumer<Integer, Exception>> pending = new ConcurrentLinkedQueue<>();
    /** Requests to drain: non-zero while a drainer runs. */
    private final AtomicInteger work = new AtomicInteger();

    @Override
    public boolean complete(int value) {
        return settle(new Outcome(value, null));
    }

    @Override
    public boolean completeExceptionally(Exception error) {
        return settle(new Outcome(0, error));
    }

    private boolean settle(Outcome o) {
        if (!outcome.compareAndSet(null, o)) {
            return false;
        }
        completed.countDown();
        drain();
        return true;
    }

    @Override
    public int get() throws InterruptedException, ExecutionException {
        completed.await();
        return unwrap(outcome.get());
    }

    @Override
    public int get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (!completed.await(timeout, unit)) {
            throw new TimeoutException();
        }
        return unwrap(outcome.get());
    }

    private static int unwrap(Outcome o) throws ExecutionException {
        if (o.error() != null) {
            throw new ExecutionException(o.error());
        }
        return o.value();
    }

    @Override
    public void onComplete(BiConsumer<Integer, Exception> callback) {
        pending.add(callback);
        if (outcome.get() != null) {
            drain();
        }
    }

    /** Runs the pending callbacks if no other thread is, and again as often as asked meanwhile. */
    private void drain() {
        if (work.getAndIncrement() != 0) {
            return;
        }
        Outcome o = outcome.get();
        Integer v = o.error() == null ? o.value() : null;
        int missed = 1;
        do {
            for (BiConsumer<Integer, Exception> c = pending.poll(); c != null; c = pending.poll()) {
                c.accept(v, o.error());
            }
            missed = work.addAndGet(-missed);
        } while (missed != 0);
    }
}
