package org.concurrencykit.problems.foobar.broken;

import org.concurrencykit.problems.foobar.PrintFooBar;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Offsets bar by half a period and paces both loops with sleeps. It passes while every
 * thread runs on time, and breaks as soon as one is paused longer than the margin.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "Thread.sleep pacing is not synchronization")
public final class BrokenSleepOrderingFooBar implements PrintFooBar {
    private final int n;

    public BrokenSleepOrderingFooBar(int n) {
        this.n = n;
    }

    @Override
    public void foo(Runnable printFoo) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            printFoo.run();
            Thread.sleep(2);
        }
    }

    @Override
    public void bar(Runnable printBar) throws InterruptedException {
        Thread.sleep(1);
        for (int i = 0; i < n; i++) {
            printBar.run();
            Thread.sleep(2);
        }
    }
}
