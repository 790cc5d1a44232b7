package org.concurrencykit.problems.diningphilosophers.broken;

import org.concurrencykit.problems.diningphilosophers.Philosophers;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/** Everyone grabs the forks whenever hungry: two neighbours end up holding the same fork. */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "no synchronization at all: neighbours hold the same fork")
public final class BrokenUnsynchronizedDiningPhilosophers implements Philosophers {
    @Override
    public void wantsToEat(int philosopher, Runnable pickLeftFork, Runnable pickRightFork, Runnable eat,
                           Runnable putLeftFork, Runnable putRightFork) {
        pickLeftFork.run();
        pickRightFork.run();
        eat.run();
        putLeftFork.run();
        putRightFork.run();
    }
}
