package org.concurrencykit.problems.diningphilosophers;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The Dining Philosophers with one {@link ReentrantLock} per fork, always locked in the
 * same global order: the lower-numbered fork first. Philosopher 4, whose forks are 4 and
 * 0, therefore reaches for its right fork first.
 *
 * <p>Invariant: a philosopher holds fork f's lock from its pick of fork f to its put. A
 * thread waiting for a lock holds only lower-numbered ones, so no cycle of waits can close.
 * Memory consistency effects: {@code unlock()} of a fork happens-before the neighbour's
 * {@code lock()} of it.
 */
public final class ReentrantLockDiningPhilosophers implements Philosophers {
    /** Fork f's lock; held by the philosopher holding fork f. */
    private final ReentrantLock[] forks = new ReentrantLock[Dinner.PHILOSOPHERS];

    public ReentrantLockDiningPhilosophers() {
        for (int f = 0; f < forks.length; f++) {
            forks[f] = new ReentrantLock();
        }
    }

    @Override
    public void wantsToEat(int philosopher, Runnable pickLeftFork, Runnable pickRightFork, Runnable eat,
                           Runnable putLeftFork, Runnable putRightFork) throws InterruptedException {
        int left = philosopher;
        int right = (philosopher + 1) % forks.length;
        boolean leftFirst = left < right;
        ReentrantLock first = forks[Math.min(left, right)];
        ReentrantLock second = forks[Math.max(left, right)];
        first.lockInterruptibly();
        try {
            (leftFirst ? pickLeftFork : pickRightFork).run();
            second.lockInterruptibly();
            try {
                (leftFirst ? pickRightFork : pickLeftFork).run();
                eat.run();
                putLeftFork.run();
                putRightFork.run();
            } finally {
                second.unlock();
            }
        } finally {
            first.unlock();
        }
    }
}
