package org.concurrencykit.problems.diningphilosophers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The five things a philosopher does in a meal, as LeetCode writes them:
 * {@code [philosopher, fork, operation]} with fork 1 = left, 2 = right, 0 = none, and
 * operation 1 = pick, 2 = put, 3 = eat.
 */
enum Step {
    PICK_LEFT(1, 1, "picks up its left fork"),
    PICK_RIGHT(2, 1, "picks up its right fork"),
    EAT(0, 3, "eats"),
    PUT_LEFT(1, 2, "puts down its left fork"),
    PUT_RIGHT(2, 2, "puts down its right fork");

    private static final Pattern TOKEN = Pattern.compile("\\[(\\d),(\\d),(\\d)]");

    /** 1 left, 2 right, 0 none. */
    final int fork;
    /** 1 pick, 2 put, 3 eat. */
    final int operation;
    /** What the step does, after "philosopher i". */
    final String verb;

    Step(int fork, int operation, String verb) {
        this.fork = fork;
        this.operation = operation;
        this.verb = verb;
    }

    /** The event token of this step by {@code philosopher}, e.g. {@code [2,1,1]}. */
    String token(int philosopher) {
        return "[" + philosopher + "," + fork + "," + operation + "]";
    }

    boolean isPick() {
        return operation == 1;
    }

    boolean isPut() {
        return operation == 2;
    }

    /** Whether this step concerns the left fork (only meaningful for picks and puts). */
    boolean left() {
        return fork == 1;
    }

    /** A step read back from its token. */
    record Parsed(int philosopher, Step step) {
    }

    /** Reads a token back, or returns null if it is none of ours. */
    static Parsed parse(String token) {
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            return null;
        }
        int p = Integer.parseInt(m.group(1));
        int fork = Integer.parseInt(m.group(2));
        int operation = Integer.parseInt(m.group(3));
        for (Step s : values()) {
            if (s.fork == fork && s.operation == operation && p < Dinner.PHILOSOPHERS) {
                return new Parsed(p, s);
            }
        }
        return null;
    }
}
