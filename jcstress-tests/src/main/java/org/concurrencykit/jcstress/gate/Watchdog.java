package org.concurrencykit.jcstress.gate;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs a child process with a wall-clock limit and a silence limit, copying its output
 * (stdout and stderr together) to a log file. When either limit expires, it kills the child
 * and every process the child started (jcstress's forked VMs), then reports how the run ended.
 *
 * <p>The silence limit exists because jcstress 0.16 has no timeout around its pre-test
 * check: an actor that blocks forever there hangs the whole run without printing anything.
 *
 * <p>Killing the tree: the child is first stopped (SIGSTOP, where a {@code kill} command
 * exists) so that it cannot start another fork while its descendants are collected; then the
 * child and every descendant are killed. Descendants are also recorded at every poll, because
 * once the child is dead its orphans are no longer its descendants.
 */
public final class Watchdog {
    /** How often the child is polled for exit, descendants, and limits. */
    private static final Duration POLL = Duration.ofMillis(500);
    /** How long to wait for killed processes and for the output copier to finish. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    /** How the child's run ended. */
    public enum Ending {
        /** It exited on its own, with {@link Outcome#exitCode()}. */
        EXITED,
        /** The wall-clock limit expired; it was killed. */
        TIMED_OUT,
        /** It printed nothing for longer than the silence limit; it was killed. */
        SILENT
    }

    /** The end of a run: how it ended, its exit code (-1 when killed), and how long it took. */
    public record Outcome(Ending ending, int exitCode, Duration wallTime) {
    }

    private final Duration timeout;
    private final Duration silence;
    private final Duration heartbeatEvery;
    private final Consumer<String> heartbeat;

    /**
     * @param timeout        the longest the child may run
     * @param silence        the longest the child may print nothing
     * @param heartbeatEvery how often to report progress while waiting
     * @param heartbeat      gets a one-line progress report: elapsed time and the last
     *                       jcstress progress line seen
     */
    public Watchdog(Duration timeout, Duration silence, Duration heartbeatEvery, Consumer<String> heartbeat) {
        this.timeout = timeout;
        this.silence = silence;
        this.heartbeatEvery = heartbeatEvery;
        this.heartbeat = heartbeat;
    }

    /** Runs {@code command} in {@code directory}, its output going to {@code log}. */
    public Outcome run(List<String> command, Path directory, Path log) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).start();
        Set<ProcessHandle> seen = new LinkedHashSet<>();
        Thread killOnExit = new Thread(() -> killTree(process, seen), "jcstress-gate-kill-on-exit");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        try {
            Copier copier = new Copier(process, log);
            copier.start();
            Ending ending = watch(process, copier, seen, start);
            if (ending != Ending.EXITED) {
                killTree(process, seen);
            }
            copier.join(GRACE.toMillis());
            int exitCode = ending == Ending.EXITED ? process.exitValue() : -1;
            return new Outcome(ending, exitCode, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        }
    }

    private Ending watch(Process process, Copier copier, Set<ProcessHandle> seen, long start)
            throws InterruptedException {
        long lastBeat = start;
        while (!process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(seen::add);
            long now = System.nanoTime();
            if (now - start > timeout.toNanos()) {
                return Ending.TIMED_OUT;
            }
            if (now - copier.lastOutputNanos > silence.toNanos()) {
                return Ending.SILENT;
            }
            if (now - lastBeat >= heartbeatEvery.toNanos()) {
                lastBeat = now;
                heartbeat.accept(String.format("%4d s  %s", TimeUnit.NANOSECONDS.toSeconds(now - start),
                        copier.lastProgress));
            }
        }
        return Ending.EXITED;
    }

    /** Kills the child and all its known descendants, and waits a bounded time for them to go. */
    static void killTree(Process process, Set<ProcessHandle> seen) {
        freeze(process.toHandle());
        Set<ProcessHandle> tree = new LinkedHashSet<>(seen);
        process.descendants().forEach(tree::add);
        process.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        awaitExit(process.toHandle());
        tree.forEach(Watchdog::awaitExit);
    }

    /** Stops a process where the platform allows it; best effort, bounded. */
    private static void freeze(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return;
        }
        try {
            Process kill = new ProcessBuilder("kill", "-STOP", Long.toString(handle.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!kill.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                kill.destroyForcibly();
            }
        } catch (IOException e) {
            // No kill command (Windows): the recorded descendants have to do.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitExit(ProcessHandle handle) {
        try {
            handle.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Reported by the caller as a process that outlived the kill, if it matters.
        }
    }

    /** Copies the child's output to the log, noting when it last printed and its progress. */
    private static final class Copier extends Thread {
        private final Process process;
        private final Path log;
        /** When the child last printed a line, from System.nanoTime(). */
        volatile long lastOutputNanos = System.nanoTime();
        /** The last jcstress progress line, e.g. "(Results: 40 planned; 12 passed, ...)". */
        volatile String lastProgress = "(no results yet)";

        Copier(Process process, Path log) {
            super("jcstress-gate-output");
            this.process = process;
            this.log = log;
            setDaemon(true);
        }

        @Override
        public void run() {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.write(line);
                    out.newLine();
                    lastOutputNanos = System.nanoTime();
                    if (line.startsWith("(Results:")) {
                        lastProgress = line;
                        out.flush();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("copying jcstress output to " + log, e);
            }
        }
    }
}
