package org.concurrencykit.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code judge jcstress} through bin/judge, on real jcstress runs: a correct pasted solution
 * passes with its 3-actor test reported as skipped for CPUs, a broken one fails with its
 * FORBIDDEN outcomes, a hanging one fails within the time limit, and bad usage is exit 2.
 */
class JcstressCommandIT {
    private static final Path ROOT = Launched.ROOT;

    @TempDir
    Path cwd;

    private Launched judge(String... args) throws IOException, InterruptedException {
        return Launched.judge(cwd, 5, args);
    }

    @Test
    @Timeout(300)
    void aCorrectSolutionPassesAndTheTestsThatNeedMoreCpusAreListed() throws Exception {
        Launched r = judge("jcstress", "print-in-order", ROOT.resolve("examples/print-in-order/accepted/Foo.java").toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("jcstress: mode brief:", "OK  org.concurrencykit.jcstress.printinorder.PrintInOrderStress.SecondAndThird.User",
                "\"first, second, third\"", "Acceptable", "jcstress: PASSED", "tests run:         2 of 2 expected",
                "HTML report: " + cwd.resolve("jcstress-report/results/index.html"));
        if (Runtime.getRuntime().availableProcessors() < 3) {
            assertThat(r.out()).contains("AllThree.User: needs 3 CPUs, this machine has");
        }
        assertThat(cwd.resolve("jcstress-report/results/index.html")).exists();
    }

    @Test
    @Timeout(300)
    void aMutexOnlyFooBarShowsForbiddenOutcomesAndExitsOne() throws Exception {
        Launched r = judge("jcstress", "1115", ROOT.resolve("examples/print-foobar-alternately/mutex-only/FooBar.java").toString(),
                "--report-dir", "out");
        assertThat(r.exit()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("jcstress: FAILED", "FORBIDDEN \"").containsPattern("forbidden: +[1-9]");
    }

    @Test
    @Timeout(300)
    void aSolutionThatHangsFailsWithinTheTimeLimit() throws Exception {
        Path file = cwd.resolve("Foo.java");
        Files.writeString(file, "class Foo {\n"
                + "  public void first(Runnable p) { p.run(); }\n"
                + "  public synchronized void second(Runnable p) throws InterruptedException { wait(); p.run(); }\n"
                + "  public void third(Runnable p) { p.run(); }\n}\n");
        long start = System.nanoTime();
        Launched r = judge("jcstress", "1114", file.toString(), "--timeout", "40");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(120);
        assertThat(r.exit()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("jcstress: FAILED", "watchdog");
    }

    @Test
    @Timeout(60)
    void badUsageIsExitTwo() throws Exception {
        Path foo = ROOT.resolve("examples/print-in-order/accepted/Foo.java");
        assertThat(judge("jcstress", "1114").exit()).isEqualTo(2);
        assertThat(judge("jcstress", "1114", foo.toString(), "--reference").exit()).isEqualTo(2);
        assertThat(judge("jcstress", "1114", foo.toString(), "--mode", "forever").exit()).isEqualTo(2);
        assertThat(judge("jcstress", "1114", cwd.resolve("Nope.java").toString()).exit()).isEqualTo(2);
    }
}
