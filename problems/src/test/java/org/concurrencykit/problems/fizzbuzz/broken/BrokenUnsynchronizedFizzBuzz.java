package org.concurrencykit.problems.fizzbuzz.broken;

import java.util.function.IntConsumer;
import org.concurrencykit.problems.fizzbuzz.PrintFizzBuzz;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/** Each thread says its own words as fast as it can: the four streams interleave however the scheduler likes. */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "no synchronization at all")
public final class BrokenUnsynchronizedFizzBuzz implements PrintFizzBuzz {
    private final int n;

    public BrokenUnsynchronizedFizzBuzz(int n) {
        this.n = n;
    }

    @Override
    public void fizz(Runnable printFizz) {
        for (int i = 3; i <= n; i += 3) {
            if (i % 5 != 0) {
                printFizz.run();
            }
        }
    }

    @Override
    public void buzz(Runnable printBuzz) {
        for (int i = 5; i <= n; i += 5) {
            if (i % 3 != 0) {
                printBuzz.run();
            }
        }
    }

    @Override
    public void fizzbuzz(Runnable printFizzBuzz) {
        for (int i = 15; i <= n; i += 15) {
            printFizzBuzz.run();
        }
    }

    @Override
    public void number(IntConsumer printNumber) {
        for (int i = 1; i <= n; i++) {
            if (i % 3 != 0 && i % 5 != 0) {
                printNumber.accept(i);
            }
        }
    }
}
