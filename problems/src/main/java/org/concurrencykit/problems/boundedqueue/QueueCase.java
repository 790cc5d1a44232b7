package org.concurrencykit.problems.boundedqueue;

import java.util.HashSet;
import java.util.List;
import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of Design Bounded Blocking Queue: how many producer and consumer threads share a
 * queue of which capacity, and the elements the producers enqueue.
 *
 * <p>The elements are split into {@code producers} consecutive runs, as equal as possible
 * (earlier runs one longer): producer i enqueues the i-th run, in order. The dequeues are
 * split the same way among the consumers, so that all of them together dequeue every element.
 *
 * @param producers      number of producer threads, each calling {@code enqueue}
 * @param consumers      number of consumer threads, each calling {@code dequeue}
 * @param capacity       the queue's capacity
 * @param elements       the distinct elements, in producer order
 * @param consumersFirst whether the judge starts the consumer threads before the producers
 */
public record QueueCase(int producers, int consumers, int capacity, List<Integer> elements, boolean consumersFirst)
        implements TestCase {
    /** Most producer threads, and most consumer threads. */
    public static final int MAX_THREADS = 8;
    /** Largest capacity. */
    public static final int MAX_CAPACITY = 30;
    /** Most elements in one case. */
    public static final int MAX_ELEMENTS = 200;
    /** Largest element value. */
    public static final int MAX_VALUE = 1000;

    public QueueCase {
        elements = List.copyOf(elements);
        require(producers >= 1 && producers <= MAX_THREADS, "producers must be in 1.." + MAX_THREADS);
        require(consumers >= 1 && consumers <= MAX_THREADS, "consumers must be in 1.." + MAX_THREADS);
        require(capacity >= 1 && capacity <= MAX_CAPACITY, "capacity must be in 1.." + MAX_CAPACITY);
        require(elements.size() <= MAX_ELEMENTS, "at most " + MAX_ELEMENTS + " elements");
        require(elements.size() >= Math.max(producers, consumers),
                "need at least one element per producer and per consumer");
        require(elements.stream().allMatch(e -> e >= 0 && e <= MAX_VALUE), "elements must be in 0.." + MAX_VALUE);
        require(new HashSet<>(elements).size() == elements.size(), "elements must be distinct");
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }

    /** The elements producer {@code p} (0-based) enqueues, in order. */
    public List<Integer> run(int p) {
        return elements.subList(share(elements.size(), producers, p), share(elements.size(), producers, p + 1));
    }

    /** How many dequeues consumer {@code c} (0-based) makes. */
    public int dequeues(int c) {
        return share(elements.size(), consumers, c + 1) - share(elements.size(), consumers, c);
    }

    /** Start of part {@code i} of {@code n} items cut into {@code parts} parts, earlier parts one longer. */
    private static int share(int n, int parts, int i) {
        return i * (n / parts) + Math.min(i, n % parts);
    }

    /** Whether one producer and one consumer share the queue: then the dequeue order is fixed. */
    public boolean singleFile() {
        return producers == 1 && consumers == 1;
    }

    @Override
    public String input() {
        return "producers = " + producers + ", consumers = " + consumers + ", capacity = " + capacity
                + ", elements = " + list(elements) + (consumersFirst ? ", start = [consumers,producers]" : "");
    }

    /** The list as inputs write it: runs of four or more consecutive ascending values as {@code a..b}. */
    static String list(List<Integer> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); ) {
            int j = i;
            while (j + 1 < values.size() && values.get(j + 1) == values.get(j) + 1) {
                j++;
            }
            if (i > 0) {
                sb.append(',');
            }
            if (j - i >= 3) {
                sb.append(values.get(i)).append("..").append(values.get(j));
                i = j + 1;
            } else {
                sb.append(values.get(i));
                i++;
            }
        }
        return sb.append(']').toString();
    }

    @Override
    public int size() {
        return 2 * elements.size();
    }
}
