package org.concurrencykit.problems.promise.broken;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.concurrencykit.problems.promise.Promise;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The winner runs the callbacks registered so far and only then marks the promise done and
 * clears the list. A callback registered while those callbacks run sees the promise not yet
 * done, so it goes into the list, and the clear throws it away: it never runs. Taking the list
 * must happen in the same critical section that marks the promise done.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "callbacks registered while the winner runs the list are cleared with it: they never run")
public final class BrokenLostCallbackPromise implements Promise {
    /** Whether a completion has won. Guarded by this. */
    private boolean claimed;
    /** Whether the promise is done: set after the winner ran the callbacks. Guarded by this. */
    private boolean done;
    /** Guarded by this. */
    private int value;
    /** Guarded by this. */
    private Exception error;
    /** Callbacks registered before the promise was done. Guarded by this. */
    private final List<BiConsumer<Integer, Exception>> callbacks = new ArrayList<>();

    @Override
    public boolean complete(int value) {
        return settle(value, null);
    }

    @Override
    public boolean completeExceptionally(Exception error) {
        return settle(0, error);
    }

    private boolean settle(int value, Exception error) {
        List<BiConsumer<Integer, Exception>> toRun;
        synchronized (this) {
            if (claimed) {
                return false;
            }
            claimed = true;
            this.value = value;
            this.error = error;
            toRun = new ArrayList<>(callbacks);
        }
        toRun.forEach(c -> c.accept(error == null ? value : null, error));
        synchronized (this) {
            done = true;
            callbacks.clear();
            notifyAll();
        }
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

    private int outcome() throws ExecutionException {
        if (error != null) {
            throw new ExecutionException(error);
        }
        return value;
    }

    @Override
    public void onComplete(BiConsumer<Integer, Exception> callback) {
        Integer v;
        Exception e;
        synchronized (this) {
            if (!done) {
                callbacks.add(callback);
                return;
            }
            v = error == null ? value : null;
            e = error;
        }
        callback.accept(v, e);
    }
}
