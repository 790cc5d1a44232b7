package org.concurrencykit.problems.zeroevenodd.broken;

import java.util.function.IntConsumer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.zeroevenodd.PrintZeroEvenOdd;

/**
 * Hands the turn on with {@code notify()}. While zero prints, odd and even may both be
 * waiting; zero's {@code notify()} may wake the one whose turn it is not, which goes back
 * to sleep, and then zero waits too: three threads waiting, nobody left to wake them.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "notify() wakes one arbitrary waiter, maybe the wrong one")
public final class BrokenNotifyInsteadOfNotifyAllZeroEvenOdd implements PrintZeroEvenOdd {
    private static final int ZERO = 0;
    private static final int ODD = 1;
    private static final int EVEN = 2;

    private final int n;
    /** Whose turn it is. Guarded by this. */
    private int turn = ZERO;

    public BrokenNotifyInsteadOfNotifyAllZeroEvenOdd(int n) {
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
        notify();
    }
}
