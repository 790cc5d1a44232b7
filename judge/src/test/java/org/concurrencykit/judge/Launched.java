package org.concurrencykit.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A process an end-to-end test starts as a user would, from a directory of its own: its exit
 * code and all it printed (standard output and error together).
 */
record Launched(int exit, String out) {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Runs {@code command} then {@code args} in {@code cwd}; the test fails unless it ends within {@code minutes}. */
    static Launched run(Path cwd, List<String> command, int minutes, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(minutes, TimeUnit.MINUTES)).isTrue();
        return new Launched(p.exitValue(), out);
    }

    /** {@code bin/judge} with {@code args}, as {@link #run}. */
    static Launched judge(Path cwd, int minutes, String... args) throws IOException, InterruptedException {
        return run(cwd, List.of(ROOT.resolve("bin/judge").toString()), minutes, args);
    }
}
