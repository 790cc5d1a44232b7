package org.concurrencykit.judge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a submission does, the judge answers with a verdict in bounded time and leaves
 * no process behind. Each case submits a Print in Order file through the real command line
 * (compile, child JVM, report) and checks verdict, exit code, message and elapsed time.
 */
// Alone: leavesNoChildProcess counts every process this JVM started, so no other test may
// run a judgement beside it.
@Isolated
class HostileSubmissionsTest {
    /** A correct body for the methods a case does not override. */
    private static final String FIRST = "public void first(Runnable p) throws InterruptedException { p.run(); s2.countDown(); }";
    private static final String SECOND = "public void second(Runnable p) throws InterruptedException { s2.await(); p.run(); s3.countDown(); }";
    private static final String THIRD = "public void third(Runnable p) throws InterruptedException { s3.await(); p.run(); }";
    private static final String LATCHES = "final CountDownLatch s2 = new CountDownLatch(1), s3 = new CountDownLatch(1);";

    @TempDir
    Path dir;

    /** A Foo with the given members; methods not given are the correct ones. */
    static String foo(String... members) {
        StringBuilder sb = new StringBuilder("class Foo {\n  " + LATCHES + "\n");
        String all = String.join("\n", members);
        for (String m : members) {
            sb.append("  ").append(m).append('\n');
        }
        if (!all.contains("void first(")) {
            sb.append("  ").append(FIRST).append('\n');
        }
        if (!all.contains("void second(")) {
            sb.append("  ").append(SECOND).append('\n');
        }
        if (!all.contains("void third(")) {
            sb.append("  ").append(THIRD).append('\n');
        }
        return sb.append("}\n").toString();
    }

