package org.concurrencykit.problems.readwritelock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadWriteLockProblemTest {
    private static final ReadWriteLockProblem PROBLEM = new ReadWriteLockProblem();
    private static final LockCase TWO_READERS = new LockCase(2, 1, 2, 1);
    private static final LockCase STREAM = new LockCase(2, 1, LockCase.STREAM, 1);

    /** A log written by hand from tokens like {@code R1+}; the thread is read from the token. */
    private static List<Event> log(String tokens) {
        List<Event> events = new ArrayList<>();
        for (String t : tokens.trim().split("\\s+")) {
            int n = Integer.parseInt(t.substring(1, t.length() - 1));
            String thread = t.charAt(0) == 'R' ? LockChecker.reader(n) : LockChecker.writer(n);
            events.add(new Event(events.size(), thread, t, events.size()));
        }
        return events;
    }

    private static String message(Optional<Violation> v) {
        assertThat(v).isPresent();
        return v.get().message();
    }

    @Test
    void acceptsReadersTogetherAndAWriterAlone() {
        assertThat(LockChecker.check(TWO_READERS, log("R1+ R2+ W1? R1- R2- W1+ W1- R1+ R2+ R2- R1-"))).isEmpty();
    }

    @Test
    void acceptsAStreamWhereTwoReadersOverlapped() {
        assertThat(LockChecker.check(STREAM, log("R1+ R2+ R1- W1? R2- W1+ W1- R1+ R1- R2+ R2-"))).isEmpty();
    }

    @Test
    void rejectsAWriterGettingInWhileAReaderReads() {
        Optional<Violation> v = LockChecker.check(TWO_READERS, log("R1+ W1? W1+ W1- R1- R2+ R2- R1+ R1- R2+ R2-"));
        assertThat(message(v)).isEqualTo("writer-1 got in while reader-1 was reading: a writer must be alone");
        assertThat(v.get().actual()).isEqualTo("R1+ W1? W1+");
    }

    @Test
    void namesEveryReaderInsideWhenAWriterGetsIn() {
        assertThat(message(LockChecker.check(TWO_READERS, log("R1+ R2+ W1? W1+"))))
                .startsWith("writer-1 got in while reader-1 and reader-2 were reading");
    }

    @Test
    void rejectsAReaderGettingInWhileAWriterWrites() {
        assertThat(message(LockChecker.check(TWO_READERS, log("W1? W1+ R2+"))))
                .isEqualTo("reader-2 got in while writer-1 was writing: nobody may be inside with a writer");
    }

    @Test
    void rejectsTwoWritersInsideTogether() {
        LockCase twoWriters = new LockCase(1, 2, 1, 1);
        assertThat(message(LockChecker.check(twoWriters, log("W1? W2? W1+ W2+"))))
                .isEqualTo("writer-2 got in while writer-1 was writing: a writer must be alone");
    }

    /** W1? then {@code entries} reader entries, alternating two readers so that one is always inside. */
    private static String starving(int entries) {
        StringBuilder sb = new StringBuilder("R1+ W1?");
        int inside = 1;
        for (int i = 0; i < entries; i++) {
            int next = 3 - inside;
            sb.append(" R").append(next).append("+ R").append(inside).append("-");
            inside = next;
        }
        return sb.append(" R").append(inside).append("- W1+ W1-").toString();
    }

    @Test
    void rejectsAWriterStarvedByAStreamOfReaders() {
        Optional<Violation> v = LockChecker.check(STREAM, log(starving(LockChecker.MAX_OVERTAKING + 1)));
        assertThat(message(v)).startsWith("writer-1 asked for the lock and then readers got in 1001 times before it did");
        assertThat(v.get().actual()).as("where the writer asked, then the entry past the bound")
                .isEqualTo("R1+ W1? ... R1- R1+ R2- R2+");
    }

    @Test
    void allowsReadersAlreadyOnTheirWayInUpToTheBound() {
        assertThat(LockChecker.check(STREAM, log(starving(LockChecker.MAX_OVERTAKING)))).isEmpty();
    }

    @Test
    void rejectsAStreamWhoseReadersNeverOverlapped() {
        assertThat(message(LockChecker.check(STREAM, log("R1+ R1- R2+ R2- W1? W1+ W1-"))))
                .startsWith("no two readers were ever inside together");
    }

    @Test
    void rejectsAThreadThatGotInTooFewTimes() {
        assertThat(message(LockChecker.check(TWO_READERS, log("R1+ R2+ W1? R1- R2- W1+ W1- R1+ R1-"))))
                .isEqualTo("reader-2 got in once; it reads 2 times");
        assertThat(message(LockChecker.check(STREAM, log("R1+ R2+ R1- R2-"))))
                .isEqualTo("writer-1 got in 0 times; it writes once");
    }

    @Test
    void anUnfinishedRoundIsWrongOnlyWhenARuleIsAlreadyBroken() {
        assertThat(LockChecker.checkUnfinished(TWO_READERS, log("R1+ R2+ W1? R1-"))).isEmpty();
        assertThat(LockChecker.checkUnfinished(STREAM, log("R1+ R1-"))).as("no overlap yet: may come").isEmpty();
        assertThat(message(PROBLEM.checkUnfinished(TWO_READERS, eventLog("R1+ W1? W1+"))))
                .startsWith("writer-1 got in while reader-1 was reading");
    }

    private static org.concurrencykit.problems.spi.EventLog eventLog(String tokens) {
        org.concurrencykit.problems.spi.EventLog log = new org.concurrencykit.problems.spi.EventLog();
        log(tokens).forEach(e -> log.add(e.token()));
        return log;
    }

    @Test
    void outputIsTheEventsSeparatedBySpaces() {
        assertThat(PROBLEM.output(TWO_READERS, eventLog("R1+ R2+ W1?"))).isEqualTo("R1+ R2+ W1?");
    }

    @Test
    void everyCaseReadsBackFromItsInput() {
        List<LockCase> all = new ArrayList<>(PROBLEM.cases(new Random(7)));
        all.addAll(PROBLEM.smallCases());
        for (LockCase c : all) {
            assertThat(PROBLEM.parse(c.input())).isEqualTo(c);
        }
        assertThat(PROBLEM.parse("readers = 3, writers = 1, reads = stream, writes = 2").stream()).isTrue();
        assertThat(PROBLEM.cases(new Random(7)).subList(0, 2)).isEqualTo(PROBLEM.examples());
    }

    @Test
    void smallCasesFitTheModelChecker() {
        assertThat(PROBLEM.smallCases()).allSatisfy(c -> {
            assertThat(c.readers() + c.writers()).isLessThanOrEqualTo(8);
            assertThat(c.stream()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"readers = 0, writers = 1, reads = 2, writes = 1",
        "readers = 6, writers = 3, reads = 2, writes = 1", "readers = 1, writers = 1, reads = stream, writes = 1",
        "readers = 2, writers = 1, reads = 0, writes = 1", "readers = 2, writers = 1, reads = 51, writes = 1",
        "readers = 2, writers = 5, reads = 1, writes = 1", "readers = 2, writers = 1, reads = 1, writes = 0",
        "readers = 2, writers = 1", "hello"})
    void badInputIsRejectedWithAOneLineReason(String input) {
        assertThatThrownBy(() -> PROBLEM.parse(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(input).hasMessageNotContaining("\n");
    }

    @Test
    void theReferencesAreFourPrimitives() {
        assertThat(PROBLEM.references()).hasSize(4);
        assertThat(PROBLEM.primitives()).hasSize(4);
        assertThat(PROBLEM.info().number()).isZero();
    }
}
