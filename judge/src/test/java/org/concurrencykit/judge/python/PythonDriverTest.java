package org.concurrencykit.judge.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 preview: the Python driver shipped in the jar, its problem table, its load protocol. */
class PythonDriverTest {
    /** The problems Java enables for Python (milestone 1); the driver's LAYOUTS must match exactly. */
    static final Set<String> ENABLED = Set.of("print-in-order", "print-foobar-alternately");

    private static String driver() throws IOException {
        try (InputStream in = PythonDriverTest.class.getResourceAsStream(
                "/org/concurrencykit/judge/python/driver.py")) {
            assertThat(in).as("driver.py on the judge's classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void driverKnowsExactlyTheEnabledProblems() throws IOException {
        String src = driver();
        int start = src.indexOf("LAYOUTS = {");
        assertThat(start).isNotNegative();
        String table = src.substring(start, src.indexOf("\n}", start));
        Set<String> keys = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s+\"([a-z0-9-]+)\":").matcher(table);
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertThat(keys).isEqualTo(new TreeSet<>(ENABLED));
        for (String slug : ENABLED) {
            assertThat(Problems.find(slug)).as(slug).isPresent();
        }
    }

    @Test
    void syntaxErrorIsACompileErrorWithItsLine(@TempDir Path dir) throws Exception {
        Path python = findPython();
        assumeTrue(python != null, "python3 not on PATH");
        Path drv = Files.writeString(dir.resolve("driver.py"), driver());
        Path foo = Files.writeString(dir.resolve("foo.py"), "class Foo:\n    def first(self, p)\n        p()\n");
        Process p = new ProcessBuilder(python.toString(), drv.toString()).redirectErrorStream(false).start();
        p.getOutputStream().write(("{\"type\":\"load\",\"problem\":\"print-in-order\",\"file\":\""
                + foo.toString().replace("\\", "\\\\") + "\"}\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        boolean done = p.waitFor(20, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("driver ends within 20 s").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).contains("\"kind\": \"COMPILE_ERROR\"").contains("\"line\": 2");
        assertThat(p.exitValue()).isEqualTo(1);
    }

    private static Path findPython() {
        String kit = System.getenv("KIT_PYTHON");
        if (kit != null && !kit.isBlank()) {
            return Path.of(kit);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            Path c = Path.of(d, "python3");
            if (Files.isExecutable(c)) {
                return c;
            }
        }
        return null;
    }
}
