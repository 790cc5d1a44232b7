package org.concurrencykit.judge.verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concurrencykit.problems.spi.Verdict;

/**
 * What a judgement found.
 *
 * @param problem       the problem's slug
 * @param verdict       the verdict
 * @param seed          the seed that drew the cases and the delays
 * @param rounds        rounds run (all of them, or up to the failing one)
 * @param cases         cases run
 * @param elapsedMillis wall time of the judgement
 * @param failure       the first failure, or null when accepted
 * @param outputs       for each example that ran: its input and first output ({@code judge run})
 * @param notes         remarks that do not change the verdict (busy-waiting, time budget...)
 */
public record Result(String problem, Verdict verdict, long seed, int rounds, int cases, long elapsedMillis,
                     Failure failure, List<Output> outputs, List<String> notes) {
    public Result {
        outputs = List.copyOf(outputs);
        notes = List.copyOf(notes);
    }

    /** An example's input and what the solution printed for it. */
    public record Output(String input, String output) {
    }

    /** A copy with another elapsed time and extra notes. */
    public Result withElapsed(long millis, List<String> moreNotes) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(moreNotes);
        return new Result(problem, verdict, seed, rounds, cases, millis, failure, outputs, all);
    }

    /** As a JSON-ready map; the keys are the judge's documented JSON report. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("problem", problem);
        m.put("verdict", verdict);
        m.put("seed", seed);
        m.put("rounds", rounds);
        m.put("cases", cases);
        m.put("elapsedMillis", elapsedMillis);
        m.put("failure", failure == null ? null : failure.toMap());
        m.put("outputs", outputs.stream().map(o -> {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("input", o.input());
            om.put("output", o.output());
            return om;
        }).toList());
        m.put("notes", notes);
        return m;
    }

    /** Reads back {@link #toMap()}. */
    public static Result fromMap(Map<String, Object> m) {
        Object f = m.get("failure");
        return new Result(JsonMaps.str(m, "problem"), Verdict.valueOf(JsonMaps.str(m, "verdict")),
                JsonMaps.num(m, "seed"), (int) JsonMaps.num(m, "rounds"), (int) JsonMaps.num(m, "cases"),
                JsonMaps.num(m, "elapsedMillis"), f == null ? null : Failure.fromMap(JsonMaps.map(f)),
                JsonMaps.maps(m, "outputs").stream()
                        .map(o -> new Output(JsonMaps.str(o, "input"), JsonMaps.str(o, "output"))).toList(),
                JsonMaps.strings(m, "notes"));
    }
}
