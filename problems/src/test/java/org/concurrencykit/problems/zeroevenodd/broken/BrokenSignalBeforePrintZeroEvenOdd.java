package org.concurrencykit.problems.zeroevenodd.broken;

import java.util.concurrent.Semaphore;
import java.util.function.IntConsumer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.zeroevenodd.PrintZeroEvenOdd;

/**
 * Hands the turn on before printing: the next thread may print while this one is still on
 * its way into {@code printNumber}, so a number can come out before its 0, or a 0 before
 * the previous number.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "releases the next thread before its own print has happened")
public final class BrokenSignalBeforePrintZeroEvenOdd implements PrintZeroEvenOdd {
    private final int n;
    private final Semaphore zeroTurn = new Semaphore(1);
    private final Semaphore oddTurn = new Semaphore(0);
    private final Semaphore evenTurn = new Semaphore(0);

    public BrokenSignalBeforePrintZeroEvenOdd(int n) {
        this.n = n;
    }

    @Override
    public void zero(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            zeroTurn.acquire();
            (i % 2 == 1 ? oddTurn : evenTurn).release();
            printNumber.accept(0);
        }
    }

    @Override
    public void even(IntConsumer printNumber) throws InterruptedException {
        for (int i = 2; i <= n; i += 2) {
            evenTurn.acquire();
            zeroTurn.release();
            printNumber.accept(i);
        }
    }

    @Override
    public void odd(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i += 2) {
            oddTurn.acquire();
            zeroTurn.release();
            printNumber.accept(i);
        }
    }
}
