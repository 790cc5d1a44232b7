package org.concurrencykit.problems.diningphilosophers.broken;

import java.util.concurrent.locks.ReentrantLock;
import org.concurrencykit.problems.diningphilosophers.Philosophers;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * One lock per fork, and every philosopher locks its left fork, then its right one. When
 * all five hold their left forks at once, each waits for its neighbour's forever.
 */
@Broken(verdict = Verdict.DEADLOCK, why = "every philosopher takes its left fork first: five held locks in a cycle")
public final class BrokenLeftFirstDeadlockDiningPhilosophers implements Philosophers {
    private final ReentrantLock[] forks = new ReentrantLock[5];

    public BrokenLeftFirstDeadlockDiningPhilosophers() {
        for (int f = 0; f < forks.length; f++) {
            forks[f] = new ReentrantLock();
        }
    }

    @Override
    public void wantsToEat(int philosopher, Runnable pickLeftFork, Runnable pickRightFork, Runnable eat,
                           Runnable putLeftFork, Runnable putRightFork) {
        ReentrantLock left = forks[philosopher];
        ReentrantLock right = forks[(philosopher + 1) % forks.length];
        left.lock();
        try {
            pickLeftFork.run();
            right.lock();
            try {
                pickRightFork.run();
                eat.run();
                putRightFork.run();
            } finally {
                right.unlock();
            }
            putLeftFork.run();
        } finally {
            left.unlock();
        }
    }
}
