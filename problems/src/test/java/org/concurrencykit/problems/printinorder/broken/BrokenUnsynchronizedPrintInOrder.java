package org.concurrencykit.problems.printinorder.broken;

import org.concurrencykit.problems.printinorder.PrintInOrder;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/** Each method prints at once: the output follows whichever thread the scheduler runs first. */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "no synchronization at all")
public final class BrokenUnsynchronizedPrintInOrder implements PrintInOrder {
    @Override
    public void first(Runnable printFirst) {
        printFirst.run();
    }

    @Override
    public void second(Runnable printSecond) {
        printSecond.run();
    }

    @Override
    public void third(Runnable printThird) {
        printThird.run();
    }
}
