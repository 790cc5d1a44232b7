package org.concurrencykit.problems.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SequencesTest {
    private static final List<String> STEPS = List.of("first", "second", "third");

    private static EventLog log(String... threadAndToken) throws InterruptedException {
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

    @Test
    void acceptsTheExactSequenceFromTheOwningThreads() throws InterruptedException {
        assertThat(Sequences.check(STEPS, STEPS::get, log("first:first", "second:second", "third:third"))).isEmpty();
    }

    @Test
    void reportsTheFirstOutputOutOfOrder() throws InterruptedException {
        Optional<Violation> v = Sequences.check(STEPS, STEPS::get, log("first:first", "third:third", "second:second"));
        assertThat(v).isPresent();
        assertThat(v.get().expected()).isEqualTo("firstsecondthird");
        assertThat(v.get().actual()).isEqualTo("firstthirdsecond");
        assertThat(v.get().message()).isEqualTo("output #2 was \"third\" but \"second\" was due (after \"first\")");
    }

    @Test
    void reportsAMissingOutput() throws InterruptedException {
        Optional<Violation> v = Sequences.check(STEPS, STEPS::get, log("first:first", "second:second"));
        assertThat(v).get().extracting(Violation::message).isEqualTo("only 2 of 3 outputs were printed; \"third\" never came");
    }

    @Test
    void reportsAnExtraOutput() throws InterruptedException {
        Optional<Violation> v = Sequences.check(List.of("foo", "bar"), i -> i == 0 ? "foo" : "bar",
                log("foo:foo", "bar:bar", "foo:foo"));
        assertThat(v).get().extracting(Violation::message)
                .isEqualTo("3 outputs were printed but only 2 are due; the first extra one was \"foo\" by thread foo");
    }

    @Test
    void reportsAnOutputPrintedByAnotherThread() throws InterruptedException {
        Optional<Violation> v = Sequences.check(STEPS, STEPS::get, log("first:first", "first:second", "third:third"));
        assertThat(v).get().extracting(Violation::message)
                .isEqualTo("output #2 \"second\" was printed by thread first; only thread second may print it");
    }
}
