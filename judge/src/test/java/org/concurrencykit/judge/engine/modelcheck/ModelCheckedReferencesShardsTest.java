package org.concurrencykit.judge.engine.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.testing.BrokenCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** The shards of {@link ModelCheckedReferences} cover every reference once, and a shard class exists for each. */
class ModelCheckedReferencesShardsTest {
    @Test
    void everyReferenceIsInExactlyOneShard() {
        List<String> all = ModelCheckedReferences.all().stream().map(ModelCheckedReferencesShardsTest::name).toList();
        List<String> sharded = new ArrayList<>();
        for (int k = 0; k < ModelCheckedReferences.SHARDS; k++) {
            ModelCheckedReferences.shard(k).stream().map(ModelCheckedReferencesShardsTest::name).forEach(sharded::add);
        }
        if (!BrokenCatalog.filtered()) {
            assertThat(all).as("references the model checker must pass").isNotEmpty();
        }
        assertThat(sharded).containsExactlyInAnyOrderElementsOf(all);
        List<Integer> classes = List.of(new ModelCheckedReferencesShard0Test().shard(),
                new ModelCheckedReferencesShard1Test().shard());
        assertThat(classes).as("one class per shard").containsExactlyInAnyOrder(0, 1)
                .hasSize(ModelCheckedReferences.SHARDS);
    }

    /** A reference as its problem's slug and its class (problems are made anew on every lookup). */
    private static String name(Arguments a) {
        return ((Problem<?, ?>) a.get()[0]).info().slug() + " " + ((Class<?>) a.get()[1]).getName();
    }
}
