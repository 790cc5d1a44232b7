package org.concurrencykit.problems.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * The totally ordered record of a round's events. Appends are serialized by this log's
 * monitor; that order is the order the checker judges.
 */
public final class EventLog {
    /** Guarded by this. */
    private final List<Event> events = new ArrayList<>();

    /** Appends an event for the calling thread and returns it. */
    public synchronized Event add(String token) {
        Event e = new Event(events.size(), Thread.currentThread().getName(), token, System.nanoTime());
        events.add(e);
        return e;
    }

    /** A snapshot of the events so far, in order. */
    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** Number of events so far. */
    public synchronized int size() {
        return events.size();
    }

    /** A new log holding this log's first {@code n} events (all of them when there are fewer). */
    public synchronized EventLog prefix(int n) {
        EventLog p = new EventLog();
        p.events.addAll(events.subList(0, Math.min(n, events.size())));
        return p;
    }

    /** The tokens concatenated, the way LeetCode shows an output string. */
    public synchronized String joined() {
        StringBuilder sb = new StringBuilder();
        for (Event e : events) {
            sb.append(e.token());
        }
        return sb.toString();
    }
}
