package org.concurrencykit.problems.diningphilosophers.broken;

import java.util.concurrent.locks.ReentrantLock;
import org.concurrencykit.problems.diningphilosophers.Philosophers;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Locks the forks in a safe order, but runs the callbacks in the wrong one: it puts both
 * forks down and then eats, with empty hands.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "puts the forks down before eating")
public final class BrokenPutBeforeEatDiningPhilosophers implements Philosophers {
    private final ReentrantLock[] forks = new ReentrantLock[5];

    public BrokenPutBeforeEatDiningPhilosophers() {
        for (int f = 0; f < forks.length; f++) {
            forks[f] = new ReentrantLock();
        }
    }

    @Override
    public void wantsToEat(int philosopher, Runnable pickLeftFork, Runnable pickRightFork, Runnable eat,
                           Runnable putLeftFork, Runnable putRightFork) {
        int left = philosopher;
        int right = (philosopher + 1) % forks.length;
        ReentrantLock first = forks[Math.min(left, right)];
        ReentrantLock second = forks[Math.max(left, right)];
        first.lock();
        second.lock();
        try {
            pickLeftFork.run();
            pickRightFork.run();
            putLeftFork.run();
            putRightFork.run();
            eat.run();
        } finally {
            second.unlock();
            first.unlock();
        }
    }
}
