package org.concurrencykit.problems.zeroevenodd;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * Zero Even Odd with a {@link ReentrantLock} and one {@link Condition} per thread: the
 * monitor version's turn variable, but a hand-over signals exactly the thread whose turn
 * it now is.
 *
 * <p>Invariant: {@code turn} names the one thread allowed to print next, and only that
 * thread ever waits on {@code turnOf[turn]}.
 * Memory consistency effects: {@code unlock()} after setting the turn happens-before the
 * next thread's {@code lock()} that sees it.
 */
public final class ReentrantLockZeroEvenOdd implements PrintZeroEvenOdd {
    private static final int ZERO = 0;
    private static final int ODD = 1;
    private static final int EVEN = 2;

    private final int n;
    private final ReentrantLock lock = new ReentrantLock();
    /** turnOf[t] is signalled when the turn passes to thread t. */
    private final Condition[] turnOf = {lock.newCondition(), lock.newCondition(), lock.newCondition()};
    /** Whose turn it is: ZERO, ODD or EVEN. Guarded by lock. */
    private int turn = ZERO;

    public ReentrantLockZeroEvenOdd(int n) {
        this.n = n;
    }

    @Override
    public void zero(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i++) {
            awaitTurn(ZERO);
            printNumber.accept(0);
            passTurn(i % 2 == 1 ? ODD : EVEN);
        }
    }

    @Override
    public void even(IntConsumer printNumber) throws InterruptedException {
        for (int i = 2; i <= n; i += 2) {
            awaitTurn(EVEN);
            printNumber.accept(i);
            passTurn(ZERO);
        }
    }

    @Override
    public void odd(IntConsumer printNumber) throws InterruptedException {
        for (int i = 1; i <= n; i += 2) {
            awaitTurn(ODD);
            printNumber.accept(i);
            passTurn(ZERO);
        }
    }

    private void awaitTurn(int mine) throws InterruptedException {
        lock.lock();
        try {
            while (turn != mine) {
                turnOf[mine].await();
            }
        } finally {
            lock.unlock();
        }
    }

    private void passTurn(int next) {
        lock.lock();
        try {
            turn = next;
            turnOf[next].signal();
        } finally {
            lock.unlock();
        }
    }
}
