package org.concurrencykit.judge.report;

import java.io.PrintWriter;
import java.util.List;
import org.concurrencykit.judge.verdict.Failure;
import org.concurrencykit.judge.verdict.Result;
import org.concurrencykit.judge.verdict.Timing;
import org.concurrencykit.judge.verdict.ThreadReport;
import picocli.CommandLine.Help.Ansi;

/** The judge's report for people: verdict first, then the failing input and why, then how to reproduce. */
public final class TextReport {
    private final Ansi ansi;
    private final boolean verbose;

    public TextReport(Ansi ansi, boolean verbose) {
        this.ansi = ansi;
        this.verbose = verbose;
    }

    /** Writes the report of {@code r}, whose problem is titled {@code title}, judged from {@code file}. */
    public void write(PrintWriter out, Result r, String title, String file, String reproduce) {
        String colour = r.verdict().accepted() ? "bold,green" : "bold,red";
        out.println(ansi.string("@|" + colour + " " + r.verdict() + "|@") + "  " + title + " · " + file);
        out.printf("  %d rounds over %d cases in %.1f s, seed %d%n", r.rounds(), r.cases(), r.elapsedMillis() / 1000.0,
                r.seed());
        for (Result.Output o : r.outputs()) {
            if (o.output().contains("\n")) {
                // A timeline (the verification queue's story): one indented line each.
                out.printf("  Example %s%n      output:%n", o.input());
                o.output().lines().forEach(line -> out.println("        " + line));
            } else {
                out.printf("  Example %s%n      output: \"%s\"%n", o.input(), o.output());
            }
        }
        Failure f = r.failure();
        if (f != null) {
            failure(out, f);
        }
        for (String note : r.notes()) {
            out.println(ansi.string("  @|yellow note:|@ ") + note);
        }
        if (f != null) {
            out.println();
            out.println("Reproduce: " + reproduce);
        }
        out.flush();
    }

    private void failure(PrintWriter out, Failure f) {
        out.println();
        if (f.input() != null) {
            out.println(label("Input") + f.input() + (f.caseIndex() > 0 && f.round() > 0
                    ? "   (case " + f.caseIndex() + ", round " + f.round() + ")" : ""));
        }
        if (f.expected() != null) {
            out.println(label("Expected") + quote(f.expected()));
        }
        if (f.actual() != null) {
            out.println(label("Actual") + quote(f.actual()));
        }
        out.println(label("Why") + f.message());
        out.println(label("Found by") + f.engine() + " engine");
        if (!f.trace().isEmpty()) {
            out.println();
            f.trace().forEach(line -> out.println("  " + line));
        }
        if (!f.threads().isEmpty()) {
            out.println();
            out.println("  Threads when the judge gave up:");
            for (ThreadReport t : f.threads()) {
                thread(out, t);
            }
        }
        if (!f.trace().isEmpty() && !f.detail().isEmpty() && !verbose) {
            out.println();
            out.println("  The model checker's raw trace (" + f.detail().size() + " lines): --verbose, or --format json");
        } else if (!f.detail().isEmpty()) {
            out.println();
            List<String> detail = verbose || f.detail().size() <= 20 ? f.detail() : f.detail().subList(0, 20);
            for (String line : detail) {
                out.println("  " + line);
            }
            if (detail.size() < f.detail().size()) {
                out.println("  ... " + (f.detail().size() - detail.size()) + " more lines (--verbose)");
            }
        }
    }

    private void thread(PrintWriter out, ThreadReport t) {
        StringBuilder sb = new StringBuilder("    ").append(ansi.string("@|bold " + t.name() + "|@")).append("  ")
                .append(t.state());
        if (t.waitingOn() != null) {
            sb.append(" on ").append(t.waitingOn());
        }
        if (t.ownedBy() != null) {
            sb.append(" held by ").append(t.ownedBy());
        }
        if (!t.holds().isEmpty()) {
            sb.append("; holds ").append(String.join(", ", t.holds()));
        }
        out.println(sb);
        List<String> frames = verbose || t.frames().size() <= 8 ? t.frames() : t.frames().subList(0, 8);
        for (String frame : frames) {
            out.println("        at " + frame);
        }
    }

    private String label(String name) {
        return ansi.string("  @|bold " + String.format("%-9s", name + ":") + "|@ ");
    }

    private static String quote(String s) {
        return "\"" + (s.length() > 300 ? s.substring(0, 300) + "...\" (" + s.length() + " chars)" : s + "\"");
    }

    /** The judgement's phases, one line each: when each began and how long it took. */
    public static void writeTiming(PrintWriter out, Timing timing) {
        out.println();
        out.println("Timing (ms from the launcher's start; the engines' JVMs run side by side):");
        for (Timing.Phase p : timing.phases()) {
            out.printf("  %6d  %6d ms  %s%n", p.startMillis(), p.millis(), p.name());
        }
    }
}
