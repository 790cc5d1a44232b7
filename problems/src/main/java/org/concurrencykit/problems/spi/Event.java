package org.concurrencykit.problems.spi;

/**
 * One thing that happened in a round: a callback ran.
 *
 * @param seq    position in the round's total order of events, from 0
 * @param thread name of the thread that ran the callback
 * @param token  what the callback outputs ({@code "first"}, {@code "foo"}, {@code "3"}...)
 * @param nanos  when it happened, by {@link System#nanoTime()}
 */
public record Event(int seq, String thread, String token, long nanos) {
    @Override
    public String toString() {
        return thread + ":" + token;
    }
}
