package org.concurrencykit.problems.spi;

import java.util.List;

/**
 * A problem's metadata: what {@code judge list} shows and what the judge needs to bind a
 * LeetCode-shaped class.
 *
 * @param slug          LeetCode's slug, the problem's name on the command line
 * @param number        LeetCode's number, or 0 for a classic problem LeetCode does not have
 * @param title         the title
 * @param difficulty    LeetCode's difficulty
 * @param className     the class LeetCode asks for ({@code Foo}, {@code FooBar}...)
 * @param threads       one line per thread role, e.g. {@code "A calls first()"}
 * @param defaultRounds rounds per small case in a full judgement
 */
public record ProblemInfo(String slug, int number, String title, Difficulty difficulty,
                          String className, List<String> threads, int defaultRounds) {
    public ProblemInfo {
        threads = List.copyOf(threads);
    }
}
