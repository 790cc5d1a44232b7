package org.concurrencykit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.concurrencykit.benchmarks.boundedqueue.BoundedQueueBenchmark;
import org.concurrencykit.benchmarks.fizzbuzz.FizzBuzzBenchmark;
import org.concurrencykit.benchmarks.foobar.FooBarBenchmark;
import org.concurrencykit.benchmarks.h2o.WaterMoleculeBenchmark;
import org.concurrencykit.benchmarks.printinorder.PrintInOrderBenchmark;
import org.concurrencykit.benchmarks.zeroevenodd.ZeroEvenOddBenchmark;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Problems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;

/**
 * Every benchmark's {@code solution} parameter lists exactly its problem's reference
 * solutions, in the registry's order (judge bench passes that list again, plus the user's
 * class), and its package is named as the problem's. No timing here: nothing is run.
 */
class BenchmarksCoverReferencesTest {
    static Stream<Arguments> benchmarks() {
        return Stream.of(
                Arguments.of("print-in-order", PrintInOrderBenchmark.class),
                Arguments.of("print-foobar-alternately", FooBarBenchmark.class),
                Arguments.of("print-zero-even-odd", ZeroEvenOddBenchmark.class),
                Arguments.of("building-h2o", WaterMoleculeBenchmark.class),
                Arguments.of("design-bounded-blocking-queue", BoundedQueueBenchmark.class),
                Arguments.of("fizz-buzz-multithreaded", FizzBuzzBenchmark.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benchmarks")
    void theSolutionParameterListsEveryReferenceSolution(String slug, Class<?> benchmark) throws Exception {
        Problem<?, ?> problem = Problems.find(slug).orElseThrow();
        List<String> references = problem.references().stream().map(Class::getSimpleName).toList();
        Param param = benchmark.getField("solution").getAnnotation(Param.class);
        assertThat(List.of(param.value())).isEqualTo(references);
        String pkg = problem.getClass().getPackageName();
        assertThat(benchmark.getPackageName()).endsWith(pkg.substring(pkg.lastIndexOf('.')));
    }
}
