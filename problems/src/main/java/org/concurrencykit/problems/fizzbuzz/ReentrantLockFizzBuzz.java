package org.concurrencykit.problems.fizzbuzz;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * FizzBuzz with a {@link ReentrantLock} and one {@link Condition} per thread: the monitor
 * version's counter, but advancing it signals only the thread that owns the next value.
 *
 * <p>Invariant: {@code next} is the one value of 1..n+1 not yet printed whose predecessors
 * all are; only its owner may print, and only that thread ever waits on
 * {@code turnOf[role(next)]}.
 * Memory consistency effects: {@code unlock()} after advancing {@code next} happens-before
 * the {@code lock()} in which the owner of the next value sees it.
 */
public final class ReentrantLockFizzBuzz implements PrintFizzBuzz {
    private static final int FIZZ = 0;
    private static final int BUZZ = 1;
    private static final int FIZZBUZZ = 2;
    private static final int NUMBER = 3;

    private final int n;
    private final ReentrantLock lock = new ReentrantLock();
    /** turnOf[r] is signalled when a value of thread r becomes due. */
    private final Condition[] turnOf = {lock.newCondition(), lock.newCondition(), lock.newCondition(),
            lock.newCondition()};
    /** The value due next, from 1 to n + 1. Guarded by lock. */
    private int next = 1;

    public ReentrantLockFizzBuzz(int n) {
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
        lock.lock();
        try {
            while (next != i) {
                turnOf[role(i)].await();
            }
        } finally {
            lock.unlock();
        }
    }

    private void passTurn(int i) {
        lock.lock();
        try {
            next = i + 1;
            if (next <= n) {
                turnOf[role(next)].signal();
            }
        } finally {
            lock.unlock();
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
