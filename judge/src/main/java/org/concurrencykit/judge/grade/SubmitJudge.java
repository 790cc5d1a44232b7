package org.concurrencykit.judge.grade;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.concurrencykit.judge.cli.ExitCodes;
import org.concurrencykit.judge.cli.JudgeCommand;
import org.concurrencykit.judge.engine.modelcheck.ModelCheckEngine;
import org.concurrencykit.judge.report.Json;
import org.concurrencykit.judge.report.TextReport;
import org.concurrencykit.judge.verdict.Result;
import org.concurrencykit.problems.spi.Problems;
import picocli.CommandLine.Help.Ansi;

/**
 * Judges one submission exactly as {@code judge submit <problem> <file> --seed <seed>} does: the
 * same command, run in this JVM with its output captured as JSON. Safe side by side: the judge's
 * JVM only compiles (javac, one task per call) and waits for its child JVMs, which run the
 * solution with their own heap and deadline; nothing in that path is static and mutable, and
 * nothing writes to System.out (BrokenSolutionsTest runs judgements two at a time the same way).
 */
public final class SubmitJudge {
    private SubmitJudge() {
    }

    /** Judges {@code f} with {@code seed}. Interrupted, it stops (its child JVMs are killed). */
    public static Judged judge(Discovery.Found f, long seed) {
        long start = System.currentTimeMillis();
        JudgeCommand.Captured run = JudgeCommand.capture("submit", f.problem(), f.path().toString(), "--seed",
                Long.toString(seed), "--format", "json", "--no-color");
        long millis = System.currentTimeMillis() - start;
        String reproduce = reproduce(f, seed);
        int exit = run.exit();
        if (exit == ExitCodes.ACCEPTED || exit == ExitCodes.REJECTED) {
            try {
                return fromJson(f, seed, millis, run.out().strip(), reproduce);
            } catch (RuntimeException e) {
                return failed(f, seed, millis, reproduce, Row.NOT_JUDGED, "unreadable report from submit: " + e.getMessage());
            }
        }
        String why = firstLine(run.err()).replaceFirst("^judge: ", "");
        return failed(f, seed, millis, reproduce, exit == ExitCodes.USAGE ? Row.BAD_INPUT : Row.NOT_JUDGED,
                why.isEmpty() ? "judge submit ended with exit code " + exit : why);
    }

    /** The command that gives this judgement again, as {@code judge submit} prints it. */
    static String reproduce(Discovery.Found f, long seed) {
        return System.getenv().getOrDefault("JUDGE_COMMAND", "judge") + " submit " + f.problem() + " " + f.path()
                + " --seed " + seed;
    }

    @SuppressWarnings("unchecked")
    private static Judged fromJson(Discovery.Found f, long seed, long millis, String json, String reproduce) {
        Map<String, Object> m = (Map<String, Object>) Json.parse(json);
        Result r = Result.fromMap(m);
        String engine = r.failure() != null ? r.failure().engine()
                : ModelCheckEngine.VALIDATED.contains(f.problem()) ? "stress+modelcheck" : "stress";
        String reason = r.failure() == null ? "" : firstLine(r.failure().message());
        Row row = new Row(f.student(), f.problem(), f.file(), r.verdict().name(), reason, seed, millis, engine,
                reproduce, false, "");
        StringWriter text = new StringWriter();
        new TextReport(Ansi.OFF, false).write(new PrintWriter(text), r, title(f.problem()), f.path().toString(),
                reproduce);
        if (r.failure() == null) {
            text.append("\nReproduce: ").append(reproduce).append('\n');
        }
        return new Judged(row, text.toString());
    }

    private static Judged failed(Discovery.Found f, long seed, long millis, String reproduce, String verdict, String why) {
        Row row = new Row(f.student(), f.problem(), f.file(), verdict, why, seed, millis, "", reproduce, false, "");
        return new Judged(row, verdict + "  " + title(f.problem()) + " · " + f.path() + "\n  " + why
                + "\n\nReproduce: " + reproduce + "\n");
    }

    private static String title(String slug) {
        return Problems.find(slug).map(p -> (p.info().number() > 0 ? p.info().number() + ". " : "") + p.info().title())
                .orElse(slug);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
