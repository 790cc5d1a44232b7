package org.concurrencykit.problems.zeroevenodd;

import java.util.function.IntConsumer;

/**
 * Zero Even Odd with one monitor: a turn variable guarded by {@code this}, waited on with
 * {@code while (turn != mine) wait()} and handed on with {@code notifyAll()}.
 *
 * <p>Invariant: {@code turn} names the one thread allowed to print next; zero hands it to
 * odd or even by the parity of the number due, they hand it back to zero.
 * Memory consistency effects: the monitor's unlock after a print happens-before the next
 * thread's lock that sees its turn.
 */
public final class SynchronizedZeroEvenOdd implements PrintZeroEvenOdd {
    private static final int ZERO = 0;
    private static final int ODD = 1;
    private static final int EVEN = 2;

    private final int n;
    /** Whose turn it is: ZERO, ODD or EVEN. Guarded by this. */
    private int turn = ZERO;

    public SynchronizedZeroEvenOdd(int n) {
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

    private synchronized void awaitTurn(int mine) throws InterruptedException {
        while (turn != mine) {
            wait();
        }
    }

    private synchronized void passTurn(int next) {
        turn = next;
        notifyAll();
    }
}
