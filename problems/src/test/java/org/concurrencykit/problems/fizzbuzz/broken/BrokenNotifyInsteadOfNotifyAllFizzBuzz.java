package org.concurrencykit.problems.fizzbuzz.broken;

import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import org.concurrencykit.problems.fizzbuzz.PrintFizzBuzz;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Moves the shared counter on with {@code notify()}. With three threads waiting, it may
 * wake one whose value is not due, which goes back to sleep; the owner of the next value
 * is never woken, and at the end the threads still waiting are never told the game is over.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "notify() wakes one arbitrary waiter, maybe the wrong one")
public final class BrokenNotifyInsteadOfNotifyAllFizzBuzz implements PrintFizzBuzz {
    private final int n;
    /** The value due next. Guarded by this. */
    private int current = 1;

    public BrokenNotifyInsteadOfNotifyAllFizzBuzz(int n) {
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
        while (current <= n && !mine.test(current)) {
            wait();
        }
        if (current > n) {
            return false;
        }
        print.accept(current);
        current++;
        notify();
        return true;
    }
}
