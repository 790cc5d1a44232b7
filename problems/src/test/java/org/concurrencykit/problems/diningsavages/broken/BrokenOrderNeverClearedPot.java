package org.concurrencykit.problems.diningsavages.broken;

import org.concurrencykit.problems.diningsavages.Pot;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The monitor solution, but the cook never takes the order down after a refill: his next
 * call finds the old order still out and refills a pot that is still full.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "the cook never clears the order, so he refills a pot that is not empty")
public final class BrokenOrderNeverClearedPot implements Pot {
    private final int capacity;
    /** Guarded by this. */
    private int servings;
    private boolean ordered;

    public BrokenOrderNeverClearedPot(int servings) {
        this.capacity = servings;
    }

    @Override
    public synchronized void getServing(Runnable takeServing) throws InterruptedException {
        while (servings == 0) {
            if (!ordered) {
                ordered = true;
                notifyAll();
            }
            wait();
        }
        takeServing.run();
        servings--;
    }

    @Override
    public synchronized void cook(Runnable putServings) throws InterruptedException {
        while (!ordered) {
            wait();
        }
        putServings.run();
        servings = capacity; // the mistake: ordered stays true
        notifyAll();
    }
}
