package org.concurrencykit.problems.foobar;

import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of FooBar: the number of pairs, and which thread the judge starts first.
 *
 * @param n        how many times each of foo and bar prints
 * @param barFirst whether the thread calling {@code bar()} is started before the one calling {@code foo()}
 */
public record FooBarCase(int n, boolean barFirst) implements TestCase {
    /** LeetCode's bound on n. */
    public static final int MAX_N = 1000;

    public FooBarCase {
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("n must be in 1.." + MAX_N + ", got " + n);
        }
    }

    @Override
    public String input() {
        return "n = " + n + (barFirst ? ", start = [bar,foo]" : "");
    }

    @Override
    public int size() {
        return 2 * n;
    }
}
