package org.concurrencykit.problems.fizzbuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;

/** The checker and the input syntax of Fizz Buzz Multithreaded, on hand-built event logs. */
class FizzBuzzProblemTest {
    private final FizzBuzzProblem problem = new FizzBuzzProblem();

    /** A log of {@code thread:token} events, each added by a real thread of that name, in order. */
    private static EventLog log(List<String> threadAndToken) throws InterruptedException {
        EventLog log = new EventLog();
        for (String tt : threadAndToken) {
            String[] parts = tt.split(":");
            Thread t = new Thread(() -> log.add(parts[1]), parts[0]);
            t.start();
            t.join(10_000);
            assertThat(t.isAlive()).isFalse();
        }
        return log;
    }

    /** The correct game up to n, as {@code thread:token}. */
    private static List<String> game(int n) {
        List<String> events = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            events.add(FizzBuzzProblem.owner(i) + ":" + FizzBuzzProblem.word(i));
        }
        return events;
    }

    private Optional<Violation> check(int n, List<String> events) throws InterruptedException {
        return problem.check(new FizzBuzzCase(n), log(events));
    }

    @Test
    void acceptsTheGameWithEachWordFromItsOwnThread() throws InterruptedException {
        assertThat(game(15)).containsExactly("number:1", "number:2", "fizz:fizz", "number:4", "buzz:buzz",
                "fizz:fizz", "number:7", "number:8", "fizz:fizz", "buzz:buzz", "number:11", "fizz:fizz",
                "number:13", "number:14", "fizzbuzz:fizzbuzz");
        assertThat(check(15, game(15))).isEmpty();
        assertThat(check(1, game(1))).isEmpty();
    }

    @Test
    void rejectsFizzWhereFizzBuzzIsDueAndSaysWhy() throws InterruptedException {
        List<String> events = game(15);
        events.set(14, "fizz:fizz");
        Optional<Violation> v = check(15, events);
        assertThat(v).isPresent();
        assertThat(v.get().expected()).isEqualTo("12fizz4buzzfizz78fizzbuzz11fizz1314fizzbuzz");
        assertThat(v.get().actual()).isEqualTo("12fizz4buzzfizz78fizzbuzz11fizz1314fizz");
        assertThat(v.get().message()).isEqualTo("output #15 was \"fizz\" but \"fizzbuzz\" was due "
                + "(after ..., fizz, buzz, 11, fizz, 13, 14); 15 is a multiple of both 3 and 5, so thread fizzbuzz prints "
                + "\"fizzbuzz\" there");
    }

    @Test
    void rejectsAWordBeforeItsTurn() throws InterruptedException {
        Optional<Violation> v = check(5, List.of("number:1", "fizz:fizz", "number:2", "number:4", "buzz:buzz"));
        assertThat(v).get().extracting(Violation::message).isEqualTo("output #2 was \"fizz\" but \"2\" was due "
                + "(after 1); 2 is a multiple of neither 3 nor 5, so thread number prints \"2\" there");
    }

    @Test
    void rejectsTheRightWordFromTheWrongThread() throws InterruptedException {
        List<String> events = game(5);
        events.set(2, "number:fizz");
        Optional<Violation> v = check(5, events);
        assertThat(v).get().extracting(Violation::message).isEqualTo("output #3 \"fizz\" was printed by thread "
                + "number; only thread fizz may print it; 3 is a multiple of 3 but not of 5, so thread fizz "
                + "prints \"fizz\" there");
    }

    @Test
    void rejectsAGameThatStopsBeforeN() throws InterruptedException {
        Optional<Violation> v = check(5, game(4));
        assertThat(v).get().extracting(Violation::message).isEqualTo("only 4 of 5 outputs were printed; "
                + "\"buzz\" never came; 5 is a multiple of 5 but not of 3, so thread buzz prints \"buzz\" there");
    }

    @Test
    void rejectsAGameThatGoesPastN() throws InterruptedException {
        Optional<Violation> v = check(4, game(5));
        assertThat(v).get().extracting(Violation::message)
                .isEqualTo("5 outputs were printed but only 4 are due; the first extra one was \"buzz\" by thread buzz");
    }

    @Test
    void inputsNameTheStartOrderOnlyWhenItIsNotLeetCodes() {
        assertThat(new FizzBuzzCase(15).input()).isEqualTo("n = 15");
        FizzBuzzCase c = new FizzBuzzCase(15, List.of("number", "fizzbuzz", "buzz", "fizz"));
        assertThat(c.input()).isEqualTo("n = 15, start = [number,fizzbuzz,buzz,fizz]");
        assertThat(problem.parse("n=15,start=[ number, fizzbuzz ,buzz,fizz]")).isEqualTo(c);
        assertThat(problem.parse("n = 15, start = [fizz,buzz,fizzbuzz,number]")).isEqualTo(new FizzBuzzCase(15));
    }

    @Test
    void parseRejectsBadSizesAndOrders() {
        assertThatThrownBy(() -> problem.parse("n = 0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1..1000");
        assertThatThrownBy(() -> problem.parse("n = 15, start = [fizz,buzz,number]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fizz, buzz, fizzbuzz and number");
        assertThatThrownBy(() -> problem.parse("n = 15, start = [fizz,buzz,fizz,number]"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void casesCoverEveryStartOrderAndGoBeyondLeetCodesBound() {
        List<FizzBuzzCase> cases = problem.cases(new Random(7));
        assertThat(cases.stream().map(FizzBuzzCase::start).distinct()).hasSize(24);
        assertThat(cases).extracting(FizzBuzzCase::n)
                .contains(1, FizzBuzzCase.LEETCODE_MAX_N, FizzBuzzCase.MAX_N);
    }
}
