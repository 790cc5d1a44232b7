package org.concurrencykit.judge.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The classroom workflow (no GitHub runner is reachable from the build): its two copies are
 * identical, its matrix lists shards 1..N for the N it passes to {@code --shard}, and those N
 * shards of the example class cover it exactly once, as the merge job expects.
 */
class GradeWorkflowTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static String workflow() throws IOException {
        return Files.readString(ROOT.resolve(".github/workflows/classroom.yml"));
    }

    @Test
    void theExampleCopyIsTheWorkflow() throws IOException {
        assertThat(Files.readString(ROOT.resolve("examples/classroom/classroom.yml"))).isEqualTo(workflow());
    }

    @Test
    void theMatrixListsEveryShardThatGradeIsToldOf() throws Exception {
        String yml = workflow();
        Matcher matrix = Pattern.compile("(?m)^\\s+shard: \\[([0-9, ]+)\\]$").matcher(yml);
        assertThat(matrix.find()).as("the matrix's shard list").isTrue();
        List<Integer> shards = Arrays.stream(matrix.group(1).split(",")).map(s -> Integer.parseInt(s.strip())).toList();
        Matcher call = Pattern.compile("--shard \\$\\{\\{ matrix\\.shard }}/(\\d+)").matcher(yml);
        assertThat(call.find()).as("bin/judge grade --shard ${{ matrix.shard }}/N").isTrue();
        int n = Integer.parseInt(call.group(1));
        assertThat(shards).isEqualTo(java.util.stream.IntStream.rangeClosed(1, n).boxed().toList());
        assertThat(yml).contains("bin/judge grade --merge shards/grade-shard-*", "name: grade-shard-${{ matrix.shard }}",
                "pattern: grade-shard-*", "actions/upload-artifact@v4", "actions/download-artifact@v4");

        List<Discovery.Found> found = Discovery.find(ROOT.resolve("examples/classroom/class"), null, null);
        List<String> covered = shards.stream().flatMap(k -> new Shard(k, n).of(found, Discovery.Found::key).stream())
                .map(Discovery.Found::key).toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(found.stream().map(Discovery.Found::key).toList());
        assertThat(new Shard(1, n).of(found, Discovery.Found::key)).isNotEmpty();
    }
}
