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
 * Keeps every callback in the list for good and has every completing call run the list,
 * also a losing one: a second complete, even one that returns false, runs every callback
 * again.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "every complete call runs the callback list, and the list is never emptied: callbacks run twice")
public final class BrokenCallbackRunTwicePromise implements Promise {
    /** Guarded by this. */
    private boolean done;
    /** Guarded by this. */
    private int value;
    /** Guarded by this. */
    private Exception error;
    /** Every callback ever registered. Guarded by this. */
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
        boolean won;
        List<BiConsumer<Integer, Exception>> toRun;
        Integer v;
        Exception e;
        synchronized (this) {
            won = !done;
            if (won) {
                this.value = value;
                this.error = error;
                done = true;
                notifyAll();
            }
            toRun = new ArrayList<>(callbacks);
            v = this.error == null ? this.value : null;
            e = this.error;
        }
        toRun.forEach(c -> c.accept(v, e));
        return won;
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
            callbacks.add(callback);
            if (!done) {
                return;
            }
            v = error == null ? value : null;
            e = error;
        }
        callback.accept(v, e);
    }
}
