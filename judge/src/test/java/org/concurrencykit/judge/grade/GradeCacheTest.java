package org.concurrencykit.judge.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results cache: reused only for the same file, judge, problem and seed asked for. */
class GradeCacheTest {
    @TempDir
    Path dir;

    private Judged judged(Discovery.Found f, String verdict) {
        return new Judged(new Row(f.student(), f.problem(), f.file(), verdict, "why", 42L, 10, "stress",
                "judge submit ...", false, ""), verdict + " report\n");
    }

    @Test
    void aResultIsReusedUntilTheFileTheJudgeOrTheSeedChanges() throws Exception {
        Path src = Files.createDirectories(dir.resolve("class/alice/print-in-order")).resolve("Foo.java");
        Files.writeString(src, "class Foo {}");
        Discovery.Found f = new Discovery.Found("alice", "print-in-order", "alice/print-in-order/Foo.java", src, null);
        Path out = dir.resolve("out");
        ResultsCache cache = new ResultsCache(out, "v1");
        assertThat(cache.lookup(f, null)).isNull();
        Judged kept = cache.store(f, null, judged(f, "WRONG_ANSWER"));
        assertThat(kept.row().report()).isEqualTo("reports/alice/print-in-order/Foo.java.txt");
        assertThat(out.resolve(kept.row().report())).hasContent("WRONG_ANSWER report");

        Judged again = cache.lookup(f, null);
        assertThat(again.row()).isEqualTo(kept.row().with(kept.row().report(), true));
        assertThat(again.text()).isEqualTo("WRONG_ANSWER report\n");
        assertThat(new ResultsCache(out, "v2").lookup(f, null)).as("another judge").isNull();
        assertThat(cache.lookup(f, 1L)).as("another seed asked for").isNull();
        Files.writeString(src, "class Foo { }");
        assertThat(cache.lookup(f, null)).as("the file changed").isNull();
    }

    @Test
    void aSubmissionTheJudgeCouldNotJudgeIsJudgedAgain() throws Exception {
        Path src = Files.writeString(dir.resolve("Foo.java"), "class Foo {}");
        Discovery.Found f = new Discovery.Found("alice", "print-in-order", "Foo.java", src, null);
        ResultsCache cache = new ResultsCache(dir.resolve("out"), "v1");
        cache.store(f, null, judged(f, "ACCEPTED"));
        assertThat(cache.lookup(f, null)).isNotNull();
        cache.store(f, null, judged(f, Row.NOT_JUDGED));
        assertThat(cache.lookup(f, null)).isNull();
    }
}
