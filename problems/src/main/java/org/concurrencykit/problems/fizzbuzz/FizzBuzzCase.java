package org.concurrencykit.problems.fizzbuzz;

import java.util.HashSet;
import java.util.List;
import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of FizzBuzz: n, and the order in which the judge starts the four threads.
 *
 * @param n     the last number played
 * @param start the names of the threads ({@code fizz}, {@code buzz}, {@code fizzbuzz},
 *              {@code number}) in start order
 */
public record FizzBuzzCase(int n, List<String> start) implements TestCase {
    /** LeetCode's bound on n. */
    public static final int LEETCODE_MAX_N = 50;
    /** The judge's bound on n: a correct solution does not care how long the game is. */
    public static final int MAX_N = 1000;
    /** The threads in LeetCode's order (A fizz, B buzz, C fizzbuzz, D number); an input without start uses it. */
    public static final List<String> THREADS = List.of("fizz", "buzz", "fizzbuzz", "number");

    public FizzBuzzCase {
        start = List.copyOf(start);
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("n must be in 1.." + MAX_N + ", got " + n);
        }
        if (start.size() != THREADS.size() || !new HashSet<>(start).containsAll(THREADS)) {
            throw new IllegalArgumentException(
                    "start must order the threads fizz, buzz, fizzbuzz and number, got " + start);
        }
    }

    /** A case whose threads start in LeetCode's order. */
    public FizzBuzzCase(int n) {
        this(n, THREADS);
    }

    @Override
    public String input() {
        return "n = " + n + (start.equals(THREADS) ? "" : ", start = [" + String.join(",", start) + "]");
    }

    @Override
    public int size() {
        return n;
    }
}
