package org.concurrencykit.problems.diningsavages.broken;

import org.concurrencykit.problems.diningsavages.Pot;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The monitor solution, but waiting for a serving and taking it are two critical sections:
 * between them the monitor is free, and other savages empty the pot. Two savages woken by a
 * refill of one serving both see it, and both take it.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "checks for a serving in one synchronized block and takes it in another: the pot may be empty by then")
public final class BrokenCheckThenActPot implements Pot {
    private final int capacity;
    /** Guarded by this. */
    private int servings;
    private boolean ordered;

    public BrokenCheckThenActPot(int servings) {
        this.capacity = servings;
    }

    @Override
    public void getServing(Runnable takeServing) throws InterruptedException {
        synchronized (this) {
            while (servings <= 0) {
                if (!ordered) {
                    ordered = true;
                    notifyAll();
                }
                wait();
            }
        }
        synchronized (this) { // the mistake: what was seen in the first block may no longer hold
            takeServing.run();
            servings--;
        }
    }

    @Override
    public synchronized void cook(Runnable putServings) throws InterruptedException {
        while (!ordered) {
            wait();
        }
        putServings.run();
        servings = capacity;
        ordered = false;
        notifyAll();
    }
}
