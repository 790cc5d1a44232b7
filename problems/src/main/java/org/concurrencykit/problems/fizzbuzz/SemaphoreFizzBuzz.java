package org.concurrencykit.problems.fizzbuzz;

import java.util.concurrent.Semaphore;
import java.util.function.IntConsumer;

/**
 * FizzBuzz with one {@link Semaphore} per thread passing a single permit along: number's
 * starts with it (1 is a number), the others without; whoever prints i releases the
 * semaphore of the owner of i + 1.
 *
 * <p>Invariant: the four semaphores hold one permit between them, or none while a thread
 * prints; it sits with the owner of the next value due.
 * Memory consistency effects: {@code release()} happens-before the {@code acquire()} it
 * satisfies.
 */
public final class SemaphoreFizzBuzz implements PrintFizzBuzz {
    private static final int FIZZ = 0;
    private static final int BUZZ = 1;
    private static final int FIZZBUZZ = 2;
    private static final int NUMBER = 3;

    private final int n;
    /** turnOf[r] has the permit when the value due belongs to thread r. */
    private final Semaphore[] turnOf = {new Semaphore(0), new Semaphore(0), new Semaphore(0), new Semaphore(1)};

    public SemaphoreFizzBuzz(int n) {
        this.n = n;
    }

    @Override
    public void fizz(Runnable printFizz) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            if (i % 3 == 0 && i % 5 != 0) {
                awaitTurn(i);
                printFizz.run();
                passTurn(i);
            }
        }
    }

    @Override
    public void buzz(Runnable printBuzz) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            if (i % 5 == 0 && i % 3 != 0) {
                awaitTurn(i);
                printBuzz.run();
                passTurn(i);
            }
        }
    }

    @Override
    public void fizzbuzz(Runnable printFizzBuzz) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            if (i % 15 == 0) {
                awaitTurn(i);
                printFizzBuzz.run();
                passTurn(i);
            }
        }
    }

    @Override
    public void number(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            if (i % 3 != 0 && i % 5 != 0) {
                awaitTurn(i);
                printNumber.accept(i);
                passTurn(i);
            }
        }
    }

    private void awaitTurn(int i) throws InterruptedException {
        turnOf[role(i)].acquire();
    }

    private void passTurn(int i) {
        if (i < n) {
            turnOf[role(i + 1)].release();
        }
    }

    /** The thread that prints at i: FIZZ, BUZZ, FIZZBUZZ or NUMBER. */
    private static int role(int i) {
        if (i % 15 == 0) {
            return FIZZBUZZ;
        }
        if (i % 3 == 0) {
            return FIZZ;
        }
        return i % 5 == 0 ? BUZZ : NUMBER;
    }
}
