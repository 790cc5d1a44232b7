package org.concurrencykit.jcstress.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JcstressGateTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void badUsageIsOneLineAndTheUsage() {
        int code = run("--jar=x.jar", "--work-dir=" + dir, "--mode=fast");

        assertThat(code).isEqualTo(JcstressGate.USAGE);
        assertThat(text(err)).startsWith("jcstress gate: --mode must be one of").contains("usage: JcstressGate");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void aMissingJarSaysHowToBuildIt() {
        int code = run("--jar=" + dir.resolve("none.jar"), "--work-dir=" + dir);

        assertThat(code).isEqualTo(JcstressGate.USAGE);
        assertThat(text(err)).contains("no jcstress jar at").contains("./mvnw -pl jcstress-tests package");
    }

    @Test
    void aJarWithoutTestsFailsBeforeRunningAnything() throws IOException {
        Path jar = dir.resolve("jcstress.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.closeEntry();
        }

        int code = run("--jar=" + jar, "--work-dir=" + dir.resolve("work"));

        assertThat(code).isEqualTo(JcstressGate.FAILED);
        assertThat(text(out)).startsWith("jcstress gate: FAILED:").contains("annotation processor did not run");
        assertThat(dir.resolve("work")).doesNotExist();
    }

    @Test
    void describesTheSelectionByCpusNeeded() {
        TestCatalog catalog = Captured.catalog();

        assertThat(JcstressGate.describeSelection(catalog, catalog.select(GateOptions.DEFAULT_TESTS)))
                .isEqualTo("24 of 27 tests in the jar selected (18 need 2 CPUs, 6 need 3 CPUs)");
    }

    private int run(String... args) {
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return JcstressGate.run(args, o, e);
        }
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
