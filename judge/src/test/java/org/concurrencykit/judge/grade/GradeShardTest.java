package org.concurrencykit.judge.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code --shard K/N}, the split the classroom workflow's matrix jobs compute. */
class GradeShardTest {
    private static final List<String> KEYS = IntStream.range(0, 43).mapToObj(i -> "student" + (i * 7 % 43) + "/p/F.java")
            .toList();

    @Test
    void everyItemIsInExactlyOneShardAndShardsDifferByAtMostOne() {
        for (int n = 1; n <= 6; n++) {
            List<String> all = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                List<String> mine = new Shard(k, n).of(KEYS, Function.identity());
                all.addAll(mine);
                sizes.add(mine.size());
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(KEYS);
            assertThat(sizes.stream().mapToInt(Integer::intValue).max().orElseThrow()
                    - sizes.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void theSplitDependsOnlyOnTheKeysNotOnTheOrderFound() {
        List<String> reversed = new ArrayList<>(KEYS);
        java.util.Collections.reverse(reversed);
        assertThat(new Shard(2, 4).of(reversed, Function.identity())).isEqualTo(new Shard(2, 4).of(KEYS, Function.identity()));
        assertThat(new Shard(1, 2).of(List.of("b", "a", "d", "c"), Function.identity())).containsExactly("a", "c");
    }

    @Test
    void parsesKOverNAndRejectsTheRest() {
        assertThat(Shard.parse("3/4")).isEqualTo(new Shard(3, 4));
        for (String bad : List.of("0/4", "5/4", "4", "a/b", "1/0", "1/2/3")) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
