package org.concurrencykit.problems.diningsavages.broken;

import org.concurrencykit.problems.diningsavages.Pot;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The monitor solution with {@code if} where {@code while} belongs: a savage woken by
 * another savage's call to the cook, or by a refill that others emptied first, takes a
 * serving from an empty pot.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "waits with if instead of while, so a savage woken while the pot is still empty takes from it")
public final class BrokenIfInsteadOfWhilePot implements Pot {
    private final int capacity;
    /** Guarded by this. */
    private int servings;
    private boolean ordered;

    public BrokenIfInsteadOfWhilePot(int servings) {
        this.capacity = servings;
    }

    @Override
    public synchronized void getServing(Runnable takeServing) throws InterruptedException {
        if (servings <= 0) {
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
        servings = capacity;
        ordered = false;
        notifyAll();
    }
}
