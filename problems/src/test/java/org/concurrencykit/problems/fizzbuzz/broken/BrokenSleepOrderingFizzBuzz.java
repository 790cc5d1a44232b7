package org.concurrencykit.problems.fizzbuzz.broken;

import java.util.function.IntConsumer;
import org.concurrencykit.problems.fizzbuzz.PrintFizzBuzz;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Counts in lockstep by the clock: every thread walks 1..n, printing its own values and
 * sleeping 1 ms per value. It passes while all four keep time, and breaks as soon as one
 * is paused longer than the margin, or the sleeps drift apart.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "Thread.sleep pacing is not synchronization")
public final class BrokenSleepOrderingFizzBuzz implements PrintFizzBuzz {
    private final int n;

    public BrokenSleepOrderingFizzBuzz(int n) {
        this.n = n;
    }

    @Override
    public void fizz(Runnable printFizz) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            if (i % 3 == 0 && i % 5 != 0) {
                printFizz.run();
            }
            Thread.sleep(1);
        }
    }

    @Override
    public void buzz(Runnable printBuzz) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            if (i % 5 == 0 && i % 3 != 0) {
                printBuzz.run();
            }
            Thread.sleep(1);
        }
    }

    @Override
    public void fizzbuzz(Runnable printFizzBuzz) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            if (i % 15 == 0) {
                printFizzBuzz.run();
            }
            Thread.sleep(1);
        }
    }

    @Override
    public void number(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            if (i % 3 != 0 && i % 5 != 0) {
                printNumber.accept(i);
            }
            Thread.sleep(1);
        }
    }
}
