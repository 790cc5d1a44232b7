package org.concurrencykit.judge.grade;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One submission's line in a class's grade: who, which problem, which file, and what the judge
 * said (a verdict of {@code judge submit}, or {@link #BAD_INPUT} / {@link #NOT_JUDGED}).
 *
 * @param student   the student's folder name
 * @param problem   the problem's slug, or the folder name as given when it names no problem
 * @param file      the file's path relative to the graded folder, with {@code /}
 * @param verdict   a {@link org.concurrencykit.problems.spi.Verdict} name, {@link #BAD_INPUT} or {@link #NOT_JUDGED}
 * @param reason    why, one line: the failure's message, the bad input, the judge's error; empty when accepted
 * @param seed      the seed judged with, or null when not judged
 * @param millis    wall time of the judgement (0 when not judged)
 * @param engine    which engine decided: {@code stress}, {@code modelcheck}, {@code stress+modelcheck}
 *                  (accepted by both), {@code compiler}, or empty
 * @param reproduce the command that gives the same judgement, or empty
 * @param cached    whether the verdict came from the results cache of an earlier run
 * @param report    the text report's path relative to the output folder, or empty
 */
public record Row(String student, String problem, String file, String verdict, String reason, Long seed,
                  long millis, String engine, String reproduce, boolean cached, String report) {
    /** The file could not be judged as it is: unreadable, unknown problem, a second solution... */
    public static final String BAD_INPUT = "BAD_INPUT";
    /** The judge failed or gave no verdict in time: the only outcome that makes the grade incomplete. */
    public static final String NOT_JUDGED = "NOT_JUDGED";
    /** The verdict of accepted submissions. */
    public static final String ACCEPTED = "ACCEPTED";

    /** A row for a file that is not judged, with the reason. */
    public static Row badInput(String student, String problem, String file, String reason) {
        return new Row(student, problem, file, BAD_INPUT, reason, null, 0, "", "", false, "");
    }

    /** Whether the judge accepted it. */
    public boolean accepted() {
        return ACCEPTED.equals(verdict);
    }

    /** Whether the judge itself could not give a verdict (JUnit's {@code <error>}). */
    public boolean notJudged() {
        return NOT_JUDGED.equals(verdict);
    }

    /** The key that orders rows and names one submission: {@code student/problem/file-name}. */
    public String key() {
        return student + "/" + problem + "/" + file;
    }

    /** This row with another report path and cache flag. */
    public Row with(String reportPath, boolean fromCache) {
        return new Row(student, problem, file, verdict, reason, seed, millis, engine, reproduce, fromCache, reportPath);
    }

    /** As a JSON-ready map (the summary's row). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("student", student);
        m.put("problem", problem);
        m.put("file", file);
        m.put("verdict", verdict);
        m.put("reason", reason);
        m.put("seed", seed);
        m.put("millis", millis);
        m.put("engine", engine);
        m.put("reproduce", reproduce);
        m.put("cached", cached);
        m.put("report", report);
        return m;
    }

    /** Reads back {@link #toMap()}. */
    public static Row fromMap(Map<String, Object> m) {
        Object seed = m.get("seed");
        return new Row(str(m, "student"), str(m, "problem"), str(m, "file"),
                str(m, "verdict"), str(m, "reason"),
                seed == null ? null : ((Number) seed).longValue(), m.get("millis") instanceof Number n ? n.longValue() : 0L,
                str(m, "engine"), str(m, "reproduce"), Boolean.TRUE.equals(m.get("cached")),
                str(m, "report"));
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : v.toString();
    }
}
