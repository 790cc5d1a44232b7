package org.concurrencykit.problems.spi;

/** One input of a problem. Implementations are immutable records. */
public interface TestCase {
    /** The input as the statement writes it, e.g. {@code nums = [1,3,2]}; parseable by the problem. */
    String input();

    /** About how many callback events one round of this case produces; sizes the number of rounds. */
    int size();
}
