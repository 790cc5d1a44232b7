package org.concurrencykit.judge.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concurrencykit.judge.cli.JudgeCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code judge grade} in process on classes with nothing to run (bad input only), so no child
 * JVM starts: usage errors, the outputs, shards and their merge. GradeCommandIT judges for real.
 */
class GradeCommandTest {
    @TempDir
    Path dir;

    static JudgeCommand.Captured grade(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "grade";
        System.arraycopy(args, 0, all, 1, args.length);
        return JudgeCommand.capture(all);
    }

    private void file(String rel) throws IOException {
        Path p = dir.resolve("class").resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "class Foo {}\n");
    }

    @Test
    void anEmptyOrMissingFolderIsOneLineAndExit2() throws IOException {
        Files.createDirectories(dir.resolve("class"));
        JudgeCommand.Captured r = grade(dir.resolve("class").toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("judge: no files to grade under").doesNotContain("\n");
        assertThat(grade(dir.resolve("missing").toString()).exit()).isEqualTo(2);
        assertThat(grade(dir.resolve("class").toString(), "--shard", "3/2").err()).contains("--shard");
    }

    @Test
    void badInputRowsAreGradedAndWrittenToEveryOutput() throws IOException {
        file("alice/no-such-problem/Foo.java");
        file("alice/print-in-order/Foo.py");
        file("bob/print-in-order/Foo.java");
        file("bob/1114/Foo.java");
        Path out = dir.resolve("out");
        JudgeCommand.Captured r = grade(dir.resolve("class").toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("unknown problem 'no-such-problem'", "Python", "2 solutions of print-in-order by bob",
                "4 submissions: 4 BAD_INPUT");
        assertThat(r.err()).contains("4/4");
        for (String f : new String[] {"junit.xml", "summary.csv", "summary.json", "index.html"}) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        assertThat(Files.readString(out.resolve("summary.csv")).lines()).hasSize(5);
    }

    @Test
    void shardsSplitTheClassAndMergeIntoTheWhole() throws IOException {
        for (String s : new String[] {"a", "b", "c", "d", "e"}) {
            file(s + "/unknown/Foo.java");
        }
        String cls = dir.resolve("class").toString();
        assertThat(grade(cls, "--shard", "1/2", "--out", dir.resolve("s1").toString()).exit()).isZero();
        assertThat(grade(cls, "--shard", "2/2", "--out", dir.resolve("s2").toString()).exit()).isZero();
        assertThat(Files.readString(dir.resolve("s1/summary.csv")).lines()).hasSize(1 + 3);
        assertThat(Files.readString(dir.resolve("s2/summary.csv")).lines()).hasSize(1 + 2);
        JudgeCommand.Captured m = grade("--merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(), "--out",
                dir.resolve("all").toString());
        assertThat(m.exit()).as(m.err()).isZero();
        assertThat(Files.readString(dir.resolve("all/summary.csv")).lines().skip(1).map(l -> l.split(",")[0]))
                .containsExactly("a", "b", "c", "d", "e");
        assertThat(Files.readString(dir.resolve("all/junit.xml"))).contains("tests=\"5\"");
        assertThat(grade("--merge", dir.resolve("class").toString()).exit()).isEqualTo(2);
    }
}
