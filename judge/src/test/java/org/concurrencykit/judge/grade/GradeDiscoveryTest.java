package org.concurrencykit.judge.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concurrencykit.problems.spi.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a class folder become which rows, and why a file is not judged: no JVMs, no judging. */
class GradeDiscoveryTest {
    @TempDir
    Path dir;

    private Path file(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "class Foo {}\n");
    }

    private static Discovery.Found only(List<Discovery.Found> found, String file) {
        return found.stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void everyFileOfTheLayoutIsARowAndAProblemFolderMayBeANumber() throws Exception {
        file("alice/print-in-order/Foo.java");
        file("alice/1115/FooBar.java");
        file("bob/print-in-order/Foo.java");
        List<Discovery.Found> found = Discovery.find(dir, null, null);
        assertThat(found).extracting(Discovery.Found::key).containsExactly(
                "alice/print-foobar-alternately/alice/1115/FooBar.java",
                "alice/print-in-order/alice/print-in-order/Foo.java",
                "bob/print-in-order/bob/print-in-order/Foo.java");
        assertThat(found).allSatisfy(f -> assertThat(f.bad()).isNull());
    }

    @Test
    void badInputIsARowWithAReasonNeverASilentSkip() throws Exception {
        file("alice/no-such-problem/Foo.java");
        file("alice/print-in-order/foo.py");
        file("alice/print-in-order/notes.txt");
        file("alice/Foo.java");
        file("bob/print-in-order/deep/Foo.java");
        Files.createSymbolicLink(Files.createDirectories(dir.resolve("carol/print-in-order")).resolve("Foo.java"),
                dir.resolve("nowhere.java"));
        file(".git/config");
        List<Discovery.Found> found = Discovery.find(dir, null, null);
        assertThat(found).hasSize(6).allSatisfy(f -> assertThat(f.bad()).isNotBlank());
        assertThat(only(found, "alice/no-such-problem/Foo.java").bad()).startsWith("unknown problem 'no-such-problem'");
        assertThat(only(found, "alice/print-in-order/foo.py").bad()).contains("Python");
        assertThat(only(found, "alice/print-in-order/notes.txt").bad()).contains("only .java");
        assertThat(only(found, "alice/Foo.java").bad()).startsWith("not at <student>/<problem>/<File>.java");
        assertThat(only(found, "bob/print-in-order/deep/Foo.java").bad()).startsWith("not at");
        assertThat(only(found, "carol/print-in-order/Foo.java").bad()).startsWith("cannot read").contains("link to nothing");
    }

    @Test
    void twoSolutionsOfOneProblemByOneStudentAreBothRowsSayingSo() throws Exception {
        file("alice/print-in-order/Foo.java");
        file("alice/1114/Foo.java");
        file("alice/print-foobar-alternately/FooBar.java");
        List<Discovery.Found> found = Discovery.find(dir, null, null);
        assertThat(found.stream().filter(f -> f.bad() != null)).hasSize(2).allSatisfy(f -> assertThat(f.bad())
                .startsWith("2 solutions of print-in-order by alice (alice/1114/Foo.java, alice/print-in-order/Foo.java)"));
        assertThat(only(found, "alice/print-foobar-alternately/FooBar.java").bad()).isNull();
    }

    @Test
    void aFlatFolderOfOneProblemNamesStudentsByFileOrFolder() throws Exception {
        file("alice.java");
        file("bob/Foo.java");
        List<Discovery.Found> found = Discovery.find(dir, Problems.find("1114").orElseThrow(), null);
        assertThat(found).extracting(Discovery.Found::student, Discovery.Found::problem, Discovery.Found::bad)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alice", "print-in-order", null),
                        org.assertj.core.groups.Tuple.tuple("bob", "print-in-order", null));
    }

    @Test
    void theOutputFolderInsideTheClassIsNotASubmission() throws Exception {
        file("alice/print-in-order/Foo.java");
        file("out/reports/alice/print-in-order/Foo.java.txt");
        assertThat(Discovery.find(dir, null, dir.resolve("out"))).hasSize(1);
    }

    @Test
    void aMissingOrEmptyFolderIsNothingToGrade() throws Exception {
        assertThatThrownBy(() -> Discovery.find(dir, null, null)).isInstanceOf(Discovery.NothingToGrade.class)
                .hasMessageStartingWith("no files to grade under");
        Files.createDirectories(dir.resolve("alice/print-in-order"));
        assertThatThrownBy(() -> Discovery.find(dir, null, null)).isInstanceOf(Discovery.NothingToGrade.class);
        assertThatThrownBy(() -> Discovery.find(dir.resolve("missing"), null, null))
                .hasMessageStartingWith("no such folder");
    }
}
