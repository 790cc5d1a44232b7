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
 * @param engine    which engine found it ({@code stress} or {@code modelcheck})
 * @param threads   for hangs: where each thread waits
 * @param detail    extra lines: the deadlock cycle, or the exception's trimmed stack, or the
 *                  model checker's raw trace
 * @param trace     the failing interleaving in the user's terms, one event per line (model checker)
 */
public record Failure(String input, String expected, String actual, String message, int caseIndex, int round,
                      String engine, List<ThreadReport> threads, List<String> detail, List<String> trace) {
    public Failure {
        threads = List.copyOf(threads);
        detail = List.copyOf(detail);
        trace = List.copyOf(trace);
    }

    /** A failure without an interleaving trace. */
    public Failure(String input, String expected, String actual, String message, int caseIndex, int round,
                   String engine, List<ThreadReport> threads, List<String> detail) {
        this(input, expected, actual, message, caseIndex, round, engine, threads, detail, List.of());
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
        m.put("trace", trace);
        return m;
    }

    /** Reads back {@link #toMap()}. */
    public static Failure fromMap(Map<String, Object> m) {
        return new Failure(JsonMaps.str(m, "input"), JsonMaps.str(m, "expected"), JsonMaps.str(m, "actual"),
                JsonMaps.str(m, "message"), (int) JsonMaps.num(m, "case"), (int) JsonMaps.num(m, "round"),
                JsonMaps.str(m, "engine"),
                JsonMaps.maps(m, "threads").stream().map(ThreadReport::fromMap).toList(),
                JsonMaps.strings(m, "detail"), JsonMaps.strings(m, "trace"));
    }
}
