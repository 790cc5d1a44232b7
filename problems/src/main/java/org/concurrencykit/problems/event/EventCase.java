package org.concurrencykit.problems.event;

import java.util.List;
import java.util.Set;
import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of the event problem: one thread per call, making its call in the listed order.
 * A call begins once the one before it has settled: returned, or (for an {@code await})
 * blocked inside the event. {@code set}, {@code clear} and {@code isSet} make that call;
 * {@code pulse} calls {@code set()} and then at once {@code clear()}; {@code await} calls
 * {@code await()}, {@code awaitFor} calls {@code await(10)}.
 *
 * @param calls one thread per call, in order
 */
public record EventCase(List<String> calls) implements TestCase {
    /** Most threads in one case. */
    public static final int MAX_CALLS = 8;
    public static final String SET = "set";
    public static final String CLEAR = "clear";
    public static final String IS_SET = "isSet";
    public static final String PULSE = "pulse";
    public static final String AWAIT = "await";
    public static final String AWAIT_FOR = "awaitFor";
    private static final Set<String> CALLS = Set.of(SET, CLEAR, IS_SET, PULSE, AWAIT, AWAIT_FOR);

    public EventCase {
        calls = List.copyOf(calls);
        if (calls.isEmpty() || calls.size() > MAX_CALLS) {
            throw new IllegalArgumentException("calls must name 1 to " + MAX_CALLS + " threads");
        }
        for (String c : calls) {
            if (!CALLS.contains(c)) {
                throw new IllegalArgumentException("a call is set, clear, isSet, pulse, await or awaitFor, not: " + c);
            }
        }
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).equals(AWAIT) && !released(calls, i)) {
                throw new IllegalArgumentException("every await needs a set or pulse after it (or a set flag"
                        + " when it comes), or it waits forever");
            }
        }
    }

    /**
     * Whether the await at {@code i} surely returns: it finds the flag set (the calls before it
     * have returned when it calls), or a set comes after it.
     */
    private static boolean released(List<String> calls, int i) {
        List<String> after = calls.subList(i + 1, calls.size());
        boolean set = false;
        for (String c : calls.subList(0, i)) {
            set = c.equals(SET) || (set && !c.equals(CLEAR) && !c.equals(PULSE));
        }
        return set || after.contains(SET) || after.contains(PULSE);
    }

    @Override
    public String input() {
        return "calls = [" + String.join(",", calls) + "]";
    }

    /** A call and a return per thread, two of each for a pulse, and a note per blocked waiter. */
    @Override
    public int size() {
        int n = 0;
        for (String c : calls) {
            n += c.equals(PULSE) ? 4 : c.startsWith(AWAIT) ? 3 : 2;
        }
        return n;
    }
}
