package org.concurrencykit.problems.foobar;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * FooBar with a {@link ReentrantLock} and one {@link Condition}: the monitor version's
 * turn flag with {@code await}/{@code signalAll}.
 *
 * <p>Invariant: {@code fooTurn} is true exactly when foo has printed as often as bar.
 * Memory consistency effects: {@code unlock()} after a callback happens-before the other
 * thread's {@code lock()} that sees the flipped flag.
 */
public final class ReentrantLockFooBar implements PrintFooBar {
    private final int n;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled whenever the turn flips. */
    private final Condition flipped = lock.newCondition();
    /** Whose turn it is. Guarded by lock. */
    private boolean fooTurn = true;

    public ReentrantLockFooBar(int n) {
        this.n = n;
    }

    @Override
    public void foo(Runnable printFoo) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            turn(true, printFoo);
        }
    }

    @Override
    public void bar(Runnable printBar) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            turn(false, printBar);
        }
    }

    private void turn(boolean foo, Runnable print) throws InterruptedException {
        lock.lock();
        try {
            while (fooTurn != foo) {
                flipped.await();
            }
            print.run();
            fooTurn = !foo;
            flipped.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
