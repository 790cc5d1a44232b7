package org.concurrencykit.problems.latch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's own latch: what this problem asks you to build, in the form you should reach for
 * in real code. {@code CountDownLatch} keeps the count in an {@code AbstractQueuedSynchronizer}
 * state, and waiters queue in it and park.
 *
 * <p>Memory consistency effects: as {@link CountDownLatch} documents, actions before
 * {@code countDown()} happen-before actions after a successful return from {@code await}.
 */
public final class CountDownLatchLatch implements OneShotLatch {
    private final CountDownLatch latch;

    public CountDownLatchLatch(int count) {
        this.latch = new CountDownLatch(count);
    }

    @Override
    public void countDown() {
        latch.countDown();
    }

    @Override
    public void await() throws InterruptedException {
        latch.await();
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return latch.await(timeout, unit);
    }
}
