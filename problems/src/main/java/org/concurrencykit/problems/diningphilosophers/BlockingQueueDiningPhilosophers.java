package org.concurrencykit.problems.diningphilosophers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The Dining Philosophers with one-slot {@link BlockingQueue}s for forks and an asymmetric
 * order: a fork is a token that lies in its queue while the fork is on the table; even
 * philosophers take their left fork first, odd ones their right fork first.
 *
 * <p>Invariant: fork f's queue is empty exactly while a philosopher holds fork f. With the
 * odd philosophers reaching the other way, no ring of five "holds one, waits for the next"
 * can close.
 * Memory consistency effects: actions before putting a fork's token back happen-before
 * actions after the {@code take()} that removes it.
 */
public final class BlockingQueueDiningPhilosophers implements Philosophers {
    /** A fork lying on the table. */
    private static final Object FORK = new Object();

    /** Fork f's place on the table: holds FORK while nobody holds fork f. */
    private final List<BlockingQueue<Object>> forks = new ArrayList<>();

    public BlockingQueueDiningPhilosophers() {
        for (int f = 0; f < Dinner.PHILOSOPHERS; f++) {
            BlockingQueue<Object> place = new ArrayBlockingQueue<>(1);
            place.add(FORK);
            forks.add(place);
        }
    }

    @Override
    public void wantsToEat(int philosopher, Runnable pickLeftFork, Runnable pickRightFork, Runnable eat,
                           Runnable putLeftFork, Runnable putRightFork) throws InterruptedException {
        BlockingQueue<Object> left = forks.get(philosopher);
        BlockingQueue<Object> right = forks.get((philosopher + 1) % forks.size());
        boolean leftFirst = philosopher % 2 == 0;
        BlockingQueue<Object> first = leftFirst ? left : right;
        BlockingQueue<Object> second = leftFirst ? right : left;
        first.take();
        try {
            (leftFirst ? pickLeftFork : pickRightFork).run();
            second.take();
            try {
                (leftFirst ? pickRightFork : pickLeftFork).run();
                eat.run();
                putLeftFork.run();
                putRightFork.run();
            } finally {
                second.add(FORK);
            }
        } finally {
            first.add(FORK);
        }
    }
}
