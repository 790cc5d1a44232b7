package org.concurrencykit.judge.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The parallel runner with a stand-in judge: no JVMs, milliseconds. */
class GradeRunnerTest {
    private static Discovery.Found found(String student) {
        return new Discovery.Found(student, "print-in-order", student + "/print-in-order/Foo.java", Path.of("Foo.java"), null);
    }

    private static Judged verdict(Discovery.Found f, String verdict) {
        return new Judged(new Row(f.student(), f.problem(), f.file(), verdict, "", 1L, 1, "stress", "", false, ""), "");
    }

    @Test
    @Timeout(10)
    void runsJobsAtATimeAndAnswersInTheOrderGiven() throws Exception {
        List<Discovery.Found> items = List.of(found("a"), found("b"), found("c"), found("d"), found("e"));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch two = new CountDownLatch(2);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        List<Judged> out = new Runner(2, 5_000).run(items, f -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            two.countDown();
            try {
                two.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return verdict(f, "ACCEPTED");
        }, j -> seen.add(j.row().student()), () -> { });
        assertThat(out).extracting(j -> j.row().student()).containsExactly("a", "b", "c", "d", "e");
        assertThat(seen).containsExactlyInAnyOrder("a", "b", "c", "d", "e");
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    @Timeout(10)
    void aJudgementPastTheDeadlineIsStoppedAndNotJudgedWhileTheOthersGoOn() throws Exception {
        List<Discovery.Found> items = List.of(found("hangs"), found("quick"));
        AtomicInteger interrupted = new AtomicInteger();
        List<Judged> out = new Runner(2, 300).run(items, f -> {
            if (f.student().equals("hangs")) {
                try {
                    new CountDownLatch(1).await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    interrupted.incrementAndGet();
                    Thread.currentThread().interrupt();
                }
            }
            return verdict(f, "ACCEPTED");
        }, j -> { }, () -> { });
        assertThat(out.get(0).row().verdict()).isEqualTo(Row.NOT_JUDGED);
        assertThat(out.get(0).row().reason()).startsWith("no verdict within");
        assertThat(out.get(1).row().verdict()).isEqualTo("ACCEPTED");
        assertThat(interrupted.get()).isEqualTo(1);
    }

    @Test
    @Timeout(10)
    void aJudgeThatThrowsIsARowNotACrash() throws Exception {
        List<Judged> out = new Runner(1, 5_000).run(List.of(found("x")), f -> {
            throw new IllegalStateException("boom");
        }, j -> { }, () -> { });
        assertThat(out.get(0).row().verdict()).isEqualTo(Row.NOT_JUDGED);
        assertThat(out.get(0).row().reason()).contains("boom");
    }

    @Test
    void progressCountsVerdictsAndPrintsPlainLinesOffATerminal() {
        java.io.StringWriter sw = new java.io.StringWriter();
        long[] now = {0};
        Progress p = new Progress(new java.io.PrintWriter(sw), false, 4, 10_000, () -> now[0]);
        now[0] = 2_000;
        p.done(verdict(found("a"), "ACCEPTED").row());
        now[0] = 3_000;
        p.done(verdict(found("b"), "DEADLOCK").row());
        now[0] = 13_000;
        p.done(Row.badInput("c", "p", "f", "why"));
        p.done(verdict(found("d"), Row.NOT_JUDGED).row());
        assertThat(sw.toString().lines().toList()).containsExactly(
                "grade [#####...............] 1/4  accepted 1  rejected 0  bad input 0  not judged 0  2s, ~6s left",
                "grade [###############.....] 3/4  accepted 1  rejected 1  bad input 1  not judged 0  13s, ~4s left",
                "grade [####################] 4/4  accepted 1  rejected 1  bad input 1  not judged 1  13s");
    }
}
