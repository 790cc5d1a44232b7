package org.concurrencykit.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judge writes only in its own working directory, and removes it: run from an empty
 * directory with an empty temporary directory, on a solution that itself writes a file,
 * both directories are empty again when the judge returns.
 */
class IsolationIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void leavesNoFileBehind(@TempDir Path cwd, @TempDir Path tmp, @TempDir Path src) throws Exception {
        Path file = src.resolve("Foo.java");
        Files.writeString(file, "class Foo {\n"
                + "  final CountDownLatch s2 = new CountDownLatch(1), s3 = new CountDownLatch(1);\n"
                + "  public void first(Runnable p) throws Exception {\n"
                + "    try (var out = new java.io.FileOutputStream(\"scribble.txt\")) { out.write(1); }\n"
                + "    java.io.File.createTempFile(\"scribble\", \".tmp\");\n"
                + "    p.run(); s2.countDown();\n  }\n"
                + "  public void second(Runnable p) throws InterruptedException { s2.await(); p.run(); s3.countDown(); }\n"
                + "  public void third(Runnable p) throws InterruptedException { s3.await(); p.run(); }\n}\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-XX:-UsePerfData", "-jar",
                ROOT.resolve("judge/target/judge.jar").toString(), "submit", "1114", file.toString(), "--rounds", "5")
                .directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(list(cwd)).as("working directory").isEmpty();
        assertThat(list(tmp)).as("temporary directory").isEmpty();
        assertThat(list(src)).containsExactly(file);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
