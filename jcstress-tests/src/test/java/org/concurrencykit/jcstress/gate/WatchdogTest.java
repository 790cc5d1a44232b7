package org.concurrencykit.jcstress.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class WatchdogTest {
    private static final Duration LONG = Duration.ofSeconds(50);

    @TempDir
    Path dir;

    private final List<String> beats = new ArrayList<>();

    @Test
    void reportsTheExitCodeAndKeepsTheOutput() throws Exception {
        Path log = dir.resolve("out.log");

        Watchdog.Outcome outcome = watchdog(LONG, LONG).run(ChildProcesses.command("exit"), dir, log);

        assertThat(outcome.ending()).isEqualTo(Watchdog.Ending.EXITED);
        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(Files.readAllLines(log)).containsExactlyInAnyOrder("one", "two");
    }

    @Test
    void killsTheWholeTreeWhenTimeIsUp() throws Exception {
        Path log = dir.resolve("out.log");

        Watchdog.Outcome outcome = watchdog(Duration.ofSeconds(3), LONG).run(ChildProcesses.command("tree"), dir, log);

        assertThat(outcome.ending()).isEqualTo(Watchdog.Ending.TIMED_OUT);
        assertThat(outcome.exitCode()).isEqualTo(-1);
        assertThat(outcome.wallTime()).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(30));
        assertThat(pid(log, "child ")).isPresent();
        assertThat(pid(log, "grandchild ")).hasValueSatisfying(pid ->
                assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
        assertThat(pid(log, "child ")).hasValueSatisfying(pid ->
                assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
    }

    @Test
    void killsAChildThatStopsPrinting() throws Exception {
        Path log = dir.resolve("out.log");

        Watchdog.Outcome outcome = watchdog(LONG, Duration.ofSeconds(2)).run(ChildProcesses.command("block"), dir, log);

        assertThat(outcome.ending()).isEqualTo(Watchdog.Ending.SILENT);
        assertThat(pid(log, "blocking ")).hasValueSatisfying(pid ->
                assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
        assertThat(beats).isNotEmpty().allSatisfy(b -> assertThat(b).endsWith("(no results yet)"));
    }

    private Watchdog watchdog(Duration timeout, Duration silence) {
        return new Watchdog(timeout, silence, Duration.ofSeconds(1), beats::add);
    }

    private static Optional<Long> pid(Path log, String prefix) throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.startsWith(prefix))
                .map(l -> Long.valueOf(l.substring(prefix.length()).trim())).findFirst();
    }
}
