package org.concurrencykit.problems.diningphilosophers;

import java.util.List;
import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of The Dining Philosophers: how many times each philosopher eats, and the order
 * in which the judge starts the five philosophers' threads.
 *
 * @param n     how many times each philosopher calls {@code wantsToEat}
 * @param start the philosophers' numbers in the order their threads are started
 */
public record Dinner(int n, List<Integer> start) implements TestCase {
    /** Philosophers, and forks, at the table. */
    public static final int PHILOSOPHERS = 5;
    /** LeetCode's bound on n. */
    public static final int MAX_N = 60;
    /** Callbacks per meal: two picks, eat, two puts. */
    static final int ACTIONS_PER_MEAL = 5;
    /** Threads started in the philosophers' own order. */
    static final List<Integer> IN_ORDER = List.of(0, 1, 2, 3, 4);

    public Dinner {
        start = List.copyOf(start);
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("n must be in 1.." + MAX_N + ", got " + n);
        }
        if (start.size() != PHILOSOPHERS || !start.containsAll(IN_ORDER)) {
            throw new IllegalArgumentException("start must be a permutation of [0,1,2,3,4], got " + start);
        }
    }

    /** A dinner whose threads start in the philosophers' order. */
    public Dinner(int n) {
        this(n, IN_ORDER);
    }

    @Override
    public String input() {
        if (start.equals(IN_ORDER)) {
            return "n = " + n;
        }
        StringBuilder sb = new StringBuilder("n = ").append(n).append(", start = [");
        for (int i = 0; i < start.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(start.get(i));
        }
        return sb.append(']').toString();
    }

    @Override
    public int size() {
        return PHILOSOPHERS * ACTIONS_PER_MEAL * n;
    }
}
