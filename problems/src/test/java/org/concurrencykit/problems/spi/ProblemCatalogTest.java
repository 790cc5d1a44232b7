package org.concurrencykit.problems.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.concurrencykit.problems.testing.BrokenCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered problem is complete: metadata, texts, cases that parse back, references, broken solutions. */
class ProblemCatalogTest {
    /** The registered problems, or those -Dkit.problems names (the broken solutions are narrowed alike). */
    static Stream<Problem<?, ?>> problems() {
        return BrokenCatalog.problems().stream();
    }

    @Test
    void registryFindsProblemsBySlugOrNumber() {
        assertThat(Problems.all()).extracting(p -> p.info().slug())
                .contains("print-in-order", "print-foobar-alternately");
        assertThat(Problems.find("1114")).get().extracting(p -> p.info().slug()).isEqualTo("print-in-order");
        assertThat(Problems.find("PRINT-FOOBAR-ALTERNATELY")).isPresent();
        assertThat(Problems.find("no-such-problem")).isEmpty();
        assertThat(Problems.find("0")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("problems")
    void statementHasExamplesConstraintsAndGradedHints(Problem<?, ?> p) {
        Statement st = p.statement();
        assertThat(st.body()).contains("## Examples", "## Constraints").doesNotContain("## Hints");
        assertThat(st.hints()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(h -> assertThat(h).isNotBlank());
        assertThat(st.starter()).contains("class " + p.info().className());
        for (var m : p.solutionType().getMethods()) {
            assertThat(st.starter()).contains(" " + m.getName() + "(");
        }
    }

    @ParameterizedTest
    @MethodSource("problems")
    void casesStartWithTheExamplesAndParseBack(Problem<?, ?> p) {
        List<? extends TestCase> cases = p.cases(new Random(42));
        assertThat(cases.subList(0, p.examples().size())).isEqualTo(p.examples());
        for (TestCase c : cases) {
            assertThat(p.parse(c.input())).isEqualTo(c);
            assertThat(c.size()).isPositive();
        }
        assertThat(p.cases(new Random(42))).isEqualTo(cases);
    }

    @ParameterizedTest
    @MethodSource("problems")
    void referencesAreConcreteAndHaveTheLeetCodeConstructor(Problem<?, ?> p) throws NoSuchMethodException {
        assertThat(p.references()).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
        for (Class<?> r : p.references()) {
            assertThat(p.solutionType()).isAssignableFrom(r);
            assertThat(Modifier.isAbstract(r.getModifiers())).isFalse();
            r.getConstructor(p.constructorTypes().toArray(Class<?>[]::new));
        }
        assertThat(p.primitives()).as("each reference teaches its own primitive").hasSameSizeAs(p.references());
    }

    @ParameterizedTest
    @MethodSource("problems")
    void trackFollowsTheLeetCodeNumber(Problem<?, ?> p) {
        assertThat(p.track()).isEqualTo(p.info().number() > 0 ? Track.LEETCODE : Track.CLASSIC);
    }

    @Test
    void primitivesAreReadFromTheLongestPrefixOfTheSolutionName() {
        assertThat(Primitive.of(org.concurrencykit.problems.diningphilosophers.AtomicIntegerArrayDiningPhilosophers.class))
                .isEqualTo(Primitive.ATOMIC_INTEGER_ARRAY);
        assertThat(Primitive.of(org.concurrencykit.problems.fizzbuzz.AtomicIntegerFizzBuzz.class))
                .isEqualTo(Primitive.ATOMIC_INTEGER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Primitive.of(String.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("String");
        assertThat(Primitive.COUNT_DOWN_LATCH.matches("Count-Down Latch")).isTrue();
        assertThat(Primitive.ATOMIC_LONG.matches("atomic")).isTrue();
        assertThat(Primitive.SEMAPHORE.matches("")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("problems")
    void hasAtLeastFourBrokenSolutionsEachDeclaringAVerdict(Problem<?, ?> p) {
        List<BrokenCatalog.Entry> broken = BrokenCatalog.all().stream().filter(e -> e.problem() == p
                || e.problem().info().slug().equals(p.info().slug())).toList();
        assertThat(broken).hasSizeGreaterThanOrEqualTo(4);
        for (BrokenCatalog.Entry e : broken) {
            assertThat(e.type().getSimpleName()).startsWith("Broken");
            assertThat(p.solutionType()).isAssignableFrom(e.type());
            assertThat(e.broken().verdict()).isNotEqualTo(Verdict.ACCEPTED);
        }
    }

    @ParameterizedTest
    @MethodSource("problems")
    void parseRejectsGarbageWithAOneLineReason(Problem<?, ?> p) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.parse("not an input"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("\n");
    }
}
