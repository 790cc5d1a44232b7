package org.concurrencykit.problems.diningphilosophers.broken;

import org.concurrencykit.problems.diningphilosophers.Philosophers;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * One global monitor, but left for a moment between the two picks: a neighbour can slip
 * in, take the fork this philosopher already holds as its own other fork, and eat with it.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "the global lock is released between picking the left and the right fork")
public final class BrokenGlobalLockReleasedBetweenPicksDiningPhilosophers implements Philosophers {
    @Override
    public void wantsToEat(int philosopher, Runnable pickLeftFork, Runnable pickRightFork, Runnable eat,
                           Runnable putLeftFork, Runnable putRightFork) {
        synchronized (this) {
            pickLeftFork.run();
        }
        synchronized (this) {
            pickRightFork.run();
            eat.run();
            putLeftFork.run();
            putRightFork.run();
        }
    }
}
