package org.concurrencykit.problems.foobar.broken;

import org.concurrencykit.problems.foobar.PrintFooBar;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/** Both loops print as fast as they can: the two outputs interleave however the scheduler likes. */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "no synchronization at all")
public final class BrokenUnsynchronizedFooBar implements PrintFooBar {
    private final int n;

    public BrokenUnsynchronizedFooBar(int n) {
        this.n = n;
    }

    @Override
    public void foo(Runnable printFoo) {
        for (int i = 0; i < n; i++) {
            printFoo.run();
        }
    }

    @Override
    public void bar(Runnable printBar) {
        for (int i = 0; i < n; i++) {
            printBar.run();
        }
    }
}
