package org.concurrencykit.problems.spi;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The check shared by problems whose only correct output is one exact sequence of tokens
 * (Print in Order, FooBar, Zero Even Odd, FizzBuzz): every token in order, each printed by
 * the thread that owns it.
 */
public final class Sequences {
    private Sequences() {
    }

    /**
     * Compares the log with the one correct sequence.
     *
     * @param expected    the tokens a correct round prints, in order
     * @param ownerThread for position i, the name of the thread that must print it
     * @param log         the round's events
     */
    public static Optional<Violation> check(List<String> expected, IntFunction<String> ownerThread, EventLog log) {
        List<Event> events = log.events();
        String want = String.join("", expected);
        String got = log.joined();
        int common = Math.min(expected.size(), events.size());
        for (int i = 0; i < common; i++) {
            Event e = events.get(i);
            if (!e.token().equals(expected.get(i))) {
                return Optional.of(new Violation(want, got, String.format(
                        "output #%d was \"%s\" but \"%s\" was due (after %s)",
                        i + 1, e.token(), expected.get(i), prefix(events, i))));
            }
            String owner = ownerThread.apply(i);
            if (!e.thread().equals(owner)) {
                return Optional.of(new Violation(want, got, String.format(
                        "output #%d \"%s\" was printed by thread %s; only thread %s may print it",
                        i + 1, e.token(), e.thread(), owner)));
            }
        }
        if (events.size() < expected.size()) {
            return Optional.of(new Violation(want, got, String.format(
                    "only %d of %d outputs were printed; \"%s\" never came",
                    events.size(), expected.size(), expected.get(events.size()))));
        }
        if (events.size() > expected.size()) {
            Event extra = events.get(expected.size());
            return Optional.of(new Violation(want, got, String.format(
                    "%d outputs were printed but only %d are due; the first extra one was \"%s\" by thread %s",
                    events.size(), expected.size(), extra.token(), extra.thread())));
        }
        return Optional.empty();
    }

    private static String prefix(List<Event> events, int upTo) {
        if (upTo == 0) {
            return "nothing";
        }
        StringBuilder sb = new StringBuilder("\"");
        int from = Math.max(0, upTo - 6);
        if (from > 0) {
            sb.append("...");
        }
        for (int i = from; i < upTo; i++) {
            sb.append(events.get(i).token());
        }
        return sb.append('"').toString();
    }
}
