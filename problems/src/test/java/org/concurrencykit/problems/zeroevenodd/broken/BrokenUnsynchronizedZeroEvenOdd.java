package org.concurrencykit.problems.zeroevenodd.broken;

import java.util.function.IntConsumer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.zeroevenodd.PrintZeroEvenOdd;

/** Each thread prints its own values as fast as it can: the three streams interleave however the scheduler likes. */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "no synchronization at all")
public final class BrokenUnsynchronizedZeroEvenOdd implements PrintZeroEvenOdd {
    private final int n;

    public BrokenUnsynchronizedZeroEvenOdd(int n) {
        this.n = n;
    }

    @Override
    public void zero(IntConsumer printNumber) {
        for (int i = 1; i <= n; i++) {
            printNumber.accept(0);
        }
    }

    @Override
    public void even(IntConsumer printNumber) {
        for (int i = 2; i <= n; i += 2) {
            printNumber.accept(i);
        }
    }

    @Override
    public void odd(IntConsumer printNumber) {
        for (int i = 1; i <= n; i += 2) {
            printNumber.accept(i);
        }
    }
}
