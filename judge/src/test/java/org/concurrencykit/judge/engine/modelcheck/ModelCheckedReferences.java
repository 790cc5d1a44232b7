package org.concurrencykit.judge.engine.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.concurrencykit.judge.report.Json;
import org.concurrencykit.judge.verdict.Result;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.testing.BrokenCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference solution of every problem the model checker is enabled for passes it, at a
 * judgement's own settings: a reference the model checker wrongly rejected at interleaving 200
 * would be a correct user's solution rejected too ({@code ReferenceSolutionsTest} runs them
 * under stress).
 *
 * <p>The references are split into {@link #SHARDS} test classes, so that a machine with more
 * cores can run them in JVMs side by side (the {@code lincheck-test} execution's
 * {@code forkCount}; the 2-CPU build runs them one at a time, each in a fresh JVM: an exploration's threads spin while they
 * wait for their turn, and with two JVMs the slowest reference took 34 s of its 40 s budget). Shard {@code k} takes every
 * {@code SHARDS}-th reference from the {@code k}-th on, in a fixed order, so every reference is
 * in exactly one shard ({@code ModelCheckedReferencesShardsTest} checks that).
 */
@Tag("lincheck")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ModelCheckedReferences {
    /** How many classes share the references; each is a subclass naming its index. */
    static final int SHARDS = 2;

    /** This class's index, in {@code 0..SHARDS-1}. */
    abstract int shard();

    /** Every reference the model checker must pass, in problem then reference order. */
    static List<Arguments> all() {
        List<Arguments> all = new ArrayList<>();
        for (Problem<?, ?> p : BrokenCatalog.problems()) {
            if (ModelCheckEngine.VALIDATED.contains(p.info().slug())) {
                p.references().forEach(r -> all.add(Arguments.of(p, r)));
            }
        }
        return all;
    }

    /** The references of shard {@code k}. */
    static List<Arguments> shard(int k) {
        List<Arguments> all = all();
        List<Arguments> mine = new ArrayList<>();
        for (int i = k; i < all.size(); i += SHARDS) {
            mine.add(all.get(i));
        }
        return mine;
    }

    Stream<Arguments> references() {
        return shard(shard()).stream();
    }

    @BeforeAll
    void logLincheckToTarget() {
        EnginesCatchBrokenSolutionsTest.logLincheckToTarget();
    }

    /** Zero invocations are allowed for a build narrowed by -Dkit.problems; the shards test checks the whole. */
    @ParameterizedTest(name = "{1}", allowZeroInvocations = true)
    @MethodSource("references")
    @Timeout(120)
    void passesTheModelChecker(Problem<?, ?> problem, Class<?> reference) throws Exception {
        // A judgement's own interleavings (0): a reference it rejected would be a correct user's solution rejected.
        ModelCheckEngine.Report report = EnginesCatchBrokenSolutionsTest.modelCheckReport(problem, reference, 0);
        Result r = report.result();
        assertThat(r.verdict()).as("%s: %s", reference.getSimpleName(),
                r.failure() == null ? r.notes() : Json.write(r.failure().toMap())).isEqualTo(Verdict.ACCEPTED);
        assertThat(report.gaveUp()).as("the model checker ran to the end").isNull();
        assertThat(report.unconfirmed()).as("no possible hang").isNull();
        assertThat(r.cases()).as("cases explored").isPositive();
        assertThat(r.rounds()).as("interleavings explored").isGreaterThan(r.cases());
    }
}
