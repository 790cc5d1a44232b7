package org.concurrencykit.problems.promise.broken;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.concurrencykit.problems.promise.Promise;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Lock-free: the winner claims the promise with {@code compareAndSet}, runs the callbacks
 * registered so far with its value, and only then writes the value to the field and opens the
 * latch. Whoever sees the promise claimed in between (a registrant that runs its callback at
 * once, a getter that skips the latch) reads the field before it is written: 0, a value
 * nobody completed with. Publish the outcome first, then announce it.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "the completion is claimed (flag set) before the value is written, and readers trust the flag")
public final class BrokenClaimedBeforePublishedPromise implements Promise {
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch completed = new CountDownLatch(1);
    /** Written by the winner after it ran the callbacks registered before it won. */
    private volatile int value;
    private volatile Exception error;
    private final Queue<BiConsumer<Integer, Exception>> callbacks = new ConcurrentLinkedQueue<>();

    @Override
    public boolean complete(int value) {
        return settle(value, null);
    }

    @Override
    public boolean completeExceptionally(Exception error) {
        return settle(0, error);
    }

    private boolean settle(int value, Exception error) {
        if (!claimed.compareAndSet(false, true)) {
            return false;
        }
        for (BiConsumer<Integer, Exception> c = callbacks.poll(); c != null; c = callbacks.poll()) {
            c.accept(error == null ? value : null, error);
        }
        this.value = value;
        this.error = error;
        completed.countDown();
        return true;
    }

    @Override
    public int get() throws InterruptedException, ExecutionException {
        if (!claimed.get()) {
            completed.await();
        }
        return outcome();
    }

    @Override
    public int get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (!claimed.get() && !completed.await(timeout, unit)) {
            throw new TimeoutException();
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
        if (!claimed.get()) {
            callbacks.add(callback);
            return;
        }
        Exception e = error;
        callback.accept(e == null ? value : null, e);
    }
}
