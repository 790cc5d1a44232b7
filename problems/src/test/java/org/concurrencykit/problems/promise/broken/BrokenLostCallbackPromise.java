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
 * onComplete checks "completed?" and adds the callback in two separate steps: a completion
 * that runs the list in between never sees the callback, and the registrant, having seen the
 * promise pending, leaves it in a list nobody will run again.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "onComplete checks done outside the lock, then adds: a completion in between loses the callback")
public final class BrokenLostCallbackPromise implements Promise {
    /** Written under this; read without it by onComplete. */
    private volatile boolean done;
    /** Guarded by this. */
    private int value;
    /** Guarded by this. */
    private Exception error;
    /** Callbacks registered before the completion. Guarded by this. */
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
            if (done) {
                return false;
            }
            this.value = value;
            this.error = error;
            done = true;
            notifyAll();
            toRun = new ArrayList<>(callbacks);
            callbacks.clear();
        }
        toRun.forEach(c -> c.accept(error == null ? value : null, error));
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
        if (done) {
            Integer v;
            Exception e;
            synchronized (this) {
                v = error == null ? value : null;
                e = error;
            }
            callback.accept(v, e);
            return;
        }
        synchronized (this) {
            callbacks.add(callback);
        }
    }
}
