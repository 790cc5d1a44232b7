package org.concurrencykit.problems.latch;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The latch as a future that the last count-down completes: waiters {@code get()} it. The
 * count is an atomic that never goes below zero, so exactly one count-down completes it.
 *
 * <p>Invariant: {@code opened} is done exactly when the count is 0.
 *
 * <p>Memory consistency effects: completing a future happens-before the return of a
 * {@code get()} that sees it completed.
 */
public final class CompletableFutureLatch implements OneShotLatch {
    /** Count-downs still needed to open. */
    private final AtomicInteger count;
    /** Completed when the latch opens. */
    private final CompletableFuture<Void> opened = new CompletableFuture<>();

    public CompletableFutureLatch(int count) {
        this.count = new AtomicInteger(count);
        if (count == 0) {
            opened.complete(null);
        }
    }

    @Override
    public void countDown() {
        if (count.getAndUpdate(c -> c > 0 ? c - 1 : 0) == 1) {
            opened.complete(null);
        }
    }

    @Override
    public void await() throws InterruptedException {
        try {
            opened.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the latch is only ever completed normally", e);
        }
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            opened.get(timeout, unit);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the latch is only ever completed normally", e);
        }
    }
}
