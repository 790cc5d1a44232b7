package org.concurrencykit.jcstress.broken;

import org.concurrencykit.problems.printinorder.PrintInOrder;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Print in Order with no coordination at all: each method runs its callback at once.
 * The negative control for {@link BrokenPrintInOrderStress}: the gate must reject it.
 *
 * <p>Missing: any happens-before edge from one step's callback to the next step's; the
 * callbacks run in whatever order the threads happen to arrive.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "No coordination: second() and third() print at once, without waiting for the step before.")
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
