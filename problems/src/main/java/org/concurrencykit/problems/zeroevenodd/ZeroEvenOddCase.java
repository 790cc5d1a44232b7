package org.concurrencykit.problems.zeroevenodd;

import java.util.HashSet;
import java.util.List;
import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of Zero Even Odd: n, and the order in which the judge starts the three threads.
 *
 * @param n     the largest number printed
 * @param start the names of the threads ({@code zero}, {@code even}, {@code odd}) in start order
 */
public record ZeroEvenOddCase(int n, List<String> start) implements TestCase {
    /** LeetCode's bound on n. */
    public static final int MAX_N = 1000;
    /** The threads in LeetCode's order (A calls zero(), B even(), C odd()); an input without start uses it. */
    public static final List<String> THREADS = List.of("zero", "even", "odd");

    public ZeroEvenOddCase {
        start = List.copyOf(start);
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("n must be in 1.." + MAX_N + ", got " + n);
        }
        if (start.size() != THREADS.size() || !new HashSet<>(start).containsAll(THREADS)) {
            throw new IllegalArgumentException("start must order the threads zero, even and odd, got " + start);
        }
    }

    /** A case whose threads start in LeetCode's order. */
    public ZeroEvenOddCase(int n) {
        this(n, THREADS);
    }

    @Override
    public String input() {
        return "n = " + n + (start.equals(THREADS) ? "" : ", start = [" + String.join(",", start) + "]");
    }

    @Override
    public int size() {
        return 2 * n;
    }
}
