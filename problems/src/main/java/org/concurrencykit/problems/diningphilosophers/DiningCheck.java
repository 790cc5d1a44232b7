package org.concurrencykit.problems.diningphilosophers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Violation;

/**
 * The checker of a dinner: replays the whole log, fork by fork and philosopher by
 * philosopher. Every action runs on its philosopher's own thread; each philosopher's actions
 * are n meals of both picks (either order), {@code eat}, both puts (either order); a fork
 * has at most one holder, from its pick to its put; nothing is held at the end.
 *
 * <p>LeetCode never says which neighbour's fork is a philosopher's left one, so a log is
 * correct if it is correct with the statement's numbering (left fork {@code i}) or with the
 * mirror one (left fork {@code (i + 1) % 5}); a rejected log is explained with the
 * statement's.
 */
final class DiningCheck {
    /** What every correct log does, shown as the expected output. */
    static final String RULE = "every philosopher eats n times, holding both of its forks from pick-up to put-down, "
            + "and no fork is in two hands at once";

    /** Which fork is a philosopher's left one. */
    enum Numbering {
        /** The statement's: left fork {@code i}, right fork {@code (i + 1) % 5}. */
        LEFT_IS_OWN,
        /** The mirror: left fork {@code (i + 1) % 5}, right fork {@code i}. */
        LEFT_IS_NEXT;

        /** The number of philosopher {@code p}'s left or right fork. */
        int fork(int p, boolean left) {
            boolean own = left == (this == LEFT_IS_OWN);
            return own ? p : (p + 1) % Dinner.PHILOSOPHERS;
        }
    }

    /** The first rule a log breaks, and whether it is two philosophers holding one fork. */
    private record Finding(String message, boolean forkConflict) {
    }

    private DiningCheck() {
    }

    /** Judges a finished round's log of {@code dinner}. */
    static Optional<Violation> check(Dinner dinner, EventLog log) {
        List<Event> events = log.events();
        Finding stated = new Walk(dinner, events, Numbering.LEFT_IS_OWN).run();
        if (stated == null || new Walk(dinner, events, Numbering.LEFT_IS_NEXT).run() == null) {
            return Optional.empty();
        }
        String message = stated.message() + (stated.forkConflict()
                ? " (numbering the forks the other way round, left fork (i + 1) % 5, does not make this log valid either)"
                : "");
        return Optional.of(new Violation(RULE, leetCodeOutput(events), message));
    }

    /** The log as LeetCode prints it: {@code [[4,2,1],[4,1,1],...]}. */
    static String leetCodeOutput(List<Event> events) {
        return events.stream().map(Event::token).collect(Collectors.joining(",", "[", "]"));
    }

    /** One replay of a log under one numbering. */
    private static final class Walk {
        private static final int NONE = -1;

        private final Dinner dinner;
        private final List<Event> events;
        private final Numbering numbering;
        /** Fork to the philosopher holding it, or NONE. */
        private final int[] holder = new int[Dinner.PHILOSOPHERS];
        /** Fork to the action number at which its holder picked it up. */
        private final int[] heldSince = new int[Dinner.PHILOSOPHERS];
        /** Philosopher to the action number of its last meal, or 0 while it has no meal to clear away. */
        private final int[] uncleared = new int[Dinner.PHILOSOPHERS];
        /** Philosopher to the meals it has eaten. */
        private final int[] meals = new int[Dinner.PHILOSOPHERS];

        Walk(Dinner dinner, List<Event> events, Numbering numbering) {
            this.dinner = dinner;
            this.events = events;
            this.numbering = numbering;
            Arrays.fill(holder, NONE);
        }

        /** The first rule broken, or null if the log is correct under this numbering. */
        Finding run() {
            for (int i = 0; i < events.size(); i++) {
                Finding f = action(i + 1, events.get(i));
                if (f != null) {
                    return f;
                }
            }
            return end();
        }

