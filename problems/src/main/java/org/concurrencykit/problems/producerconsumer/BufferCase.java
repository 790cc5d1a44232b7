package org.concurrencykit.problems.producerconsumer;

import java.util.HashSet;
import java.util.List;
import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of Producer-Consumer: how many producer and consumer threads share a buffer of
 * which capacity, and the items the producers put.
 *
 * <p>The items are split into {@code producers} consecutive runs, as equal as possible
 * (earlier runs one longer): producer i puts the i-th run, in order. The producer whose last
 * {@code put} returns last then calls {@code close()}. Each consumer takes until {@code take()}
 * returns {@code -1}, so how many items each consumer gets is up to the buffer.
 *
 * @param producers      number of producer threads, each calling {@code put}
 * @param consumers      number of consumer threads, each calling {@code take} until it returns -1
 * @param capacity       the buffer's capacity
 * @param items          the distinct items, in producer order
 * @param consumersFirst whether the judge starts the consumer threads before the producers
 */
public record BufferCase(int producers, int consumers, int capacity, List<Integer> items, boolean consumersFirst)
        implements TestCase {
    /** Most producer threads, and most consumer threads. */
    public static final int MAX_THREADS = 8;
    /** Largest capacity. */
    public static final int MAX_CAPACITY = 30;
    /** Most items in one case. */
    public static final int MAX_ITEMS = 200;
    /** Largest item value. */
    public static final int MAX_VALUE = 1000;

    public BufferCase {
        items = List.copyOf(items);
        require(producers >= 1 && producers <= MAX_THREADS, "producers must be in 1.." + MAX_THREADS);
        require(consumers >= 1 && consumers <= MAX_THREADS, "consumers must be in 1.." + MAX_THREADS);
        require(capacity >= 1 && capacity <= MAX_CAPACITY, "capacity must be in 1.." + MAX_CAPACITY);
        require(items.size() <= MAX_ITEMS, "at most " + MAX_ITEMS + " items");
        require(items.size() >= producers, "need at least one item per producer");
        require(items.stream().allMatch(e -> e >= 0 && e <= MAX_VALUE), "items must be in 0.." + MAX_VALUE);
        require(new HashSet<>(items).size() == items.size(), "items must be distinct");
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }

    /** The items producer {@code p} (0-based) puts, in order. */
    public List<Integer> run(int p) {
        return items.subList(share(items.size(), producers, p), share(items.size(), producers, p + 1));
    }

    /** Start of part {@code i} of {@code n} items cut into {@code parts} parts, earlier parts one longer. */
    private static int share(int n, int parts, int i) {
        return i * (n / parts) + Math.min(i, n % parts);
    }

    @Override
    public String input() {
        return "producers = " + producers + ", consumers = " + consumers + ", capacity = " + capacity
                + ", items = " + list(items) + (consumersFirst ? ", start = [consumers,producers]" : "");
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

    /** Events of one round: a call and a return per put, per take (one more per consumer) and for close. */
    @Override
    public int size() {
        return 2 * (2 * items.size() + consumers + 1);
    }
}
