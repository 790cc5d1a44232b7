package org.concurrencykit.problems.diningsavages.broken;

import java.util.concurrent.Semaphore;
import org.concurrencykit.problems.diningsavages.Pot;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The semaphore solution, but the savage who finds the pot empty lets go of the mutex while
 * he waits for the cook ("never hold a lock while you wait"). The next savage then finds the
 * same empty pot and wakes the cook too: two calls, two refills, the second into a pot that
 * still holds the first one's servings.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "the mutex is released while waiting for the cook, so two savages both wake him and he refills twice")
public final class BrokenEverySavageWakesCookPot implements Pot {
    private final int capacity;
    private final Semaphore mutex = new Semaphore(1);
    private final Semaphore emptyPot = new Semaphore(0);
    private final Semaphore fullPot = new Semaphore(0);
    /** Guarded by mutex. */
    private int servings;

    public BrokenEverySavageWakesCookPot(int servings) {
        this.capacity = servings;
    }

    @Override
    public void getServing(Runnable takeServing) throws InterruptedException {
        mutex.acquire();
        if (servings == 0) {
            mutex.release(); // the mistake: the pot is still empty for the next savage to find
            emptyPot.release();
            fullPot.acquire();
            mutex.acquire();
            servings = capacity;
        }
        try {
            takeServing.run();
            servings--;
        } finally {
            mutex.release();
        }
    }

    @Override
    public void cook(Runnable putServings) throws InterruptedException {
        emptyPot.acquire();
        putServings.run();
        fullPot.release();
    }
}
