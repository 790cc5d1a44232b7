package org.concurrencykit.problems.printinorder.broken;

import java.util.concurrent.CountDownLatch;
import org.concurrencykit.problems.printinorder.PrintInOrder;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/** Opens the next step's gate before printing: the next step can print while this one is still on its way. */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "signals the next step before running its own callback")
public final class BrokenSignalBeforePrintPrintInOrder implements PrintInOrder {
    private final CountDownLatch firstDone = new CountDownLatch(1);
    private final CountDownLatch secondDone = new CountDownLatch(1);

    @Override
    public void first(Runnable printFirst) {
        firstDone.countDown();
        printFirst.run();
    }

    @Override
    public void second(Runnable printSecond) throws InterruptedException {
        firstDone.await();
        secondDone.countDown();
        printSecond.run();
    }

    @Override
    public void third(Runnable printThird) throws InterruptedException {
        secondDone.await();
        printThird.run();
    }
}
