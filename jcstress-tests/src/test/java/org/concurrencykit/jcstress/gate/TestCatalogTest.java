package org.concurrencykit.jcstress.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.concurrencykit.jcstress.gate.TestCatalog.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCatalogTest {
    @Test
    void readsNamesAndActorsOfEveryCompiledTest() {
        TestCatalog catalog = Captured.catalog();

        assertThat(catalog.tests()).hasSize(27);
        assertThat(catalog.tests()).filteredOn(t -> t.cpusNeeded() == 2).hasSize(20);
        assertThat(catalog.tests()).filteredOn(t -> t.cpusNeeded() == 3).hasSize(7);
        assertThat(catalog.tests()).contains(
                new Entry("org.concurrencykit.jcstress.printinorder.PrintInOrderStress.SecondAndThird.Semaphore",
                        List.of("second", "third")),
                new Entry("org.concurrencykit.jcstress.foobar.FooBarStress.Volatile", List.of("foo", "bar")),
                new Entry("org.concurrencykit.jcstress.printinorder.PrintInOrderStress.AllThree.AtomicInteger",
                        List.of("first", "second", "third")));
    }

    @Test
    void selectsLikeJcstressDoesAndLeavesTheBrokenOnesOutByDefault() {
        TestCatalog catalog = Captured.catalog();

        assertThat(catalog.select(GateOptions.DEFAULT_TESTS)).hasSize(24)
                .noneMatch(t -> t.name().contains("Broken"));
        assertThat(catalog.select("Broken")).hasSize(3);
        assertThat(catalog.select("FooBarStress\\.Sema")).extracting(Entry::name)
                .containsExactly("org.concurrencykit.jcstress.foobar.FooBarStress.Semaphore");
    }

    @Test
    void rejectsAMalformedLine() {
        assertThatThrownBy(() -> TestCatalog.parse(List.of("JCTEST12Sorg.example")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> TestCatalog.parse(List.of("JCTEST3Sabc3Sabc3Sabc4Snull2Sxx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a field tagged I");
    }

    @Test
    void aJarWithoutTestListMeansTheProcessorDidNotRun(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("jcstress.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("org/example/Nothing.class"));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> TestCatalog.read(jar))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("annotation processor did not run");
    }
}
