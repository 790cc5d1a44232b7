package org.concurrencykit.problems.zeroevenodd.broken;

import java.util.concurrent.Semaphore;
import java.util.function.IntConsumer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.zeroevenodd.PrintZeroEvenOdd;

/**
 * Correct hand-over, but odd loops {@code i < n}: when n is odd its last number is never
 * printed, and the output ends with a 0.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "off by one: odd() stops before n, so an odd n is never printed")
public final class BrokenOffByOneZeroEvenOdd implements PrintZeroEvenOdd {
    private final int n;
    private final Semaphore zeroTurn = new Semaphore(1);
    private final Semaphore oddTurn = new Semaphore(0);
    private final Semaphore evenTurn = new Semaphore(0);

    public BrokenOffByOneZeroEvenOdd(int n) {
        this.n = n;
    }

    @Override
    public void zero(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            zeroTurn.acquire();
            printNumber.accept(0);
            (i % 2 == 1 ? oddTurn : evenTurn).release();
        }
    }

    @Override
    public void even(IntConsumer printNumber) throws InterruptedException {
        for (int i = 2; i <= n; i += 2) {
            evenTurn.acquire();
            printNumber.accept(i);
            zeroTurn.release();
        }
    }

    @Override
    public void odd(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i < n; i += 2) {
            oddTurn.acquire();
            printNumber.accept(i);
            zeroTurn.release();
        }
    }
}
