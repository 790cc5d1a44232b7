package org.concurrencykit.problems.foobar.broken;

import java.util.concurrent.locks.ReentrantLock;
import org.concurrencykit.problems.foobar.PrintFooBar;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/** A lock keeps the prints apart but says nothing of whose turn it is. */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "mutual exclusion without a turn: bar may print first or twice in a row")
public final class BrokenMutexOnlyFooBar implements PrintFooBar {
    private final int n;
    private final ReentrantLock lock = new ReentrantLock();

    public BrokenMutexOnlyFooBar(int n) {
        this.n = n;
    }

    @Override
    public void foo(Runnable printFoo) {
        for (int i = 0; i < n; i++) {
            printLocked(printFoo);
        }
    }

    @Override
    public void bar(Runnable printBar) {
        for (int i = 0; i < n; i++) {
            printLocked(printBar);
        }
    }

    private void printLocked(Runnable print) {
        lock.lock();
        try {
            print.run();
        } finally {
            lock.unlock();
        }
    }
}
