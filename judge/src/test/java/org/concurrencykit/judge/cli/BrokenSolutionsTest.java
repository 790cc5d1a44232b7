package org.concurrencykit.judge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.concurrencykit.problems.testing.BrokenCatalog;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every known-broken solution gets the verdict it declares, through the real command line
 * and a child JVM, several times with fresh seeds: a broken solution caught only now and
 * then would be a judge that accepts wrong code.
 *
 * <p>Two judgements run at a time (see {@code junit-platform.properties}): each mostly waits
 * for its child JVM, and the judge must give the same verdicts on a busy machine.
 */
@Execution(ExecutionMode.CONCURRENT)
class BrokenSolutionsTest {
    /** Repetitions per broken solution and build; more are run by hand (see README). */
    private static final int REPEAT = Integer.getInteger("broken.repeat", 3);

    static Stream<Arguments> broken() {
        return BrokenCatalog.all().stream()
                .flatMap(e -> Stream.iterate(1, i -> i <= REPEAT, i -> i + 1).map(i -> Arguments.of(e, i)));
    }

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("broken")
    @Timeout(180)
    void getsItsDeclaredVerdict(BrokenCatalog.Entry e, int repetition) {
        long seed = new SplittableRandom().nextLong() & Long.MAX_VALUE;
        Path source = Path.of("..").resolve(e.source());
        Cli r = Cli.run("submit", e.problem().info().slug(), source.toString(), "--seed", Long.toString(seed),
                "--format", "json");
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(r.json().get("verdict")).as("%s --seed %d: %s", e, seed, r.out())
                .isEqualTo(e.broken().verdict().name());
        assertThat(r.failure().get("message")).asString().isNotBlank();
        assertThat(r.failure().get("input")).asString().isNotBlank();
    }
}
