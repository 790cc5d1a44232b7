package org.concurrencykit.problems.fizzbuzz;

import java.util.function.IntConsumer;

/**
 * FizzBuzz with one monitor: the next value due, guarded by {@code this}, waited on with
 * {@code while (next != mine) wait()} and advanced with {@code notifyAll()}.
 *
 * <p>Invariant: {@code next} is the one value of 1..n+1 not yet printed whose predecessors
 * all are; only the thread that owns {@code next} may print.
 * Memory consistency effects: the monitor's unlock after advancing {@code next}
 * happens-before the lock in which the owner of the next value sees it.
 */
public final class SynchronizedFizzBuzz implements PrintFizzBuzz {
    private final int n;
    /** The value due next, from 1 to n + 1. Guarded by this. */
    private int next = 1;

    public SynchronizedFizzBuzz(int n) {
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

    private synchronized void awaitTurn(int i) throws InterruptedException {
        while (next != i) {
            wait();
        }
    }

    private synchronized void passTurn(int i) {
        next = i + 1;
        notifyAll();
    }
}
