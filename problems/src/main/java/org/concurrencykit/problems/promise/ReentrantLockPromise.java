package org.concurrencykit.problems.promise;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

/**
 * Promise guarded by a {@link ReentrantLock}: getters {@code await()} on the condition
 * "completed" while it is pending, the winning completion sets the outcome and calls
 * {@code signalAll()}. Callbacks wait in a FIFO queue; once the promise is completed, one
 * thread at a time (the drainer) takes them out under the lock and runs them outside it,
 * until the queue is empty.
 *
 * <p>Invariant: a callback is in the queue until exactly one drainer takes it out; while the
 * promise is completed and the queue is not empty, some thread is draining (or about to), and
 * it stops only after finding the queue empty under the lock. One drainer and a FIFO queue
 * keep each thread's callbacks in registration order.
 *
 * <p>Memory consistency effects: the outcome is written holding the lock; a getter or a
 * drainer reads it after acquiring the same lock (unlock happens-before a later lock).
 */
public final class ReentrantLockPromise implements Promise {
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled once, when the promise is completed. */
    private final Condition completed = lock.newCondition();
    /** Whether the promise is completed. Guarded by lock. */
    private boolean done;
    /** The value, when completed normally. Guarded by lock. */
    private int value;
    /** The exception, when completed exceptionally. Guarded by lock. */
    private Exception error;
    /** Callbacks not yet run. Guarded by lock. */
    private final Deque<BiConsumer<Integer, Exception>> pending = new ArrayDeque<>();
    /** Whether a thread is running the pending callbacks. Guarded by lock. */
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
        lock.lock();
        try {
            if (done) {
                return false;
            }
            this.value = value;
            this.error = error;
            done = true;
            draining = true;
            completed.signalAll();
        } finally {
            lock.unlock();
        }
        drain();
        return true;
    }

    @Override
    public int get() throws InterruptedException, ExecutionException {
        lock.lock();
        try {
            while (!done) {
                completed.await();
            }
            return outcome();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long left = unit.toNanos(timeout);
        lock.lock();
        try {
            while (!done) {
                if (left <= 0) {
                    throw new TimeoutException();
                }
                left = completed.awaitNanos(left);
            }
            return outcome();
        } finally {
            lock.unlock();
        }
    }

    /** The value, or the exception wrapped. Call only when holding lock, once done. */
    private int outcome() throws ExecutionException {
        assert lock.isHeldByCurrentThread() && done;
        if (error != null) {
            throw new ExecutionException(error);
        }
        return value;
    }

    @Override
    public void onComplete(BiConsumer<Integer, Exception> callback) {
        lock.lock();
        try {
            pending.addLast(callback);
            if (!done || draining) {
                return;
            }
            draining = true;
        } finally {
            lock.unlock();
        }
        drain();
    }

    /** Runs the pending callbacks, one at a time, until none is left. Call only as the drainer. */
    private void drain() {
        while (true) {
            BiConsumer<Integer, Exception> next;
            Integer v;
            Exception e;
            lock.lock();
            try {
                next = pending.pollFirst();
                if (next == null) {
                    draining = false;
                    return;
                }
                v = error == null ? value : null;
                e = error;
            } finally {
                lock.unlock();
            }
            next.accept(v, e);
        }
    }
}
