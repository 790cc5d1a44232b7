package org.concurrencykit.judge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.concurrencykit.judge.report.Json;
import org.concurrencykit.problems.spi.SolutionFactory;
import org.concurrencykit.judge.verdict.Result;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.TestCase;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.testing.BrokenCatalog;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference solution of every problem is accepted by a full stress judgement, with a
 * fresh random seed on every build (printed on failure, so a flaky rejection can be replayed),
 * and {@value #REPEAT} times a judgement's rounds: a reference rejected once in many
 * judgements would be a correct user's solution rejected now and then.
 */
class ReferenceSolutionsTest {
    /** Rounds per case, as a multiple of a judgement's own. */
    static final int REPEAT = 4;

    static Stream<Arguments> references() {
        return BrokenCatalog.problems().stream().flatMap(p -> p.references().stream().map(r -> Arguments.of(p, r)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("references")
    @Timeout(120)
    void isAcceptedByAFullJudgement(Problem<?, ?> problem, Class<?> reference) throws Exception {
        long seed = new SplittableRandom().nextLong() & Long.MAX_VALUE;
        Result r = judge(problem, reference, seed);
        assertThat(r.verdict()).as("%s with --seed %d: %s", reference.getSimpleName(), seed,
                r.failure() == null ? "" : Json.write(r.failure().toMap())).isEqualTo(Verdict.ACCEPTED);
        assertThat(r.rounds()).isGreaterThanOrEqualTo(r.cases());
        assertThat(r.cases()).isEqualTo(problem.cases(new java.util.Random(seed)).size());
    }

    static <S, C extends TestCase> Result judge(Problem<S, C> problem, Class<?> type, long seed) throws Exception {
        StressConfig config = new StressConfig(seed, REPEAT * problem.info().defaultRounds(), 0,
                StressConfig.DEFAULT_STALL_MILLIS,
                StressConfig.DEFAULT_BUDGET_MILLIS, false, null, n -> n.startsWith(type.getName()));
        return new StressEngine(config, (i, in) -> { }).judge(problem,
                SolutionFactory.bind(type, problem.solutionType(), problem.constructorTypes()));
    }
}
