package org.concurrencykit.problems.barrier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of Reusable Barrier: how many threads meet, for how many phases, and the order
 * in which the judge starts them.
 *
 * @param threads how many threads share the barrier (its parties), numbered from 1
 * @param phases  how many phases each thread runs, calling {@code await()} after each
 * @param start   the threads' numbers in the order their threads are started
 */
public record Meeting(int threads, int phases, List<Integer> start) implements TestCase {
    /** Most threads. */
    public static final int MAX_THREADS = 8;
    /** Most phases. */
    public static final int MAX_PHASES = 20;

    public Meeting {
        start = List.copyOf(start);
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be in 1.." + MAX_THREADS + ", got " + threads);
        }
        if (phases < 1 || phases > MAX_PHASES) {
            throw new IllegalArgumentException("phases must be in 1.." + MAX_PHASES + ", got " + phases);
        }
        if (start.size() != threads || !start.containsAll(inOrder(threads))) {
            throw new IllegalArgumentException("start must be an order of the threads 1.." + threads + ", got " + start);
        }
    }

    /** A meeting whose threads start in their own order. */
    public Meeting(int threads, int phases) {
        this(threads, phases, inOrder(threads));
    }

    /** The threads 1..n in order. */
    static List<Integer> inOrder(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    /** The same meeting with its threads started last first. */
    Meeting reversed() {
        List<Integer> r = new ArrayList<>(start);
        Collections.reverse(r);
        return new Meeting(threads, phases, r);
    }

    @Override
    public String input() {
        String s = "threads = " + threads + ", phases = " + phases;
        if (start.equals(inOrder(threads))) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s).append(", start = [");
        for (int i = 0; i < start.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(start.get(i));
        }
        return sb.append(']').toString();
    }

    @Override
    public int size() {
        return threads * (phases + 1);
    }
}
