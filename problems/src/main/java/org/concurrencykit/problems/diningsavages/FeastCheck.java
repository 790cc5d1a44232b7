package org.concurrencykit.problems.diningsavages;

import java.util.List;
import java.util.Optional;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Violation;

/**
 * What a correct feast looks like, judged over the whole event log. The callbacks record
 * {@link #REFILL} ({@code putServings}) and {@link #TAKE} ({@code takeServing}); the log is
 * replayed with a pot that starts empty. The contract orders the callbacks by their calls
 * and returns (a refill returns before its servings are taken; a refill's last serving is
 * taken before the next refill begins), so their records come in that order too, whatever
 * the scheduler does inside them.
 *
 * <ul>
 *   <li>A refill finds the pot empty, and fills it with {@code servings} servings.
 *   <li>A savage takes a serving only from a pot that holds one.
 *   <li>At the end the cook has refilled {@code refills} times and each savage has taken
 *       exactly his meals, so every serving was eaten once. A thread that never ends is a
 *       hang, which the judge reports.
 * </ul>
 */
final class FeastCheck {
    static final String REFILL = "refill";
    static final String TAKE = "take";
    static final String COOK = "cook";
    private static final String SAVAGE = "savage-";

    private FeastCheck() {
    }

    /** The thread name of savage {@code s}, from 1. */
    static String savage(int s) {
        return SAVAGE + s;
    }

    /** Judges a finished feast. */
    static Optional<Violation> check(Feast feast, List<Event> events) {
        return new Replay(feast, events).run(true);
    }

    /** Judges the start of a feast that never finished: only rules already broken, whatever would follow. */
    static Optional<Violation> checkUnfinished(Feast feast, List<Event> events) {
        return new Replay(feast, events).run(false);
    }

    /** The feast as a story, one event a line, with what the pot holds after it. */
    static String story(Feast feast, List<Event> events) {
        StringBuilder sb = new StringBuilder();
        int pot = 0;
        for (Event e : events) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            switch (e.token()) {
                case REFILL -> {
                    pot += feast.servings();
                    sb.append(e.thread()).append(" refills the pot (").append(servings(pot)).append(" in it)");
                }
                case TAKE -> {
                    pot--;
                    sb.append(e.thread()).append(" takes a serving (").append(servings(pot)).append(" left)");
                }
                default -> sb.append(e.thread()).append(": ").append(e.token());
            }
        }
        return sb.toString();
    }

    private static String servings(int n) {
        return n == 1 ? "1 serving" : n + " servings";
    }

    /** One pass over the log. */
    private static final class Replay {
        private final Feast feast;
        private final List<Event> events;
        /** Servings in the pot. */
        private int pot;
        private int refills;
        /** Per savage (1-based): servings taken so far. */
        private final int[] taken;

        Replay(Feast feast, List<Event> events) {
            this.feast = feast;
            this.events = events;
            this.taken = new int[feast.savages() + 1];
        }

        Optional<Violation> run(boolean finished) {
            for (int p = 0; p < events.size(); p++) {
                String wrong = step(p, events.get(p));
                if (wrong != null) {
                    return Optional.of(violation(wrong));
                }
            }
            String wrong = finished ? end() : null;
            return wrong == null ? Optional.empty() : Optional.of(violation(wrong));
        }

        private String step(int p, Event e) {
            switch (e.token()) {
                case REFILL -> {
                    if (pot > 0) {
                        return String.format("output #%d: the cook refilled the pot while it still held %s: he "
                                + "refills only an empty pot, once, however many savages found it empty",
                                p + 1, servings(pot));
                    }
                    if (++refills > feast.refills()) {
                        return String.format("output #%d: refill %d, but the cook calls cook(...) only %d times",
                                p + 1, refills, feast.refills());
                    }
                    pot = feast.servings();
                    return null;
                }
                case TAKE -> {
                    int s = index(e.thread());
                    if (s < 1 || s > feast.savages()) {
                        return String.format("output #%d: takeServing ran on thread %s, not on a savage's",
                                p + 1, e.thread());
                    }
                    if (pot == 0) {
                        return String.format("output #%d: %s took a serving from an empty pot (%d of %d refills "
                                + "so far, all %d of their servings already taken)", p + 1, e.thread(), refills,
                                feast.refills(), refills * feast.servings());
                    }
                    pot--;
                    if (++taken[s] > feast.meals().get(s - 1)) {
                        return String.format("output #%d: %s took serving %d, but he eats only %d meals "
                                + "(one takeServing per getServing call)", p + 1, e.thread(), taken[s],
                                feast.meals().get(s - 1));
                    }
                    return null;
                }
                default -> {
                    return String.format("output #%d: unexpected output \"%s\"", p + 1, e.token());
                }
            }
        }

        /** Rules about the whole feast, once it is over. */
        private String end() {
            if (refills < feast.refills()) {
                return String.format("the cook refilled the pot %d times, but his %d calls of cook(...) returned: "
                        + "each call refills once", refills, feast.refills());
            }
            for (int s = 1; s <= feast.savages(); s++) {
                if (taken[s] < feast.meals().get(s - 1)) {
                    return String.format("%s took %d servings in his %d calls of getServing(...): each call "
                            + "takes exactly one", savage(s), taken[s], feast.meals().get(s - 1));
                }
            }
            return null;
        }

        private Violation violation(String message) {
            String expected = String.format("the pot starts empty; each refill finds it empty and puts %s in; "
                    + "each savage takes a serving only from a pot that holds one; %d refills and %d servings "
                    + "taken in all", servings(feast.servings()), feast.refills(), feast.totalMeals());
            return new Violation(expected, story(feast, events), message);
        }

        private static int index(String thread) {
            if (!thread.startsWith(SAVAGE)) {
                return -1;
            }
            try {
                return Integer.parseInt(thread.substring(SAVAGE.length()));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }
}
