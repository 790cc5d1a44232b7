package org.concurrencykit.problems.zeroevenodd;

import java.util.function.IntConsumer;

/**
 * Zero Even Odd with a {@code volatile} turn variable and busy-waiting: each thread spins,
 * yielding its core ({@link Thread#yield()}), until the turn is its own. With three threads
 * on fewer cores, yielding rather than only {@link Thread#onSpinWait()} lets the thread
 * whose turn it is run. Correct, but it burns CPU while waiting; the judge accepts it and
 * notes the CPU it used.
 *
 * <p>Invariant: {@code turn} names the one thread allowed to print next; only that thread
 * writes it.
 * Memory consistency effects: the volatile write of the turn after a print happens-before
 * the next thread's volatile read that sees it.
 */
public final class VolatileZeroEvenOdd implements PrintZeroEvenOdd {
    private static final int ZERO = 0;
    private static final int ODD = 1;
    private static final int EVEN = 2;

    private final int n;
    /** Whose turn it is: ZERO, ODD or EVEN; written only by the thread whose turn it is. */
    private volatile int turn = ZERO;

    public VolatileZeroEvenOdd(int n) {
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
        while (turn != mine) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Thread.yield();
        }
    }

    private void passTurn(int next) {
        turn = next;
    }
}
