package org.concurrencykit.judge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * {@code judge explain}: the model checker alone, through the real command line and a child
 * JVM. Its report names the engine, shows the interleaving in the user's terms, keeps the
 * raw trace for {@code --verbose}, and replays the same failure from the command it prints.
 */
// Side by side with ReferenceSolutionsTest and each other (two at a time, see
// junit-platform.properties): every test waits mostly for its child JVMs.
@Execution(ExecutionMode.CONCURRENT)
@Timeout(180)
class ExplainCommandTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void isListedInTheHelp() {
        assertThat(Cli.run("--help").out()).contains("explain", "judge explain print-in-order");
        assertThat(Cli.run("explain", "--help").out()).contains("interleaving", "--seed", "--input", "--verbose");
    }

    @Test
    void showsTheFailingInterleavingAndReplaysItFromTheReportedSeedAndInput() {
        String file = EXAMPLES.resolve("print-in-order/signal-before-print/Foo.java").toString();
        Cli r = Cli.run("explain", "print-in-order", file, "--seed", "3", "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(r.json().get("verdict")).isEqualTo("WRONG_ANSWER");
        Map<String, Object> f = r.failure();
        assertThat(f.get("engine")).isEqualTo("modelcheck");
        @SuppressWarnings("unchecked")
        List<String> trace = (List<String>) f.get("trace");
        assertThat(trace).anyMatch(l -> l.contains("printSecond.run() -> \"second\""))
                .allMatch(l -> ("  " + l).length() <= 100);
        assertThat((List<?>) f.get("detail")).as("the raw trace").anyMatch(l -> l.toString().contains("Detailed trace:"));
        assertThat(r.json().get("reproduce")).asString().contains("explain print-in-order", "--seed 3", "--input");

        Cli replay = Cli.run("explain", "print-in-order", file, "--seed", "3", "--input", (String) f.get("input"),
                "--verbose");
        assertThat(replay.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(replay.out()).contains("Found by: modelcheck engine", "Detailed trace:");
        for (String line : trace) {
            assertThat(replay.out()).contains(line);
        }
    }

    @Test
    void fallsBackToStressWithANoteWhenTheModelCheckerCannotRunTheSolution(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("Foo.java");
        Files.writeString(file, "class Foo {\n"
                + "  final CountDownLatch s2 = new CountDownLatch(1), s3 = new CountDownLatch(1);\n"
                + "  public void first(Runnable p) throws Exception {\n"
                + "    new java.io.FileOutputStream(java.io.FileDescriptor.err).flush(); p.run(); s2.countDown(); }\n"
                + "  public void second(Runnable p) throws InterruptedException { s2.await(); p.run(); s3.countDown(); }\n"
                + "  public void third(Runnable p) throws InterruptedException { s3.await(); p.run(); }\n}\n",
                StandardCharsets.UTF_8);
        Cli r = Cli.run("explain", "1114", file.toString(), "--seed", "1", "--rounds", "20", "--no-color");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.ACCEPTED);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("the model checker could not judge this solution, so stress did",
                "File operations are not supported in Lincheck");
    }

    @Test
    void neverAcceptsWhatSubmitRejects() {
        // A notify() that wakes the wrong waiter: the model checker treats notify as notifyAll.
        Cli r = Cli.run("explain", "1116",
                EXAMPLES.resolve("print-zero-even-odd/notify-instead-of-notifyall/ZeroEvenOdd.java").toString(),
                "--seed", "1", "--no-color");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(r.out()).startsWith("TIME_LIMIT_EXCEEDED").contains("Found by: stress engine",
                "the model checker found no failing interleaving among those it explored, but stress found this failure");
    }

    @Test
    void acceptsACorrectSolutionAndSaysWhatItExplored() {
        Cli r = Cli.run("explain", "1115", EXAMPLES.resolve("print-foobar-alternately/accepted/FooBar.java").toString(),
                "--seed", "1", "--no-color");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.ACCEPTED);
        assertThat(r.out()).startsWith("ACCEPTED").containsPattern("model checker: explored \\d+ interleavings of 2 cases")
                .containsPattern("stress accepted it too: \\d+ rounds");
    }
}
