package org.concurrencykit.problems.readwritelock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Violation;

/**
 * What a correct round of the read-write lock looks like, judged from the whole log.
 *
 * <p>The harness records {@code R1+} just after reader 1's {@code lockRead()} returned and
 * {@code R1-} just before it calls {@code unlockRead()}; {@code W1?} just before writer 1
 * calls {@code lockWrite()}, {@code W1+} just after it returned and {@code W1-} just before
 * {@code unlockWrite()}. So the events between a thread's {@code +} and {@code -} happened
 * while it held the lock, and the checker demands, walking the log:
 * <ul>
 *   <li>a writer gets in only when nobody is inside, and nobody gets in while a writer is;</li>
 *   <li>a writer that waits gets in before readers have got in more than
 *       {@link #MAX_OVERTAKING} times after it asked: a correct lock lets in only the readers
 *       that asked before the writer's call took effect (which may be a while after
 *       {@code W1?} when the writer's thread is descheduled: hence a generous bound);</li>
 *   <li>in a stream, two readers were inside together at least once (the harness makes that
 *       possible before any writer asks, so a lock that lets one reader in at a time fails);</li>
 *   <li>at the end, every thread got in as often as the case says.</li>
 * </ul>
 * Every rule holds for a correct lock in every interleaving (the second one unless the
 * writer's thread stands still while readers get in a thousand times); each message names
 * the first rule broken.
 */
public final class LockChecker {
    /** Reader entries allowed after a writer asked and before it got in. */
    public static final int MAX_OVERTAKING = 1000;
    private static final Pattern TOKEN = Pattern.compile("([RW])(\\d+)([?+-])");
    /** Events shown before a violation. */
    private static final int TRACE = 10;

    private LockChecker() {
    }

    /** The event of reader {@code r} (1-based) getting in. */
    public static String readIn(int r) {
        return "R" + r + "+";
    }

    /** The event of reader {@code r} about to leave. */
    public static String readOut(int r) {
        return "R" + r + "-";
    }

    /** The event of writer {@code w} about to call {@code lockWrite()}. */
    public static String writeWait(int w) {
        return "W" + w + "?";
    }

    /** The event of writer {@code w} getting in. */
    public static String writeIn(int w) {
        return "W" + w + "+";
    }

    /** The event of writer {@code w} about to leave. */
    public static String writeOut(int w) {
        return "W" + w + "-";
    }

    /** Name of reader thread {@code r}. */
    public static String reader(int r) {
        return "reader-" + r;
    }

    /** Name of writer thread {@code w}. */
    public static String writer(int w) {
        return "writer-" + w;
    }

    /** Judges a finished round. */
    public static Optional<Violation> check(LockCase c, List<Event> events) {
        Walk walk = new Walk(c, events);
        Optional<Violation> v = walk.run();
        return v.isPresent() ? v : walk.finished();
    }

    /** Judges the events of a round that did not finish: only what no later event could mend. */
    public static Optional<Violation> checkUnfinished(LockCase c, List<Event> events) {
        return new Walk(c, events).run();
    }

    /** The round as one line: the events, separated by spaces. */
    public static String output(List<Event> events) {
        StringBuilder sb = new StringBuilder();
        for (Event e : events) {
            sb.append(sb.length() == 0 ? "" : " ").append(e.token());
        }
        return sb.toString();
    }

    /** One pass over a round's log. */
    private static final class Walk {
        private final LockCase c;
        private final List<Event> events;
        private final String expected;
        /** Readers inside, by number. */
        private final TreeSet<Integer> readers = new TreeSet<>();
        /** The writer inside, or 0. */
        private int writer;
        /** Each waiting writer's number to where it asked and the reader entries since. */
        private final Map<Integer, int[]> waiting = new LinkedHashMap<>();
        private final int[] reads;
        private final int[] writes;
        private boolean overlapped;

        Walk(LockCase c, List<Event> events) {
            this.c = c;
            this.events = events;
            this.reads = new int[c.readers() + 1];
            this.writes = new int[c.writers() + 1];
            this.expected = "readers together or one writer alone; a waiting writer in before readers got in "
                    + MAX_OVERTAKING + " times" + (c.stream() ? "; two readers inside together at least once" : "");
        }

