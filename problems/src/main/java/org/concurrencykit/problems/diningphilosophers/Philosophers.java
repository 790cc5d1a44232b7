package org.concurrencykit.problems.diningphilosophers;

/**
 * A round table where five philosophers eat with the two forks beside their plates and no
 * fork is ever in two hands (LeetCode 1226, class {@code DiningPhilosophers()}).
 *
 * <p>One instance is shared by five threads: philosopher {@code i} (0 to 4) calls
 * {@link #wantsToEat} with its own number {@code n} times in a row, all five at once.
 * Philosopher {@code i}'s left fork is fork {@code i} and its right fork is fork
 * {@code (i + 1) % 5}, so neighbours share one fork. Each call runs, on the calling thread,
 * {@code pickLeftFork} and {@code pickRightFork} (in either order), then {@code eat}, then
 * {@code putLeftFork} and {@code putRightFork} (in either order), each once. A philosopher
 * holds a fork from its pick to its put, and no fork is held by two philosophers at once.
 * A call blocks while a fork it needs is held by a neighbour, and must not block forever.
 *
 * <p>Memory consistency effects: a philosopher's {@code putLeftFork} or
 * {@code putRightFork} happens-before the neighbour's pick of the same fork. A thread
 * blocked in {@code wantsToEat} throws {@link InterruptedException} if it is interrupted.
 */
public interface Philosophers {
    /**
     * Philosopher {@code philosopher} eats once: picks up both of its forks, eats, and puts
     * them down, waiting while a neighbour holds one of them.
     */
    void wantsToEat(int philosopher, Runnable pickLeftFork, Runnable pickRightFork, Runnable eat,
                    Runnable putLeftFork, Runnable putRightFork) throws InterruptedException;
}
