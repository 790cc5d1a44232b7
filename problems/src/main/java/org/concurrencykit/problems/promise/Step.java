package org.concurrencykit.problems.promise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call a thread of a round makes, as the input writes it: {@code complete(4)},
 * {@code completeExceptionally(oops)}, {@code get()}, {@code get(5ms)} or {@code onComplete}.
 *
 * @param kind   which call
 * @param number the value completed with, the timeout in ms, or the callback's number (c1, c2...)
 * @param word   the exception's message, for {@link Kind#FAIL}; empty otherwise
 */
public record Step(Kind kind, int number, String word) {
    /** The largest value a complete step gives. */
    public static final int MAX_VALUE = 99;
    /** The longest timeout of a timed get, in ms. */
    public static final int MAX_TIMEOUT_MS = 50;
    private static final Pattern COMPLETE = Pattern.compile("complete\\((\\d{1,3})\\)");
    private static final Pattern FAIL = Pattern.compile("completeExceptionally\\(([a-z]{1,12})\\)");
    private static final Pattern GET_TIMED = Pattern.compile("get\\((\\d{1,3})ms\\)");

    /** The calls a step makes. */
    public enum Kind { COMPLETE, FAIL, GET, GET_TIMED, ON_COMPLETE }

    public Step {
        if (kind == Kind.COMPLETE && (number < 1 || number > MAX_VALUE)) {
            throw new IllegalArgumentException("complete's value must be 1.." + MAX_VALUE + ", got " + number);
        }
        if (kind == Kind.GET_TIMED && (number < 1 || number > MAX_TIMEOUT_MS)) {
            throw new IllegalArgumentException("a timeout must be 1.." + MAX_TIMEOUT_MS + " ms, got " + number);
        }
        if (kind == Kind.FAIL && !word.matches("[a-z]{1,12}")) {
            throw new IllegalArgumentException("an exception's message must be 1-12 letters a-z, got " + word);
        }
    }

    static Step complete(int value) {
        return new Step(Kind.COMPLETE, value, "");
    }

    static Step fail(String message) {
        return new Step(Kind.FAIL, 0, message);
    }

    static Step get() {
        return new Step(Kind.GET, 0, "");
    }

    static Step get(int millis) {
        return new Step(Kind.GET_TIMED, millis, "");
    }

    /** Callback number {@code c}. */
    static Step onComplete(int c) {
        return new Step(Kind.ON_COMPLETE, c, "");
    }

    /** Reads one step; {@code callback} is the number an onComplete step gets. */
    static Step parse(String text, int callback) {
        String t = text.strip();
        Matcher m;
        if ((m = COMPLETE.matcher(t)).matches()) {
            return complete(Integer.parseInt(m.group(1)));
        } else if ((m = FAIL.matcher(t)).matches()) {
            return fail(m.group(1));
        } else if ((m = GET_TIMED.matcher(t)).matches()) {
            return get(Integer.parseInt(m.group(1)));
        } else if (t.equals("get()")) {
            return get();
        } else if (t.equals("onComplete")) {
            return onComplete(callback);
        }
        throw new IllegalArgumentException("\"" + t + "\" is not a step (complete(N), completeExceptionally(word), "
                + "get(), get(Nms), onComplete)");
    }

    /** Whether this step completes the promise (or tries to). */
    boolean completes() {
        return kind == Kind.COMPLETE || kind == Kind.FAIL;
    }

    /** The callback's name, c1, c2...: for an onComplete step. */
    String callback() {
        return "c" + number;
    }

    /** The step as the input writes it. */
    String input() {
        return switch (kind) {
            case COMPLETE -> "complete(" + number + ")";
            case FAIL -> "completeExceptionally(" + word + ")";
            case GET -> "get()";
            case GET_TIMED -> "get(" + number + "ms)";
            case ON_COMPLETE -> "onComplete";
        };
    }

    /** The event recorded just before the call: the input form, with the callback's name for onComplete. */
    String call() {
        return kind == Kind.ON_COMPLETE ? "onComplete(" + callback() + ")" : input();
    }

    /** The event recorded when the call returned or threw {@code outcome}. */
    String returned(String outcome) {
        return call() + " -> " + outcome;
    }
}
