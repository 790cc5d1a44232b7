package org.concurrencykit.problems.fizzbuzz.broken;

import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import org.concurrencykit.problems.fizzbuzz.PrintFizzBuzz;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Synchronizes correctly, but ends the game at {@code current < n} instead of
 * {@code current <= n}: every thread stops one value early, and n is never printed.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "off by one: the game stops before n")
public final class BrokenOffByOneFizzBuzz implements PrintFizzBuzz {
    private final int n;
    /** The value due next. Guarded by this. */
    private int current = 1;

    public BrokenOffByOneFizzBuzz(int n) {
        this.n = n;
    }

    @Override
    public void fizz(Runnable printFizz) throws InterruptedException {
        while (printNext(i -> i % 3 == 0 && i % 5 != 0, i -> printFizz.run())) {
            // next value
        }
    }

    @Override
    public void buzz(Runnable printBuzz) throws InterruptedException {
        while (printNext(i -> i % 5 == 0 && i % 3 != 0, i -> printBuzz.run())) {
            // next value
        }
    }

    @Override
    public void fizzbuzz(Runnable printFizzBuzz) throws InterruptedException {
        while (printNext(i -> i % 15 == 0, i -> printFizzBuzz.run())) {
            // next value
        }
    }

    @Override
    public void number(IntConsumer printNumber) throws InterruptedException {
        while (printNext(i -> i % 3 != 0 && i % 5 != 0, printNumber)) {
            // next value
        }
    }

    /** Waits for a value of mine or the end of the game; prints it. False once the game is over. */
    private synchronized boolean printNext(IntPredicate mine, IntConsumer print) throws InterruptedException {
        while (current < n && !mine.test(current)) {
            wait();
        }
        if (current >= n) {
            return false;
        }
        print.accept(current);
        current++;
        notifyAll();
        return true;
    }
}
