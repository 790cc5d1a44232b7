package org.concurrencykit.problems.promise.broken;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.concurrencykit.problems.promise.Promise;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The reference on the monitor, but a completion writes its outcome before it asks whether it
 * is the first: a later complete returns false, as it should, yet has already replaced the
 * winner's value, which later gets and callbacks then see.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "a losing complete still writes its value over the winner's")
public final class BrokenSecondCompleteOverwritesPromise implements Promise {
    /** Whether the promise is completed. Guarded by this. */
    private boolean done;
    /** The value, when completed normally. Guarded by this. */
    private int value;
    /** The exception, when completed exceptionally. Guarded by this. */
    private Exception error;
    /** Callbacks not yet run. Guarded by this. */
    private final Deque<BiConsumer<Integer, Exception>> pending = new ArrayDeque<>();
    /** Whether a thread is running the pending callbacks. Guarded by this. */
    private boolean draining;

    @Override
    public boolean complete(int value) {
        return settle(value, null);
    }

    @Override
    public boolean completeExceptionally(Exception error) {
        return settle(0, error);
    }

    private boolean settle(int value, Exception error) {
        synchronized (this) {
            boolean first = !done;
            this.value = value;
            this.error = error;
            if (!first) {
                return false;
            }
            done = true;
            draining = true;
            notifyAll();
        }
        drain();
        return true;
    }

    @Override
    public synchronized int get() throws InterruptedException, ExecutionException {
        while (!done) {
            wait();
        }
        return outcome();
    }

    @Override
    public synchronized int get(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!done) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return outcome();
    }

    /** The value, or the exception wrapped. Call only when holding the monitor, once done. */
    private int outcome() throws ExecutionException {
        if (error != null) {
            throw new ExecutionException(error);
        }
        return value;
    }

    @Override
    public void onComplete(BiConsumer<Integer, Exception> callback) {
        synchronized (this) {
            pending.addLast(callback);
            if (!done || draining) {
                return;
            }
            draining = true;
        }
        drain();
    }

    /** Runs the pending callbacks, one at a time, until none is left. Call only as the drainer. */
    private void drain() {
        while (true) {
            BiConsumer<Integer, Exception> next;
            Integer v;
            Exception e;
            synchronized (this) {
                next = pending.pollFirst();
                if (next == null) {
                    draining = false;
                    return;
                }
                v = error == null ? value : null;
                e = error;
            }
            next.accept(v, e);
        }
    }
}
