package org.concurrencykit.problems.diningphilosophers;

/**
 * The Dining Philosophers with one global monitor: a philosopher picks up its forks, eats
 * and puts them down inside {@code synchronized (this)}, so only one philosopher holds
 * forks at a time.
 *
 * <p>Invariant: forks are held only by the philosopher inside the monitor. One lock cannot
 * form a cycle, so there is no deadlock; the price is that neighbours who share no fork
 * wait for each other too.
 * Memory consistency effects: the monitor's unlock at the end of a meal happens-before the
 * lock that starts the next philosopher's meal.
 */
public final class SynchronizedDiningPhilosophers implements Philosophers {
    @Override
    public synchronized void wantsToEat(int philosopher, Runnable pickLeftFork, Runnable pickRightFork,
                                        Runnable eat, Runnable putLeftFork, Runnable putRightFork) {
        pickLeftFork.run();
        pickRightFork.run();
        eat.run();
        putLeftFork.run();
        putRightFork.run();
    }
}
