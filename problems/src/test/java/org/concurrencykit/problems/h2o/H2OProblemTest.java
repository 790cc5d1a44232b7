package org.concurrencykit.problems.h2o;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.concurrencykit.problems.spi.Action;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class H2OProblemTest {
    private static final H2OProblem PROBLEM = new H2OProblem();
    private static final long JOIN_MILLIS = 10_000;

    /** A log of releases, each {@code thread:token}, each appended from a real thread of that name. */
    private static EventLog log(String... threadAndToken) throws InterruptedException {
        EventLog log = new EventLog();
        for (String tt : threadAndToken) {
            String[] parts = tt.split(":");
            Thread t = new Thread(() -> log.add(parts[1]), parts[0]);
            t.start();
            t.join(JOIN_MILLIS);
            assertThat(t.isAlive()).isFalse();
        }
        return log;
    }

    private static Optional<Violation> check(String water, String... threadAndToken) throws InterruptedException {
        return PROBLEM.check(new Water(water), log(threadAndToken));
    }

    @Test
    void acceptsGroupsOfTwoHydrogensAndOneOxygenInAnyOrder() throws InterruptedException {
        assertThat(check("OOHHHH", "H1:H", "O1:O", "H2:H", "O2:O", "H3:H", "H4:H")).isEmpty();
        assertThat(check("OOHHHH", "O2:O", "H3:H", "H1:H", "H4:H", "H2:H", "O1:O")).isEmpty();
        assertThat(check("HOH", "O1:O", "H2:H", "H1:H")).isEmpty();
    }

    @Test
    void rejectsAThirdHydrogenInAMolecule() throws InterruptedException {
        Optional<Violation> v = check("OOHHHH", "H1:H", "H2:H", "O1:O", "H3:H", "H4:H", "O2:O");
        assertThat(v).isEmpty();
        v = check("OOHHHH", "H1:H", "H2:H", "H3:H", "O1:O", "H4:H", "O2:O");
        assertThat(v).isPresent();
        assertThat(v.get().expected()).isEqualTo("HHOHHO");
        assertThat(v.get().actual()).isEqualTo("HHHOHO");
        assertThat(v.get().message()).startsWith("release #3 \"H\" (thread H3) is a third \"H\" in molecule 1 "
                + "(releases #1-#3 after \"HH\"): each group of three releases must be two H and one O");
    }

    @Test
    void rejectsASecondOxygenInAMolecule() throws InterruptedException {
        Optional<Violation> v = check("OOHHHH", "H1:H", "O1:O", "H2:H", "O2:O", "H3:H", "H4:H");
        assertThat(v).isEmpty();
        v = check("OOHHHH", "O1:O", "H1:H", "O2:O", "H2:H", "H3:H", "H4:H");
        assertThat(v).get().extracting(Violation::message).asString()
                .startsWith("release #3 \"O\" (thread O2) is a second \"O\" in molecule 1 (releases #1-#3 after \"OH\")");
    }

    @Test
    void rejectsAMoleculeBoundaryCrossedLaterInTheLog() throws InterruptedException {
        Optional<Violation> v = check("HHOHHOHHO",
                "H1:H", "O1:O", "H2:H", "H3:H", "H4:H", "H5:H", "O2:O", "O3:O", "H6:H");
        assertThat(v).get().extracting(Violation::message).asString()
                .startsWith("release #6 \"H\" (thread H5) is a third \"H\" in molecule 2 (releases #4-#6 after \"HH\")");
    }

    @Test
    void rejectsACallbackRunOnAnotherAtomsThread() throws InterruptedException {
        assertThat(check("HOH", "H1:H", "H1:O", "H2:H")).get().extracting(Violation::message).asString()
                .isEqualTo("release #2 \"O\" ran on thread H1, which called hydrogen(): a thread may run only "
                        + "the callback it was given");
    }

    @Test
    void rejectsACallbackRunOnAThreadThatIsNoAtom() throws InterruptedException {
        assertThat(check("HOH", "H1:H", "worker:O", "H2:H")).get().extracting(Violation::message).asString()
                .startsWith("release #2 \"O\" ran on thread worker, which is not an atom's thread");
    }

    @Test
    void rejectsAThreadThatReleasesTwice() throws InterruptedException {
        assertThat(check("HOH", "H1:H", "O1:O", "H1:H")).get().extracting(Violation::message).asString()
                .isEqualTo("thread H1 released twice (releases #1 and #3): each atom is released exactly once");
    }

    @Test
    void rejectsMissingReleasesNamingTheSilentThreads() throws InterruptedException {
        assertThat(check("OOHHHH", "H1:H", "O1:O", "H2:H", "H3:H")).get().extracting(Violation::message)
                .isEqualTo("only 4 of 6 atoms were released; threads O2, H4 never released");
    }

    @Test
    void parsesLeetCodeInputsAndRejectsImpossibleWater() {
        assertThat(PROBLEM.parse("water = \"OOHHHH\"")).isEqualTo(new Water("OOHHHH"));
        assertThat(PROBLEM.parse("HOH")).isEqualTo(new Water("HOH"));
        assertThatThrownBy(() -> PROBLEM.parse("water = \"HHH\"")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PROBLEM.parse("water = \"" + "HHO".repeat(21) + "\""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static List<Class<? extends WaterMolecule>> references() {
        return PROBLEM.references();
    }

    @ParameterizedTest
    @MethodSource("references")
    void releasesWholeMoleculesForEveryStartOrder(Class<? extends WaterMolecule> type) throws Exception {
        for (Water water : PROBLEM.cases(new java.util.Random(7))) {
            PlainRound round = new PlainRound();
            PROBLEM.run(type.getConstructor().newInstance(), water, round);
            round.runAll();
            assertThat(PROBLEM.check(water, round.log)).as("%s on %s", type.getSimpleName(), water.input()).isEmpty();
        }
    }

    /** Runs a round's threads with yields as the only delays; every join bounded. */
    private static final class PlainRound implements Round {
        final EventLog log = new EventLog();
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicReference<Throwable> thrown = new AtomicReference<>();

        @Override
        public void thread(String name, Action body) {
            threads.add(new Thread(() -> {
                try {
                    body.run();
                } catch (Throwable e) {
                    thrown.compareAndSet(null, e);
                }
            }, name));
        }

        @Override
        public void emit(String token) {
            log.add(token);
        }

        @Override
        public void pause() {
            if (ThreadLocalRandom.current().nextBoolean()) {
                Thread.yield();
            }
        }

        @Override
        public void latency(long nanos) {
            throw new UnsupportedOperationException();
        }

        void runAll() throws InterruptedException {
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join(JOIN_MILLIS);
                assertThat(t.isAlive()).as("thread %s still running", t.getName()).isFalse();
            }
            assertThat(thrown.get()).isNull();
        }
    }
}
