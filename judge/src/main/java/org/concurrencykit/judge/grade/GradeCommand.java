package org.concurrencykit.judge.grade;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.concurrencykit.judge.cli.ExitCodes;
import org.concurrencykit.judge.report.Json;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code judge grade}: judges a whole class's submissions, in parallel, into reports CI systems read. */
@Command(name = "grade", mixinStandardHelpOptions = true, description = {
        "Judge every solution under a folder, as judge submit does each (same verdicts, seeds and reproduce "
                + "lines), several at a time, each in its own child JVMs. Layout: <student>/<problem>/<File>.java "
                + "(problem = slug or LeetCode number), or with --problem a flat folder of <student>.java files.",
        "Writes to --out: junit.xml (one testcase per submission), summary.csv, summary.json, index.html (a "
                + "verdict matrix linking each report) and reports/ (each text report, and the results cache: "
                + "a re-run judges only files, or a judge, that changed).",
        "Exit code: 0 when every submission got a verdict (whatever the verdicts), 2 for a missing or empty "
                + "folder, 3 when the judge could not judge some submission."},
        footerHeading = "%nExamples:%n", footer = {
            "  judge grade class/ --out grades",
            "  judge grade answers/ --problem print-in-order --jobs 4",
            "  judge grade class/ --shard 2/4 --out shard-2      (one job of a CI matrix)",
            "  judge grade --merge shard-1 shard-2 shard-3 shard-4 --out grades", ""})
