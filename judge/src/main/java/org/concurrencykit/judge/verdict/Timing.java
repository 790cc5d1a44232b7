package org.concurrencykit.judge.verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a judgement's wall time went: named phases on one timeline, in milliseconds from
 * the moment the launcher started (or the judge's JVM, without the launcher). Phases of
 * the two engines' JVMs overlap, since they run side by side. Thread-safe.
 */
public final class Timing {
    /** One phase: its name, when it began and how long it took, both in ms. */
    public record Phase(String name, long startMillis, long millis) {
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phase", name);
            m.put("startMillis", startMillis);
            m.put("millis", millis);
            return m;
        }
    }

    /** Epoch ms of the timeline's zero. */
    private final long origin;
    /** Guarded by this. */
    private final List<Phase> phases = new ArrayList<>();

    /** A timeline starting at {@code originEpochMillis}. */
    public Timing(long originEpochMillis) {
        this.origin = originEpochMillis;
    }

    /** Epoch ms of the timeline's zero. */
    public long origin() {
        return origin;
    }

    /** Records a phase between two epoch-ms instants (ignored when either is unknown, i.e. not positive). */
    public synchronized void add(String name, long fromEpochMillis, long toEpochMillis) {
        if (fromEpochMillis > 0 && toEpochMillis >= fromEpochMillis) {
            phases.add(new Phase(name, fromEpochMillis - origin, toEpochMillis - fromEpochMillis));
        }
    }

    /** The phases so far, by start. */
    public synchronized List<Phase> phases() {
        List<Phase> sorted = new ArrayList<>(phases);
        sorted.sort(java.util.Comparator.comparingLong(Phase::startMillis));
        return sorted;
    }

    /** As a JSON-ready list. */
    public List<Map<String, Object>> toList() {
        return phases().stream().map(Phase::toMap).toList();
    }
}
