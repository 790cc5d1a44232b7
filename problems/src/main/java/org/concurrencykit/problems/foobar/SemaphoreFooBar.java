package org.concurrencykit.problems.foobar;

import java.util.concurrent.Semaphore;

/**
 * FooBar with two {@link Semaphore}s passing one permit back and forth: foo's starts with
 * the permit, bar's without.
 *
 * <p>Invariant: the two semaphores hold one permit between them, or none while a
 * callback runs.
 * Memory consistency effects: {@code release()} happens-before the {@code acquire()} it
 * satisfies.
 */
public final class SemaphoreFooBar implements PrintFooBar {
    private final int n;
    /** Has the permit when foo may print. */
    private final Semaphore fooTurn = new Semaphore(1);
    /** Has the permit when bar may print. */
    private final Semaphore barTurn = new Semaphore(0);

    public SemaphoreFooBar(int n) {
        this.n = n;
    }

    @Override
    public void foo(Runnable printFoo) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            fooTurn.acquire();
            printFoo.run();
            barTurn.release();
        }
    }

    @Override
    public void bar(Runnable printBar) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            barTurn.acquire();
            printBar.run();
            fooTurn.release();
        }
    }
}