    record Case(String name, String source, List<String> options, String verdict, String message, int maxSeconds) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("System.exit in a method", foo("public void second(Runnable p) { System.exit(0); }"),
                List.of(), "RUNTIME_ERROR", "ended with exit status 0", 20));
        c.add(new Case("Runtime.halt in a method", foo("public void third(Runnable p) { Runtime.getRuntime().halt(3); }"),
                List.of(), "RUNTIME_ERROR", "ended with exit status 3", 20));
        c.add(new Case("System.exit in a static initializer", foo("static { if (true) System.exit(7); }"),
                List.of(), "RUNTIME_ERROR", "ended with exit status 7", 20));
        c.add(new Case("throws from the constructor", foo("public Foo() { throw new IllegalStateException(\"boom\"); }"),
                List.of(), "RUNTIME_ERROR", "the constructor threw java.lang.IllegalStateException: boom", 20));
        c.add(new Case("throws from a static initializer", foo("static int x = Integer.parseInt(\"x\");"),
                List.of(), "RUNTIME_ERROR", "the constructor threw java.lang.NumberFormatException", 20));
        c.add(new Case("throws from a method", foo("public void second(Runnable p) { throw new UnsupportedOperationException(\"nope\"); }"),
                List.of(), "RUNTIME_ERROR", "thread second threw java.lang.UnsupportedOperationException: nope", 20));
        c.add(new Case("loops forever", foo("public void first(Runnable p) { while (true) { } }"),
                List.of("--timeout", "1s"), "TIME_LIMIT_EXCEEDED", "thread first keeps running without printing", 20));
        c.add(new Case("loops until interrupted", foo("public void first(Runnable p) { while (!Thread.currentThread().isInterrupted()) { } }"),
                List.of("--timeout", "1s"), "TIME_LIMIT_EXCEEDED", "keeps running without printing", 20));
        c.add(new Case("swallows InterruptedException and waits on",
                foo("public synchronized void second(Runnable p) { while (true) { try { wait(); } catch (InterruptedException e) { } } }"),
                List.of("--timeout", "1s"), "TIME_LIMIT_EXCEEDED", "every thread left is waiting", 20));
        c.add(new Case("blocks in an uninterruptible lock()", foo(
                "final ReentrantLock lock = new ReentrantLock();",
                "public Foo() throws InterruptedException { Thread t = new Thread(() -> { lock.lock(); LockSupport.park(); }); t.setDaemon(true); t.start(); while (!lock.isLocked()) Thread.onSpinWait(); }",
                "public void second(Runnable p) { lock.lock(); p.run(); }"),
                List.of("--timeout", "1s"), "TIME_LIMIT_EXCEEDED", "and none can come", 20));
        c.add(new Case("leaves non-daemon threads running", foo(
                "public Foo() { new Thread(() -> { while (true) LockSupport.park(); }).start(); }"),
                List.of("--rounds", "10"), "ACCEPTED", null, 30));
        c.add(new Case("never shuts down its thread pool", foo(
                "final ExecutorService pool = Executors.newFixedThreadPool(2);",
                "public void first(Runnable p) throws InterruptedException { pool.submit(() -> { }); p.run(); s2.countDown(); }"),
                List.of("--rounds", "10"), "ACCEPTED", null, 30));
        c.add(new Case("allocates without bound", foo(
                "public void first(Runnable p) { List<long[]> hog = new ArrayList<>(); while (true) hog.add(new long[1 << 20]); }"),
                List.of(), "RUNTIME_ERROR", "ran out of memory", 40));
        c.add(new Case("recurses without bound", foo(
                "int down(int n) { return down(n + 1) + 1; }",
                "public void first(Runnable p) { down(0); }"),
                List.of(), "RUNTIME_ERROR", "thread first threw java.lang.StackOverflowError", 20));
        c.add(new Case("prints to System.out without end", foo(
                "public void first(Runnable p) throws InterruptedException { for (int i = 0; i < 200_000; i++) System.out.println(\"spam spam spam\"); p.run(); s2.countDown(); }"),
                List.of("--rounds", "2"), "ACCEPTED", null, 60));
        c.add(new Case("writes to the stdout file descriptor", foo(
                "public void first(Runnable p) throws Exception { var out = new java.io.FileOutputStream(java.io.FileDescriptor.out); byte[] mb = new byte[1 << 20]; for (int i = 0; i < 64; i++) out.write(mb); p.run(); s2.countDown(); }"),
                List.of("--rounds", "2"), "ACCEPTED", null, 60));
        c.add(new Case("runs a callback on another thread", foo(
                "public void first(Runnable p) throws InterruptedException { Thread t = new Thread(p, \"helper\"); t.start(); t.join(); s2.countDown(); }"),
                List.of(), "WRONG_ANSWER", "was printed by thread helper; only thread first may print it", 20));
        c.add(new Case("runs a callback twice", foo(
                "public void first(Runnable p) { p.run(); p.run(); s2.countDown(); }"),
                List.of(), "WRONG_ANSWER", "output #2 was \"first\" but \"second\" was due", 20));
        c.add(new Case("never runs a callback", foo("public void third(Runnable p) { }"),
                List.of(), "WRONG_ANSWER", "\"third\" never came", 20));
        c.add(new Case("keeps correct state in static fields", "class Foo {\n"
                + "  static Semaphore second = new Semaphore(0), third = new Semaphore(0);\n"
                + "  public void first(Runnable p) { p.run(); second.release(); }\n"
                + "  public void second(Runnable p) throws InterruptedException { second.acquire(); p.run(); third.release(); }\n"
                + "  public void third(Runnable p) throws InterruptedException { third.acquire(); p.run(); }\n}\n",
                List.of("--rounds", "50"), "ACCEPTED", null, 30));
        c.add(new Case("counts on static state from an earlier round", "class Foo {\n"
                + "  static final AtomicInteger rounds = new AtomicInteger();\n"
                + "  final CountDownLatch s2 = new CountDownLatch(1), s3 = new CountDownLatch(1);\n"
                + "  public Foo() { if (rounds.incrementAndGet() > 1) { s2.countDown(); s3.countDown(); } }\n"
                + "  public void first(Runnable p) { p.run(); s2.countDown(); }\n"
                + "  public void second(Runnable p) throws InterruptedException { s2.await(); p.run(); s3.countDown(); }\n"
                + "  public void third(Runnable p) throws InterruptedException { s3.await(); p.run(); }\n}\n",
                List.of(), "ACCEPTED", null, 30));
        return c.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(120)
    void getsAVerdictInBoundedTime(Case c) throws IOException {
        Path file = dir.resolve("Foo.java");
        Files.writeString(file, c.source(), StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("submit", "print-in-order", file.toString(), "--format", "json"));
        args.addAll(c.options());
        long start = System.nanoTime();
        Cli r = Cli.run(args.toArray(String[]::new));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertThat(r.err()).as("stderr").isEmpty();
        Map<String, Object> json = r.json();
        assertThat(json.get("verdict")).as("%s: %s", c, r.out()).isEqualTo(c.verdict());
        assertThat(r.exit()).isEqualTo(c.verdict().equals("ACCEPTED") ? ExitCodes.ACCEPTED : ExitCodes.REJECTED);
        if (c.message() != null) {
            assertThat(r.failure().get("message")).asString().contains(c.message());
        }
        assertThat(seconds).as("seconds to answer").isLessThanOrEqualTo(c.maxSeconds());
    }

    @Test
    @Timeout(60)
    void notesWhatTheSolutionPrintedAndThatItsStaticStateIsResetEveryRound() throws IOException {
        Path file = dir.resolve("Foo.java");
        Files.writeString(file, "class Foo {\n  static Semaphore second = new Semaphore(0), third = new Semaphore(0);\n"
                + "  public void first(Runnable p) { System.out.println(\"debug: first\"); p.run(); second.release(); }\n"
                + "  public void second(Runnable p) throws InterruptedException { second.acquire(); p.run(); third.release(); }\n"
                + "  public void third(Runnable p) throws InterruptedException { third.acquire(); p.run(); }\n}\n");
        Cli r = Cli.run("submit", "1114", file.toString(), "--rounds", "5", "--no-color");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("note: the solution wrote", "bytes to System.out (ignored by the judge); it began: debug: first",
                "note: the solution has static state (Foo.second, Foo.third)");
    }

    @Test
    @Timeout(60)
    void killsTheProcessesASolutionStarts() throws IOException {
        String marker = "3011.25";
        Path file = dir.resolve("Foo.java");
        Files.writeString(file, foo("public void third(Runnable p) throws Exception { new ProcessBuilder(\"sleep\", \""
                + marker + "\").start(); p.run(); System.exit(0); }"));
        Cli r = Cli.run("submit", "1114", file.toString(), "--format", "json");
        assertThat(r.json().get("verdict")).isEqualTo("RUNTIME_ERROR");
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().arguments().map(a -> List.of(a).contains(marker))
                .orElse(false)).toList()).as("sleep processes left behind").isEmpty();
    }

    @Test
    void aFifoIsNotAFileToJudge() throws Exception {
        Path fifo = dir.resolve("Foo.java");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Cli r = Cli.run("submit", "1114", fifo.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("judge: cannot read " + fifo + System.lineSeparator());
    }

    @AfterEach
    void leavesNoChildProcess() {
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList())
                .as("processes the judge left running").isEmpty();
    }
}
