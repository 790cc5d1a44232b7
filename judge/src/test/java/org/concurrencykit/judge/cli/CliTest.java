package org.concurrencykit.judge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.concurrencykit.problems.spi.Primitive;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The command line: every subcommand's output and exit code, and one clear line for every kind of bad input. */
// Side by side with ReferenceSolutionsTest and each other (two at a time, see
// junit-platform.properties): every test waits mostly for its child JVMs.
@Execution(ExecutionMode.CONCURRENT)
@Timeout(120)
class CliTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void helpListsTheSubcommandsAndTheExitCodes() {
        Cli r = Cli.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("list", "show", "new", "run", "submit", "bench", "Exit codes:",
                "0    accepted", "1    rejected", "2    usage or input error", "70   internal error");
    }

    @Test
    void listGroupsProblemsByTrackWithNumberSlugTitleDifficultyRolesAndPrimitives() {
        Cli r = Cli.run("list");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).startsWith("LeetCode (9)")
                .anySatisfy(l -> assertThat(l).matches("1114\\s+print-in-order\\s+Print in Order\\s+Easy\\s+3\\s+"
                        + "synchronized, ReentrantLock, Semaphore, CountDownLatch, CompletableFuture, AtomicInteger"))
                .anySatisfy(l -> assertThat(l).matches("1115\\s+print-foobar-alternately\\s+Print FooBar Alternately\\s+Medium\\s+2\\s+.*"));
        List<String> lines = r.out().lines().toList();
        List<String> headings = lines.stream().filter(l -> l.matches("(LeetCode|Classic) \\(\\d+\\)")).toList();
        assertThat(headings).as("one heading per track that has problems").doesNotHaveDuplicates().isNotEmpty();
        for (Problem<?, ?> p : Problems.all()) {
            String heading = p.track().label() + " (";
            int section = lines.indexOf(lines.stream().filter(l -> l.startsWith(heading)).findFirst().orElseThrow());
            int row = lines.indexOf(lines.stream().filter(l -> l.contains(" " + p.info().slug() + " ")).findFirst().orElseThrow());
            assertThat(row).as("%s is listed under %s", p.info().slug(), p.track().label()).isGreaterThan(section);
            assertThat(lines.subList(section + 1, row)).noneMatch(l -> l.matches("(LeetCode|Classic) \\(\\d+\\)"));
        }
    }

    @Test
    void listFiltersByPrimitiveOrFamilyAndByTrack() {
        Cli semaphore = Cli.run("list", "--primitive", "Semaphore");
        assertThat(semaphore.exit()).isZero();
        for (Problem<?, ?> p : Problems.all()) {
            boolean teaches = p.primitives().contains(Primitive.SEMAPHORE);
            assertThat(semaphore.out().contains(" " + p.info().slug() + " ")).as(p.info().slug()).isEqualTo(teaches);
        }
        Cli latch = Cli.run("list", "--primitive", "count-down-latch");
        assertThat(latch.out()).contains(" print-in-order ").doesNotContain(" print-foobar-alternately ");
        Cli atomic = Cli.run("list", "--primitive", "atomic");
        assertThat(atomic.out()).contains(" the-dining-philosophers ", " traffic-light-controlled-intersection ")
                .doesNotContain(" print-foobar-alternately ");
        Cli leetcode = Cli.run("list", "--track", "LEETCODE");
        assertThat(leetcode.out()).contains("LeetCode (9)").doesNotContain("Classic (");
    }

    @Test
    void listRejectsAnUnknownPrimitiveInOneLineNamingTheKnownOnes() {
        Cli r = Cli.run("list", "--primitive", "spinlocks");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().findFirst().orElseThrow()).contains("no primitive matches 'spinlocks'", "semaphore",
                "countdownlatch");
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void theReadmeProblemTableIsWhatListPrintsAsMarkdown() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String begin = "<!-- problem-table:begin -->\n";
        int from = readme.indexOf(begin);
        int to = readme.indexOf("<!-- problem-table:end -->");
        assertThat(from).as("README.md has problem-table markers").isNotNegative();
        Cli r = Cli.run("list", "--format", "markdown");
        assertThat(readme.substring(from + begin.length(), to))
                .as("README's problem table is stale: run scripts/readme-problem-table").isEqualTo(r.out());
        for (Problem<?, ?> p : Problems.all()) {
            assertThat(r.out()).contains("| `" + p.info().slug() + "` |");
        }
    }

    @Test
    void showPrintsTheStatementAndTheSignatureButNoHints() {
        Cli r = Cli.run("show", "1115");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("# 1115. Print FooBar Alternately", "## Examples", "## Constraints",
                "public void foo(Runnable printFoo) throws InterruptedException", "judge show print-foobar-alternately --hint 1")
                .doesNotContain("## Hints", "Hint 1");
    }

    @Test
    void showRevealsHintsOneAtATime() {
        Cli one = Cli.run("show", "print-in-order", "--hint", "1");
        assertThat(one.out()).contains("Hint 1 of 4:").doesNotContain("Hint 2").contains("--hint 2");
        Cli two = Cli.run("show", "print-in-order", "--hint", "2");
        assertThat(two.out()).contains("Hint 1 of 4:", "Hint 2 of 4:").doesNotContain("Hint 3");
        Cli tooFar = Cli.run("show", "print-in-order", "--hint", "9");
        assertThat(tooFar.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooFar.err()).contains("--hint must be between 1 and 4");
    }

    @Test
    void newWritesAStarterThatCompilesAndRefusesToOverwrite() {
        Cli r = Cli.run("new", "print-foobar-alternately", "--dir", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(dir.resolve("FooBar.java")).exists().content().contains("class FooBar", "public FooBar(int n)");
        Cli again = Cli.run("new", "1115", "--dir", dir.toString());
        assertThat(again.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("already exists; pass --force");
        Cli run = Cli.run("run", "1115", dir.resolve("FooBar.java").toString(), "--seed", "1");
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.out()).startsWith("WRONG_ANSWER");
    }

    @Test
    void runShowsTheExamplesOutputs() {
        Cli r = Cli.run("run", "print-in-order", EXAMPLES.resolve("print-in-order/accepted/Foo.java").toString(),
                "--seed", "3");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("ACCEPTED").contains("Example nums = [1,2,3]", "output: \"firstsecondthird\"",
                "Example nums = [1,3,2]", "40 rounds over 2 cases");

        Cli queue = Cli.run("run", "1188", EXAMPLES.resolve("design-bounded-blocking-queue/accepted/BoundedBlockingQueue.java")
                .toString(), "--seed", "3");
        assertThat(queue.out()).as("in the problem's own form, not the raw event log")
                .contains("output: \"dequeue() returned [1,0,2,3,4]\"");

        Cli story = Cli.run("run", "verification-queue", EXAMPLES.resolve("verification-queue/accepted/VerificationQueue.java")
                .toString(), "--seed", "3");
        assertThat(story.exit()).as(story.out() + story.err()).isZero();
        assertThat(story.out()).as("a timeline: one indented line per story second")
                .contains("Example users = 5, referees = 2, every = 2, takes = 4\n      output:\n        "
                        + "  0s  user 1 joins")
                // the second a referee takes user 1 in depends on the delays the judge injects
                .containsPattern("\n        +\\d+s  [^\n]*referee \\d takes user 1")
                .containsPattern("\n        +\\d+s  [^\n]*user 5 joins")
                .containsPattern("\n        +\\d+s  [^\n]*close\\(\\) returns\n");
    }

    @Test
    void submitAcceptsACorrectPastedSolutionAndReportsInJson() {
        Cli r = Cli.run("submit", "1115", EXAMPLES.resolve("print-foobar-alternately/accepted/FooBar.java").toString(),
                "--seed", "5", "--format", "json");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        Map<String, Object> j = r.json();
        assertThat(j).containsEntry("problem", "print-foobar-alternately").containsEntry("verdict", "ACCEPTED")
                .containsEntry("seed", 5L).containsEntry("failure", null).containsKeys("rounds", "elapsedMillis");
        assertThat((Long) j.get("rounds")).isGreaterThan(100);
        assertThat(phases(j)).as("the timing of a full judgement: both engines' JVMs, side by side")
                .contains("compile and bind", "stress: stress", "modelcheck: model checker set-up",
                        "modelcheck: model checker exploration", "stress: JVM, start to exit",
                        "modelcheck: JVM, start to exit", "report");
    }

    @SuppressWarnings("unchecked")
    private static List<String> phases(Map<String, Object> json) {
        return ((List<Map<String, Object>>) json.get("timing")).stream().map(p -> {
            assertThat((Long) p.get("millis")).as("phase %s", p).isNotNegative();
            return (String) p.get("phase");
        }).toList();
    }

    @Test
    void submitRejectsSleepOrderingWithInputExpectedActualAndAReproduceCommand() {
        Path file = EXAMPLES.resolve("print-in-order/sleep-ordering/Foo.java");
        Cli r = Cli.run("submit", "print-in-order", file.toString(), "--seed", "11", "--format", "json");
        assertThat(r.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(r.json()).containsEntry("verdict", "WRONG_ANSWER");
        Map<String, Object> f = r.failure();
        assertThat(f.get("expected")).isEqualTo("firstsecondthird");
        assertThat(f.get("actual")).asString().isNotEqualTo("firstsecondthird").hasSize("firstsecondthird".length());
        assertThat(r.json().get("reproduce")).asString().contains("submit print-in-order", "--seed 11", "--input '" + f.get("input") + "'");
        Cli replay = Cli.run("submit", "print-in-order", file.toString(), "--seed", "11", "--input", (String) f.get("input"),
                "--format", "json");
        assertThat(replay.json()).containsEntry("verdict", "WRONG_ANSWER");
    }

    @Test
    void aHangReportsWhereEachThreadWaits() throws IOException {
        Path f = write("Foo.java", "class Foo {\n"
                + "  public void first(Runnable p) throws InterruptedException { p.run(); }\n"
                + "  public void second(Runnable p) throws InterruptedException { synchronized (this) { wait(); } p.run(); }\n"
                + "  public void third(Runnable p) throws InterruptedException { p.run(); }\n}\n");
        Cli r = Cli.run("submit", "1114", f.toString(), "--timeout", "500ms", "--no-color", "--seed", "2");
        assertThat(r.exit()).isEqualTo(ExitCodes.REJECTED);
        // Every thread waits and none is left to wake another: a hang at once, not after --timeout.
        assertThat(r.out()).startsWith("TIME_LIMIT_EXCEEDED").contains("and none can come: every thread left is waiting",
                "second  WAITING on Foo@", "at java.lang.Object.wait(", "at Foo.second(Foo.java:3)", "Reproduce: ");
    }

    @Test
    void explainSaysWhichProblemsTheModelCheckerIsEnabledFor() {
        Cli r = Cli.run("explain", "1242", EXAMPLES.resolve("web-crawler-multithreaded/accepted/Solution.java").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("the model checker is not enabled for web-crawler-multithreaded",
                "(validated on: building-h2o, ", "print-in-order, print-zero-even-odd", "countdown-latch, ");
    }

    @Test
    void aCompileErrorShowsJavacsDiagnosticsWithTheUsersLines() throws IOException {
        Path f = write("Foo.java", "class Foo {\n  public void first(Runnable p) {\n    p.run()\n  }\n}\n");
        Cli r = Cli.run("submit", "1114", f.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(r.out()).startsWith("COMPILE_ERROR").contains(f + ":3: error: ';' expected", "    p.run()");

        Cli jcstress = Cli.run("jcstress", "1114", f.toString());
        assertThat(jcstress.exit()).as(jcstress.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(jcstress.out()).as("the same report as submit's").isEqualTo(Cli.run("submit", "1114", f.toString(),
                "--no-color").out());
    }

    @Test
    void badInputGetsOneLineAndExitCodeTwo() throws IOException {
        Path ok = EXAMPLES.resolve("print-in-order/accepted/Foo.java");
        Path wrongName = write("Bar.java", "class Bar { }\n");
        Path missing = write("Foo.java", "class Foo {\n  public void first(Runnable p) { }\n  public void second(Runnable p) { }\n}\n");
        Path sig = write("FooBar.java", "class FooBar {\n  public FooBar(int n) { }\n"
                + "  public void foo(Runnable p) { }\n  public int bar(Runnable p) { return 0; }\n}\n");
        Files.createDirectories(dir.resolve("other"));
        Path noCtor = write("other/FooBar.java", "class FooBar {\n  public FooBar() { }\n"
                + "  public void foo(Runnable p) { }\n  public void bar(Runnable p) { }\n}\n");
        for (List<String> args : List.of(
                List.of("submit", "no-such-problem", ok.toString()),
                List.of("submit", "1114", dir.resolve("Nope.java").toString()),
                List.of("submit", "1114", dir.toString()),
                List.of("submit", "1114", wrongName.toString()),
                List.of("submit", "1114", missing.toString()),
                List.of("submit", "1114", EXAMPLES.resolve("print-in-order/accepted/foo.py").toString()),
                List.of("submit", "1114", ok.toString(), "--input", "nums = [1,1,1]"),
                List.of("submit", "1114", ok.toString(), "--time", "soon"),
                List.of("submit", "1114"),
                List.of("frobnicate"))) {
            Cli r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exit()).as("%s -> %s", args, r.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as("%s", args).startsWith("judge: ").doesNotContain("\tat ", "Exception in");
            assertThat(r.out()).as("%s", args).isEmpty();
        }
        assertThat(Cli.run("submit", "1114", missing.toString()).err()).contains(
                "class Foo has no method third; expected: public void third(Runnable printThird) throws InterruptedException");
        assertThat(Cli.run("submit", "1115", sig.toString()).err()).contains(
                "method bar of class FooBar returns int; expected: public void bar(Runnable printBar) throws InterruptedException");
        assertThat(Cli.run("submit", "1115", noCtor.toString()).err()).contains("class FooBar has no constructor FooBar(int)");
        assertThat(Cli.run("submit", "1114", wrongName.toString()).err()).contains("no class named Foo", "found: class Bar");
        assertThat(Cli.run("run", "1114", EXAMPLES.resolve("print-in-order/accepted/foo.py").toString()).err())
                .contains("is a Python file: Python solutions are not judged yet");
    }
}
