package org.concurrencykit.judge.verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first failing round of a judgement: what went in, what should have come out, what
 * did, and why.
 *
 * @param input     the case, in the problem's input syntax (reproduce with {@code --input})
 * @param expected  the correct output, or null when not known (a hang, a crash)
 * @param actual    what the round printed before it failed
 * @param message   the first rule broken, one sentence
 * @param caseIndex which case (from 1)
 * @param round     which round of that case (from 1)
 * @param engine    which engine found it ({@code stress})
 * @param threads   for hangs: where each thread waits
 * @param detail    extra lines: the deadlock cycle, or the exception's trimmed stack
 */
public record Failure(String input, String expected, String actual, String message, int caseIndex, int round,
                      String engine, List<ThreadReport> threads, List<String> detail) {
    public Failure {
        threads = List.copyOf(threads);
        detail = List.copyOf(detail);
    }

    /** As a JSON-ready map. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("expected", expected);
        m.put("actual", actual);
        m.put("message", message);
        m.put("case", caseIndex);
        m.put("round", round);
        m.put("engine", engine);
        m.put("threads", threads.stream().map(ThreadReport::toMap).toList());
        m.put("detail", detail);
        return m;
    }

    /** Reads back {@link #toMap()}. */
    public static Failure fromMap(Map<String, Object> m) {
        return new Failure(JsonMaps.str(m, "input"), JsonMaps.str(m, "expected"), JsonMaps.str(m, "actual"),
                JsonMaps.str(m, "message"), (int) JsonMaps.num(m, "case"), (int) JsonMaps.num(m, "round"),
                JsonMaps.str(m, "engine"),
                JsonMaps.maps(m, "threads").stream().map(ThreadReport::fromMap).toList(),
                JsonMaps.strings(m, "detail"));
    }
}
