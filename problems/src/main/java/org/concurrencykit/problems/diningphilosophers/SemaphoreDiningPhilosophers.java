package org.concurrencykit.problems.diningphilosophers;

import java.util.concurrent.Semaphore;

/**
 * The Dining Philosophers with {@link Semaphore}s: one permit per fork, and a
 * {@code Semaphore(4)} of seats so that at most four philosophers reach for forks at once.
 * Each takes its left fork, then its right.
 *
 * <p>Invariant: at most four philosophers are seated, and each holds at most two of the
 * five forks; with five forks among four, some seated philosopher always has both of its
 * forks free, so the waits cannot go round the whole table.
 * Memory consistency effects: {@code release()} of a fork happens-before the neighbour's
 * {@code acquire()} of it.
 */
public final class SemaphoreDiningPhilosophers implements Philosophers {
    /** Seats at the table: one fewer than the philosophers. */
    private final Semaphore seats = new Semaphore(Dinner.PHILOSOPHERS - 1);
    /** Fork f's permit; taken by the philosopher holding fork f. */
    private final Semaphore[] forks = new Semaphore[Dinner.PHILOSOPHERS];

    public SemaphoreDiningPhilosophers() {
        for (int f = 0; f < forks.length; f++) {
            forks[f] = new Semaphore(1);
        }
    }

    @Override
    public void wantsToEat(int philosopher, Runnable pickLeftFork, Runnable pickRightFork, Runnable eat,
                           Runnable putLeftFork, Runnable putRightFork) throws InterruptedException {
        Semaphore left = forks[philosopher];
        Semaphore right = forks[(philosopher + 1) % forks.length];
        seats.acquire();
        try {
            left.acquire();
            try {
                pickLeftFork.run();
                right.acquire();
                try {
                    pickRightFork.run();
                    eat.run();
                    putRightFork.run();
                } finally {
                    right.release();
                }
                putLeftFork.run();
            } finally {
                left.release();
            }
        } finally {
            seats.release();
        }
    }
}
