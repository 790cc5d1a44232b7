package org.concurrencykit.problems.zeroevenodd.broken;

import java.util.function.IntConsumer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.zeroevenodd.PrintZeroEvenOdd;

/**
 * Paces the three threads on a 2 ms beat: zero prints at 0, 2, 4... ms, odd at 1, 5, 9...
 * and even at 3, 7, 11... It passes while every thread runs on time, and breaks as soon as
 * one is paused longer than the 1 ms margin, or the sleeps drift apart.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "Thread.sleep pacing is not synchronization")
public final class BrokenSleepOrderingZeroEvenOdd implements PrintZeroEvenOdd {
    private final int n;

    public BrokenSleepOrderingZeroEvenOdd(int n) {
        this.n = n;
    }

    @Override
    public void zero(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            printNumber.accept(0);
            Thread.sleep(2);
        }
    }

    @Override
    public void even(IntConsumer printNumber) throws InterruptedException {
        Thread.sleep(3);
        for (int i = 2; i <= n; i += 2) {
            printNumber.accept(i);
            Thread.sleep(4);
        }
    }

    @Override
    public void odd(IntConsumer printNumber) throws InterruptedException {
        Thread.sleep(1);
        for (int i = 1; i <= n; i += 2) {
            printNumber.accept(i);
            Thread.sleep(4);
        }
    }
}
