package org.concurrencykit.problems.zeroevenodd;

import java.util.concurrent.Semaphore;
import java.util.function.IntConsumer;

/**
 * Zero Even Odd with one {@link Semaphore} per thread passing a single permit around:
 * zero's starts with it, odd's and even's without.
 *
 * <p>Invariant: the three semaphores hold one permit between them, or none while a thread
 * prints; the thread whose semaphore holds it prints next.
 * Memory consistency effects: {@code release()} happens-before the {@code acquire()} it
 * satisfies.
 */
public final class SemaphoreZeroEvenOdd implements PrintZeroEvenOdd {
    private static final int ZERO = 0;
    private static final int ODD = 1;
    private static final int EVEN = 2;

    private final int n;
    /** turnOf[t] has the permit when thread t may print. */
    private final Semaphore[] turnOf = {new Semaphore(1), new Semaphore(0), new Semaphore(0)};

    public SemaphoreZeroEvenOdd(int n) {
        this.n = n;
    }

    @Override
    public void zero(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            awaitTurn(ZERO);
            printNumber.accept(0);
            passTurn(i % 2 == 1 ? ODD : EVEN);
        }
    }

    @Override
    public void even(IntConsumer printNumber) throws InterruptedException {
        for (int i = 2; i <= n; i += 2) {
            awaitTurn(EVEN);
            printNumber.accept(i);
            passTurn(ZERO);
        }
    }

    @Override
    public void odd(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i += 2) {
            awaitTurn(ODD);
            printNumber.accept(i);
            passTurn(ZERO);
        }
    }

    private void awaitTurn(int mine) throws InterruptedException {
        turnOf[mine].acquire();
    }

    private void passTurn(int next) {
        turnOf[next].release();
    }
}
