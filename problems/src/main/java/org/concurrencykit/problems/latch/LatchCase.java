package org.concurrencykit.problems.latch;

import java.util.List;
import java.util.Set;
import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of the latch problem: the count it starts with, and one thread per call, started
 * in the listed order: {@code countDown} calls {@code countDown()} once, {@code await} calls
 * {@code await()}, {@code awaitFor} calls {@code await(10, MILLISECONDS)}.
 *
 * @param count the latch's count
 * @param calls one thread per call, in start order
 */
public record LatchCase(int count, List<String> calls) implements TestCase {
    /** Largest count. */
    public static final int MAX_COUNT = 4;
    /** Most threads in one case. */
    public static final int MAX_CALLS = 8;
    /** The calls a thread may make. */
    public static final String COUNT_DOWN = "countDown";
    public static final String AWAIT = "await";
    public static final String AWAIT_FOR = "awaitFor";
    private static final Set<String> CALLS = Set.of(COUNT_DOWN, AWAIT, AWAIT_FOR);

    public LatchCase {
        calls = List.copyOf(calls);
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be in 0.." + MAX_COUNT);
        }
        if (calls.isEmpty() || calls.size() > MAX_CALLS) {
            throw new IllegalArgumentException("calls must name 1 to " + MAX_CALLS + " threads");
        }
        for (String c : calls) {
            if (!CALLS.contains(c)) {
                throw new IllegalArgumentException("a call is countDown, await or awaitFor, not: " + c);
            }
        }
        if (calls.contains(AWAIT) && countDowns(calls) < count) {
            throw new IllegalArgumentException("an await() thread needs at least count countDown threads,"
                    + " or it waits forever");
        }
    }

    private static long countDowns(List<String> calls) {
        return calls.stream().filter(COUNT_DOWN::equals).count();
    }

    /** How many threads call countDown(). */
    public int countDowns() {
        return (int) countDowns(calls);
    }

    /** Whether the latch opens in this case. */
    public boolean opens() {
        return countDowns() >= count;
    }

    @Override
    public String input() {
        return "count = " + count + ", calls = [" + String.join(",", calls) + "]";
    }

    /** A call and a return per thread. */
    @Override
    public int size() {
        return 2 * calls.size();
    }
}