public final class GradeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<dir>",
            description = "the class's folder (with --merge: the shards' output folders)")
    List<Path> dirs;

    @Option(names = "--problem", paramLabel = "<problem>",
            description = "every file is a solution of this problem (slug or LeetCode number): a flat folder")
    String problemName;

    @Option(names = "--jobs", paramLabel = "N", description = "judgements at a time (default: the machine's cores)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "<dir>", description = "where the reports go (default: ${DEFAULT-VALUE})")
    Path out = Path.of("grade-out");

    @Option(names = "--seed", paramLabel = "N",
            description = "judge every submission with this seed (default: a random one each, kept in its row)")
    Long seed;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "judge only shard K of N: the submissions sorted by student/problem/file, dealt round-robin")
    String shard;

    @Option(names = "--merge", description = "join the outputs of shards (the <dir>s) into one, in --out")
    boolean merge;

    @Option(names = "--deadline", paramLabel = "SECONDS",
            description = "a submission with no verdict after this long is stopped and reported not judged "
                    + "(default: ${DEFAULT-VALUE})")
    long deadlineSeconds = 600;

    @Option(names = "--verbose", description = "stack traces of the judge's own errors")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (merge) {
            return merge();
        }
        if (dirs.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give one folder to grade (several only with --merge)");
        }
        Problem<?, ?> problem = problemName == null ? null : Problems.find(problemName).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "unknown problem '" + problemName + "'"));
        Shard part;
        try {
            part = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shard: " + e.getMessage());
        }
        List<Discovery.Found> found;
        try {
            found = part.of(Discovery.find(dirs.get(0), problem, out), Discovery.Found::key);
        } catch (Discovery.NothingToGrade e) {
            return usage(e.getMessage());
        }
        String judge = judgeVersion();
        List<Judged> judged = grade(found, judge);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("graded", dirs.get(0).toString());
        about.put("shard", part.toString());
        about.put("judge", judge);
        return finish(judged, about);
    }

    /** Judges what the cache (kept for {@code judge}, the judge's version) does not already hold. */
    private List<Judged> grade(List<Discovery.Found> found, String judge) throws InterruptedException {
        ResultsCache cache = new ResultsCache(out, judge);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, System.console() != null, found.size(), 10_000, System::currentTimeMillis);
        Map<String, Judged> byKey = new LinkedHashMap<>();
        List<Discovery.Found> toJudge = new ArrayList<>();
        for (Discovery.Found f : found) {
            Judged j = f.bad() != null ? Judged.of(f.badRow()) : cache.lookup(f, seed);
            if (j == null) {
                toJudge.add(f);
            } else {
                byKey.put(f.key(), j);
                progress.done(j.row());
            }
        }
        SecureRandom random = new SecureRandom();
        Thread hook = new Thread(GradeCommand::killChildren, "grade-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            new Runner(jobs, deadlineSeconds * 1000).run(toJudge, f -> {
                long s = seed != null ? seed : random.nextLong() & Long.MAX_VALUE;
                return SubmitJudge.judge(f, s);
            }, j -> {
                Discovery.Found f = toJudge.stream().filter(t -> t.key().equals(j.row().key())).findFirst().orElseThrow();
                Judged kept = cache.store(f, seed, j);
                synchronized (byKey) {
                    byKey.put(f.key(), kept);
                }
                progress.done(kept.row());
            }, progress::tick);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs
            }
        }
        return found.stream().map(f -> byKey.get(f.key())).toList();
    }

    /** Ctrl-C: the child JVMs of running judgements end with the grade. */
    private static void killChildren() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private int merge() throws IOException {
        List<Judged> all = new ArrayList<>();
        List<String> shards = new ArrayList<>();
        for (Path dir : dirs) {
            Path summary = dir.resolve("summary.json");
            if (!Files.isRegularFile(summary)) {
                return usage("not a grade output: no summary.json in " + dir);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) Json.parse(Files.readString(summary, StandardCharsets.UTF_8));
            shards.add(String.valueOf(m.get("shard")));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) m.get("rows");
            for (Map<String, Object> rm : rows) {
                Row r = Row.fromMap(rm);
                Path report = r.report().isEmpty() ? null : dir.resolve(r.report()).normalize();
                if (report == null || !report.startsWith(dir.resolve("reports").normalize())
                        || !Files.isRegularFile(report)) {
                    all.add(Judged.of(r.with("", r.cached())));
                } else {
                    String text = Files.readString(report, StandardCharsets.UTF_8);
                    ResultsCache.write(out.resolve(r.report()), text);
                    all.add(new Judged(r, text));
                }
            }
        }
        all.sort(Comparator.comparing(j -> j.row().key()));
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("merged", dirs.stream().map(Path::toString).toList());
        about.put("shards", shards);
        about.put("judge", judgeVersion());
        return finish(all, about);
    }

    private int finish(List<Judged> judged, Map<String, Object> about) throws IOException {
        List<Row> rows = judged.stream().map(Judged::row).toList();
        Files.createDirectories(out);
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", "");
        ResultsCache.write(out.resolve("junit.xml"), Reports.junit(judged, now));
        ResultsCache.write(out.resolve("summary.csv"), Reports.csv(rows));
        ResultsCache.write(out.resolve("summary.json"), Reports.json(rows, about));
        ResultsCache.write(out.resolve("index.html"), Reports.html(rows, "Grades: " + about.getOrDefault("graded",
                about.get("merged"))));
        PrintWriter o = spec.commandLine().getOut();
        writeTable(o, rows);
        o.println();
        o.println(Reports.countsLine(rows) + "; " + rows.stream().filter(Row::cached).count() + " from the cache");
        o.println("Reports: " + out.resolve("index.html") + ", junit.xml, summary.csv, summary.json");
        o.flush();
        return rows.stream().anyMatch(Row::notJudged) ? ExitCodes.NOT_ALL_JUDGED : ExitCodes.ACCEPTED;
    }

    private static void writeTable(PrintWriter o, List<Row> rows) {
        int ws = Math.max(7, rows.stream().mapToInt(r -> r.student().length()).max().orElse(0));
        int wp = Math.max(7, rows.stream().mapToInt(r -> (r.problem() + "/" + fileName(r)).length()).max().orElse(0));
        String fmt = "%-" + ws + "s  %-" + wp + "s  %-19s  %s%n";
        o.printf(fmt, "student", "problem", "verdict", "why");
        for (Row r : rows) {
            String why = r.reason().length() > 100 ? r.reason().substring(0, 97) + "..." : r.reason();
            o.printf(fmt, r.student(), r.problem() + "/" + fileName(r), r.verdict(), why);
        }
    }

    private static String fileName(Row r) {
        return r.file().substring(r.file().lastIndexOf('/') + 1);
    }

    private int usage(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.commandLine().getColorScheme().errorText("judge: " + message));
        err.flush();
        return ExitCodes.USAGE;
    }

    /** The judge's version and a digest of its code: a rebuilt judge judges again. */
    static String judgeVersion() {
        String v = GradeCommand.class.getPackage().getImplementationVersion();
        try {
            Path code = Path.of(GradeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return (v == null ? "" : v + " ") + ResultsCache.sha256(Files.readAllBytes(code)).substring(0, 16);
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // below
        }
        return v == null ? "development" : v;
    }
}
