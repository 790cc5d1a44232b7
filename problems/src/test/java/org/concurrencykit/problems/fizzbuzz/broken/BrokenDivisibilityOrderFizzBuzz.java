package org.concurrencykit.problems.fizzbuzz.broken;

import java.util.function.IntConsumer;
import org.concurrencykit.problems.fizzbuzz.PrintFizzBuzz;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Synchronizes correctly, but decides whose value is due by testing 3 before 15: at 15,
 * 30, 45... the fizz thread says "fizz", and the fizzbuzz thread never speaks.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "tests divisibility by 3 before 15, so multiples of 15 print \"fizz\"")
public final class BrokenDivisibilityOrderFizzBuzz implements PrintFizzBuzz {
    private final int n;
    /** The value due next. Guarded by this. */
    private int current = 1;

    public BrokenDivisibilityOrderFizzBuzz(int n) {
        this.n = n;
    }

    @Override
    public void fizz(Runnable printFizz) throws InterruptedException {
        while (printNext("fizz", i -> printFizz.run())) {
            // next value
        }
    }

    @Override
    public void buzz(Runnable printBuzz) throws InterruptedException {
        while (printNext("buzz", i -> printBuzz.run())) {
            // next value
        }
    }

    @Override
    public void fizzbuzz(Runnable printFizzBuzz) throws InterruptedException {
        while (printNext("fizzbuzz", i -> printFizzBuzz.run())) {
            // next value
        }
    }

    @Override
    public void number(IntConsumer printNumber) throws InterruptedException {
        while (printNext("number", printNumber)) {
            // next value
        }
    }

    private synchronized boolean printNext(String mine, IntConsumer print) throws InterruptedException {
        while (current <= n && !kind(current).equals(mine)) {
            wait();
        }
        if (current > n) {
            return false;
        }
        print.accept(current);
        current++;
        notifyAll();
        return true;
    }

    private static String kind(int i) {
        if (i % 3 == 0) {
            return "fizz";
        }
        if (i % 5 == 0) {
            return "buzz";
        }
        if (i % 15 == 0) {
            return "fizzbuzz";
        }
        return "number";
    }
}
