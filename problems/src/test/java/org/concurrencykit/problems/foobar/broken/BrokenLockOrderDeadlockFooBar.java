package org.concurrencykit.problems.foobar.broken;

import java.util.concurrent.locks.ReentrantLock;
import org.concurrencykit.problems.foobar.PrintFooBar;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Each pass takes two locks to look at the turn, but in opposite orders: foo locks
 * fooLock then barLock, bar locks barLock then fooLock. Sooner or later each thread holds
 * its first lock and waits for the other's forever.
 */
@Broken(verdict = Verdict.DEADLOCK, why = "two locks taken in opposite orders by the two threads")
public final class BrokenLockOrderDeadlockFooBar implements PrintFooBar {
    private final int n;
    private final ReentrantLock fooLock = new ReentrantLock();
    private final ReentrantLock barLock = new ReentrantLock();
    /** Whose turn it is. Guarded by both locks. */
    private boolean fooTurn = true;

    public BrokenLockOrderDeadlockFooBar(int n) {
        this.n = n;
    }

    @Override
    public void foo(Runnable printFoo) {
        for (int i = 0; i < n; ) {
            if (turn(fooLock, barLock, true, printFoo)) {
                i++;
            }
        }
    }

    @Override
    public void bar(Runnable printBar) {
        for (int i = 0; i < n; ) {
            if (turn(barLock, fooLock, false, printBar)) {
                i++;
            }
        }
    }

    private boolean turn(ReentrantLock mine, ReentrantLock other, boolean foo, Runnable print) {
        mine.lock();
        try {
            other.lock();
            try {
                if (fooTurn != foo) {
                    return false;
                }
                print.run();
                fooTurn = !foo;
                return true;
            } finally {
                other.unlock();
            }
        } finally {
            mine.unlock();
        }
    }
}
