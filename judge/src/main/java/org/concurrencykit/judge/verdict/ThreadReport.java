package org.concurrencykit.judge.verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one thread of a hung round stands.
 *
 * @param name      the thread's name (the role it plays: {@code first}, {@code foo}...)
 * @param state     its {@link Thread.State}
 * @param waitingOn the lock or condition it waits for, or null
 * @param ownedBy   the thread holding that lock, or null
 * @param holds     locks it holds
 * @param frames    its stack, trimmed to the solution's frames and the JDK call it blocks in
 */
public record ThreadReport(String name, String state, String waitingOn, String ownedBy,
                           List<String> holds, List<String> frames) {
    public ThreadReport {
        holds = List.copyOf(holds);
        frames = List.copyOf(frames);
    }

    /** As a JSON-ready map. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("state", state);
        m.put("waitingOn", waitingOn);
        m.put("ownedBy", ownedBy);
        m.put("holds", holds);
        m.put("frames", frames);
        return m;
    }

    /** Reads back {@link #toMap()}. */
    public static ThreadReport fromMap(Map<String, Object> m) {
        return new ThreadReport(JsonMaps.str(m, "name"), JsonMaps.str(m, "state"), JsonMaps.str(m, "waitingOn"),
                JsonMaps.str(m, "ownedBy"), JsonMaps.strings(m, "holds"), JsonMaps.strings(m, "frames"));
    }
}
