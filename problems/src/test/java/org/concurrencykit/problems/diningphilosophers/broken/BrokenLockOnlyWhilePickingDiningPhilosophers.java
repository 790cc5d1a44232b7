package org.concurrencykit.problems.diningphilosophers.broken;

import java.util.concurrent.locks.ReentrantLock;
import org.concurrencykit.problems.diningphilosophers.Philosophers;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * A global lock around picking up the forks and around putting them down, but not around
 * the meal in between: while one philosopher eats, its neighbour takes the lock and picks
 * up the fork still in the first one's hand.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "the lock guards picking up the forks, not holding them")
public final class BrokenLockOnlyWhilePickingDiningPhilosophers implements Philosophers {
    private final ReentrantLock table = new ReentrantLock();

    @Override
    public void wantsToEat(int philosopher, Runnable pickLeftFork, Runnable pickRightFork, Runnable eat,
                           Runnable putLeftFork, Runnable putRightFork) {
        table.lock();
        try {
            pickLeftFork.run();
            pickRightFork.run();
        } finally {
            table.unlock();
        }
        eat.run();
        table.lock();
        try {
            putLeftFork.run();
            putRightFork.run();
        } finally {
            table.unlock();
        }
    }
}