        Optional<Violation> run() {
            for (int i = 0; i < events.size(); i++) {
                Matcher m = TOKEN.matcher(events.get(i).token());
                if (!m.matches()) {
                    return Optional.of(at(i, "unexpected event \"" + events.get(i).token() + "\""));
                }
                int n = Integer.parseInt(m.group(2));
                boolean isReader = m.group(1).equals("R");
                Optional<Violation> v = isReader ? read(i, n, m.group(3)) : write(i, n, m.group(3));
                if (v.isPresent()) {
                    return v;
                }
            }
            return Optional.empty();
        }

        private Optional<Violation> read(int i, int r, String step) {
            if (step.equals("-")) {
                readers.remove(r);
                return Optional.empty();
            }
            if (writer != 0) {
                return Optional.of(at(i, String.format("%s got in while %s was writing: nobody may be inside "
                        + "with a writer", reader(r), writer(writer))));
            }
            readers.add(r);
            reads[r]++;
            overlapped |= readers.size() >= 2;
            for (Map.Entry<Integer, int[]> w : waiting.entrySet()) {
                int[] asked = w.getValue();
                asked[1]++;
                if (asked[1] > MAX_OVERTAKING) {
                    String actual = tail(asked[0]) + " ... " + output(events.subList(i - 3, i + 1));
                    return Optional.of(new Violation(expected, actual, String.format("%s asked for the lock and "
                            + "then readers got in %d times before it did: once a writer waits, readers who come "
                            + "later must wait for it, or a steady stream of readers starves it", writer(w.getKey()),
                            asked[1])));
                }
            }
            return Optional.empty();
        }

        private Optional<Violation> write(int i, int w, String step) {
            switch (step) {
                case "?" -> waiting.put(w, new int[] {i, 0});
                case "-" -> writer = 0;
                default -> {
                    waiting.remove(w);
                    writes[w]++;
                    if (writer != 0) {
                        return Optional.of(at(i, String.format("%s got in while %s was writing: a writer must be "
                                + "alone", writer(w), writer(writer))));
                    }
                    if (!readers.isEmpty()) {
                        return Optional.of(at(i, String.format("%s got in while %s %s reading: a writer must be "
                                + "alone", writer(w), names(readers), readers.size() == 1 ? "was" : "were")));
                    }
                    writer = w;
                }
            }
            return Optional.empty();
        }

        Optional<Violation> finished() {
            for (int r = 1; r <= c.readers(); r++) {
                if (!c.stream() && reads[r] != c.reads()) {
                    return Optional.of(summary(String.format("%s got in %s; it reads %s",
                            reader(r), times(reads[r]), times(c.reads()))));
                }
            }
            for (int w = 1; w <= c.writers(); w++) {
                if (writes[w] != c.writes()) {
                    return Optional.of(summary(String.format("%s got in %s; it writes %s",
                            writer(w), times(writes[w]), times(c.writes()))));
                }
            }
            if (c.stream() && !overlapped) {
                return Optional.of(summary("no two readers were ever inside together, though each reader "
                        + "waited inside for another to come in: readers must be able to read at the same time "
                        + "(a plain mutex is not a read-write lock)"));
            }
            return Optional.empty();
        }

        /** {@code once}, {@code 2 times}. */
        private static String times(int n) {
            return n == 1 ? "once" : n + " times";
        }

        private static String names(TreeSet<Integer> readers) {
            List<String> names = new ArrayList<>();
            readers.forEach(r -> names.add(reader(r)));
            return String.join(" and ", names);
        }

        private Violation summary(String message) {
            return new Violation(expected, tail(events.size() - 1), message);
        }

        private Violation at(int i, String message) {
            return new Violation(expected, tail(i), message);
        }

        /** The events up to {@code i}, the last few of them. */
        private String tail(int i) {
            int from = Math.max(0, i + 1 - TRACE);
            return (from > 0 ? "... " : "") + output(events.subList(from, i + 1));
        }
    }
}
