package org.concurrencykit.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code judge bench} through bin/judge, as CI's one smoke run of the benchmarks (so they
 * cannot rot): {@code --quick} prints a positive number for every reference, the user's
 * class and both floors, and writes JMH's JSON; a problem without benchmarks is exit 2.
 * It checks that the numbers exist, never how large they are. Also {@code scripts/bench-report}:
 * its table and chart from a small JMH JSON, and README's table equal to what it generates.
 */
class BenchCommandIT {
    private static final Path ROOT = Launched.ROOT;
    /** A table row: name, ns/handoff, ratio to the park/unpark floor. */
    private static final Pattern ROW = Pattern.compile("^(\\S+(?: \\S+)?)\\s+(\\d+\\.\\d)\\s+(\\d+\\.\\d\\d)$", Pattern.MULTILINE);

    @TempDir
    Path cwd;

    private Launched run(List<String> command, int minutes, String... args) throws IOException, InterruptedException {
        return Launched.run(cwd, command, minutes, args);
    }

    private Launched judge(String... args) throws IOException, InterruptedException {
        return Launched.judge(cwd, 3, args);
    }

    @Test
    @Timeout(180)
    void aQuickRunShowsEveryReferenceYoursAndTheFloorsWithPositiveNumbers() throws Exception {
        Launched r = judge("bench", "print-foobar-alternately",
                ROOT.resolve("examples/print-foobar-alternately/accepted/FooBar.java").toString(), "--quick", "--out", "out");
        assertThat(r.exit()).as(r.out()).isZero();
        List<String> names = new ArrayList<>();
        Matcher m = ROW.matcher(r.out());
        while (m.find()) {
            names.add(m.group(1));
            assertThat(Double.parseDouble(m.group(2))).as(m.group()).isPositive();
            assertThat(Double.parseDouble(m.group(3))).as(m.group()).isPositive();
        }
        assertThat(names).as(r.out()).containsExactlyInAnyOrder("SynchronizedFooBar", "ReentrantLockFooBar",
                "SemaphoreFooBar", "CyclicBarrierFooBar", "BlockingQueueFooBar", "VolatileFooBar", "yours: FooBar",
                "floor: parkUnpark", "floor: volatileSpin");
        assertThat(cwd.resolve("out/bench.json")).isNotEmptyFile();
    }

    @Test
    @Timeout(60)
    void aProblemWithoutBenchmarksIsAOneLineUsageError() throws Exception {
        Launched r = judge("bench", "the-dining-philosophers");
        assertThat(r.exit()).as(r.out()).isEqualTo(2);
        assertThat(r.out().strip()).startsWith("judge: the-dining-philosophers has no benchmarks").doesNotContain("\n");
    }

    @Test
    @Timeout(180)
    void judgeTimesMeasuresAReferenceAndABrokenSolutionAndWritesItsTables() throws Exception {
        Launched r = run(List.of("python3", ROOT.resolve("scripts/judge-times").toString()), 3, "--problems",
                "print-in-order", "--quick", "--out", cwd.resolve("times").toString());
        assertThat(r.exit()).as(r.out()).isZero();
        String md = Files.readString(cwd.resolve("times/judge-times.md"), StandardCharsets.UTF_8);
        assertThat(md).as(r.out()).contains("| `print-in-order` |", "| SynchronizedPrintInOrder | reference |",
                "| broken |", "1/1 |");
        assertThat(cwd.resolve("times/judge-times.json")).isNotEmptyFile();
    }

    private Launched script(String... args) throws IOException, InterruptedException {
        return run(List.of("python3", ROOT.resolve("scripts/bench-report").toString()), 1, args);
    }

    @Test
    @Timeout(60)
    void benchReportWritesATableAndAChartOfRatiosToTheParkFloor() throws Exception {
        String json = """
                [{"benchmark": "org.concurrencykit.benchmarks.floor.HandoffFloor.parkUnpark",
                  "primaryMetric": {"score": 2000.0, "scoreError": "NaN"}},
                 {"benchmark": "org.concurrencykit.benchmarks.foobar.FooBarBenchmark.handoff",
                  "params": {"solution": "SemaphoreFooBar"},
                  "primaryMetric": {"score": 5000.0, "scoreError": 100.0}}]
                """;
        Files.writeString(cwd.resolve("in.json"), json);
        Launched r = script(cwd.resolve("in.json").toString(), "--out", cwd.resolve("docs").toString(), "--no-readme");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(Files.readString(cwd.resolve("docs/bench.md")))
                .contains("| floor | parkUnpark | 2,000 | - | 1.00 |",
                        "| `print-foobar-alternately` | SemaphoreFooBar | 5,000 | 100 | 2.50 |");
        assertThat(Files.readString(cwd.resolve("docs/bench.svg")))
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("SemaphoreFooBar", "2.50×");
    }

    @Test
    @Timeout(60)
    void theReadmeTableIsWhatBenchReportGeneratesFromTheCommittedJson() throws Exception {
        Path readme = cwd.resolve("README.md");
        Files.copy(ROOT.resolve("README.md"), readme);
        Launched r = script(ROOT.resolve("docs/bench/bench.json").toString(), "--out", cwd.resolve("docs").toString(),
                "--readme", readme.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(Files.readString(readme)).as("README's benchmark table; run scripts/bench-report docs/bench/bench.json")
                .isEqualTo(Files.readString(ROOT.resolve("README.md")));
    }
}