        private Finding action(int no, Event e) {
            Step.Parsed a = Step.parse(e.token());
            if (a == null) {
                return new Finding(String.format("action #%d \"%s\" is no action of this problem", no, e.token()), false);
            }
            String owner = DiningPhilosophersProblem.threadName(a.philosopher());
            if (!e.thread().equals(owner)) {
                return fail(no, a, "it ran on thread %s; a philosopher's callbacks must run on its own thread, %s",
                        e.thread(), owner);
            }
            if (a.step().isPick()) {
                return pick(no, a);
            }
            return a.step().isPut() ? put(no, a) : eat(no, a);
        }

        private Finding pick(int no, Step.Parsed a) {
            int p = a.philosopher();
            int f = numbering.fork(p, a.step().left());
            if (holder[f] == p) {
                return fail(no, a, "it already holds that fork, since action #%d", heldSince[f]);
            }
            if (uncleared[p] != 0) {
                return fail(no, a, "it has not yet put down both forks after its meal at action #%d; "
                        + "a meal ends with both forks put down", uncleared[p]);
            }
            if (holder[f] != NONE) {
                return new Finding(describe(no, a) + String.format(": philosopher %d has held that fork since action "
                        + "#%d %s and has not put it down", holder[f], heldSince[f],
                        events.get(heldSince[f] - 1).token()), true);
            }
            holder[f] = p;
            heldSince[f] = no;
            return null;
        }

        private Finding put(int no, Step.Parsed a) {
            int p = a.philosopher();
            int f = numbering.fork(p, a.step().left());
            if (holder[f] != p) {
                return fail(no, a, "it does not hold that fork; a philosopher puts down only a fork it picked up");
            }
            if (uncleared[p] == 0) {
                return fail(no, a, "it has not eaten since picking that fork up at action #%d; the forks go down only "
                        + "after the meal", heldSince[f]);
            }
            holder[f] = NONE;
            if (holder[numbering.fork(p, !a.step().left())] != p) {
                uncleared[p] = 0;
            }
            return null;
        }

        private Finding eat(int no, Step.Parsed a) {
            int p = a.philosopher();
            boolean left = holder[numbering.fork(p, true)] == p;
            boolean right = holder[numbering.fork(p, false)] == p;
            if (!left || !right) {
                String missing = !left && !right ? "either fork" : !left
                        ? "its left fork (fork " + numbering.fork(p, true) + ")"
                        : "its right fork (fork " + numbering.fork(p, false) + ")";
                return fail(no, a, "it does not hold %s; a philosopher eats only with both forks in hand", missing);
            }
            if (uncleared[p] != 0) {
                return fail(no, a, "it has not put its forks down since its meal at action #%d; every meal needs its "
                        + "own pick-up and put-down", uncleared[p]);
            }
            meals[p]++;
            if (meals[p] > dinner.n()) {
                return fail(no, a, "that is meal %d, but each philosopher eats exactly n = %d times", meals[p], dinner.n());
            }
            uncleared[p] = no;
            return null;
        }

        private Finding end() {
            for (int p = 0; p < Dinner.PHILOSOPHERS; p++) {
                if (meals[p] < dinner.n()) {
                    return new Finding(String.format("philosopher %d ate %d time%s; each philosopher eats exactly "
                            + "n = %d times", p, meals[p], meals[p] == 1 ? "" : "s", dinner.n()), false);
                }
            }
            for (int f = 0; f < Dinner.PHILOSOPHERS; f++) {
                if (holder[f] != NONE) {
                    int p = holder[f];
                    String side = numbering.fork(p, true) == f ? "left" : "right";
                    return new Finding(String.format("philosopher %d still holds its %s fork (fork %d) at the end, "
                            + "picked up at action #%d and never put down", p, side, f, heldSince[f]), false);
                }
            }
            return null;
        }

        private Finding fail(int no, Step.Parsed a, String why, Object... args) {
            return new Finding(describe(no, a) + ": " + String.format(why, args), false);
        }

        /** {@code action #7 [2,1,1] (philosopher 2 picks up its left fork, fork 2)}. */
        private String describe(int no, Step.Parsed a) {
            Step s = a.step();
            String fork = s == Step.EAT ? "" : ", fork " + numbering.fork(a.philosopher(), s.left());
            return String.format("action #%d %s (philosopher %d %s%s)", no, s.token(a.philosopher()), a.philosopher(),
                    s.verb, fork);
        }
    }
}
