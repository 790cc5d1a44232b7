package org.concurrencykit.problems.fizzbuzz;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * FizzBuzz with an {@link AtomicInteger} counter and busy-waiting: the owner of i spins,
 * yielding its core ({@link Thread#yield()}), until the counter reaches i. With four
 * threads on fewer cores, yielding rather than only {@link Thread#onSpinWait()} lets the
 * thread whose turn it is run. Correct, but it burns CPU while waiting; the judge accepts
 * it and notes the CPU it used.
 *
 * <p>Invariant: {@code next} is the one value of 1..n+1 not yet printed whose predecessors
 * all are; only its owner writes it.
 * Memory consistency effects: {@code set()} after a print happens-before the {@code get()}
 * that sees the new value.
 */
public final class AtomicIntegerFizzBuzz implements PrintFizzBuzz {
    private final int n;
    /** The value due next, from 1 to n + 1; advanced only by the thread that printed the value before. */
    private final AtomicInteger next = new AtomicInteger(1);

    public AtomicIntegerFizzBuzz(int n) {
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
        while (next.get() != i) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Thread.yield();
        }
    }

    private void passTurn(int i) {
        next.set(i + 1);
    }
}
