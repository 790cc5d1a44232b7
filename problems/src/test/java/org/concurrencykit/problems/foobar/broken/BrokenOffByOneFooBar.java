package org.concurrencykit.problems.foobar.broken;

import java.util.concurrent.Semaphore;
import org.concurrencykit.problems.foobar.PrintFooBar;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/** Correct handoff, but foo loops {@code i <= n}: one "foo" too many at the end. */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "off by one: foo prints n + 1 times")
public final class BrokenOffByOneFooBar implements PrintFooBar {
    private final int n;
    private final Semaphore fooTurn = new Semaphore(1);
    private final Semaphore barTurn = new Semaphore(0);

    public BrokenOffByOneFooBar(int n) {
        this.n = n;
    }

    @Override
    public void foo(Runnable printFoo) throws InterruptedException {
        for (int i = 0; i <= n; i++) {
            fooTurn.acquire();
            printFoo.run();
            barTurn.release();
        }
    }

    @Override
    public void bar(Runnable printBar) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            barTurn.acquire();
            printBar.run();
            fooTurn.release();
        }
    }
}
