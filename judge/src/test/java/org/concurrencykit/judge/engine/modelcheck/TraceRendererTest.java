package org.concurrencykit.judge.engine.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The trace renderer on Lincheck reports: tables built here in Lincheck's format (padded
 * columns, two spaces of indentation per call, {@code at Class.method(File:line)}), and
 * one real report kept as a test resource.
 */
class TraceRendererTest {
    private static final Set<String> USER = Set.of("Foo");

    /** A row of a table: the column it is in, its depth and its text. */
    private record Cell(int column, int depth, String text) {
    }

    private static Cell main(String text) {
        return new Cell(0, 0, text);
    }

    private static Cell at(int column, int depth, String text) {
        return new Cell(column, depth, text);
    }

    /** A report as Lincheck writes it, with a "Detailed trace:" table of {@code cells}. */
    private static String report(List<String> headers, List<Cell> cells) {
        int[] width = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            width[i] = headers.get(i).length();
        }
        List<String> texts = new ArrayList<>();
        for (Cell c : cells) {
            String t = "  ".repeat(c.depth()) + c.text();
            texts.add(t);
            width[c.column()] = Math.max(width[c.column()], t.length());
        }
        StringBuilder sb = new StringBuilder("= Concurrent test failed =\n\nDetailed trace:\n");
        int total = 0;
        for (int w : width) {
            total += w + 3;
        }
        String rule = "| " + "-".repeat(total - 3) + " |\n";
        sb.append(rule);
        StringBuilder header = new StringBuilder("|");
        for (int i = 0; i < headers.size(); i++) {
            header.append(' ').append(String.format("%-" + width[i] + "s", headers.get(i))).append(" |");
        }
        sb.append(header).append('\n').append(rule);
        for (int k = 0; k < cells.size(); k++) {
            StringBuilder row = new StringBuilder("|");
            for (int i = 0; i < headers.size(); i++) {
                String t = cells.get(k).column() == i ? texts.get(k) : "";
                row.append(' ').append(String.format("%-" + width[i] + "s", t)).append(" |");
            }
            sb.append(row).append('\n');
        }
        return sb.append(rule).toString();
    }

    private static TraceRenderer.Rendering render(String report) {
        return new TraceRenderer(RawTrace.parse(report), USER).render();
    }

    private static final List<String> THREE = List.of("Main Thread", "Thread 1", "Thread 2", "Thread 3");

    private static Cell role(int column, String name) {
        return at(column, 1, "ModelCheckBlock.role(" + (column - 1) + ", \"" + name
                + "\") at ModelCheckBlock.runLane(ModelCheckBlock.java:205)");
    }

    @Test
    void showsTheUsersLinesByThreadWithTheCallbacksOutputsAndTheSwitches() {
        String report = report(THREE, List.of(
                main("Constructor#1.newInstance(Array<Object>#1): Foo#1 at ModelCheckBlock.execute(ModelCheckBlock.java:140)"),
                main("switch (reason: waiting for Thread 1 to finish)"),
                at(1, 0, "run()"),
                role(1, "first"),
                at(1, 1, "Lambda#1.run() at ModelCheckBlock.runLane(ModelCheckBlock.java:208)"),
                at(1, 2, "firstDone.countDown() at Foo.first(Foo.java:14)"),
                at(1, 3, "sync.releaseShared(1): true at CountDownLatch.countDown(CountDownLatch.java:290)"),
                at(1, 2, "printFirst.run() at Foo.first(Foo.java:15)"),
                at(1, 3, "pause() at Round.lambda$callback$0(Round.java:37)"),
                at(1, 3, "emit(\"first\") at Round.lambda$callback$0(Round.java:38)"),
                at(1, 3, "pause() at Round.lambda$callback$0(Round.java:39)"),
                at(1, 2, "switch"),
                at(2, 0, "run()"),
                role(2, "second"),
                at(2, 2, "firstDone.await() at Foo.second(Foo.java:19)"),
                at(2, 2, "printSecond.run() at Foo.second(Foo.java:20)"),
                at(2, 3, "emit(\"second\") at Round.lambda$callback$0(Round.java:38)"),
                at(2, 3, "pause() at Round.lambda$callback$0(Round.java:39)")));

        TraceRenderer.Rendering r = render(report);

        assertThat(r.file()).isEqualTo("Foo.java");
        assertThat(r.lines()).containsExactly(
                "first     14  firstDone.countDown()",
                "first     15  printFirst.run() -> \"first\"",
                "first         ~ switch ~",
                "second    19  firstDone.await()",
                "second    20  printSecond.run() -> \"second\"");
    }

    @Test
    void placesAnOutputWhereItHappenedWhenTheThreadWasSwitchedOutBeforeRecordingIt() {
        String report = report(THREE, List.of(
                at(1, 0, "run()"),
                role(1, "first"),
                at(1, 2, "firstDone.countDown() at Foo.first(Foo.java:14)"),
                at(1, 2, "printFirst.run() at Foo.first(Foo.java:15)"),
                at(1, 3, "emit(\"first\") at Round.lambda$callback$0(Round.java:38)"),
                at(1, 4, "switch"),
                at(2, 0, "run()"),
                role(2, "second"),
                at(2, 2, "printSecond.run() at Foo.second(Foo.java:20)"),
                at(2, 3, "emit(\"second\") at Round.lambda$callback$0(Round.java:38)"),
                at(2, 3, "pause() at Round.lambda$callback$0(Round.java:39)"),
                at(1, 3, "pause() at Round.lambda$callback$0(Round.java:39)")));

        assertThat(render(report).lines()).containsExactly(
                "first     14  firstDone.countDown()",
                "first     15  printFirst.run()",
                "first         ~ switch ~",
                "second    20  printSecond.run() -> \"second\"",
                "first     15  ... printFirst.run() -> \"first\"");
    }

    @Test
    void readsALockOrderDeadlockAsTwoThreadsBlockedInLockEachHoldingTheOther() {
        List<String> two = List.of("Main Thread", "Thread 1", "Thread 2");
        List<Cell> cells = new ArrayList<>();
        String[] roles = {"foo", "bar"};
        for (int t = 1; t <= 2; t++) {
            cells.add(at(t, 0, "run()"));
            cells.add(role(t, roles[t - 1]));
            cells.add(at(t, 2, "turn(ReentrantLock#1, ReentrantLock#2) at Foo." + roles[t - 1] + "(Foo.java:28)"));
            cells.add(at(t, 3, "mine.lock() at Foo.turn(Foo.java:44)"));
            cells.add(at(t, 4, "sync.lock() at ReentrantLock.lock(ReentrantLock.java:322)"));
            cells.add(at(t, 3, "other.lock() at Foo.turn(Foo.java:46)"));
            cells.add(at(t, 4, "sync.lock() at ReentrantLock.lock(ReentrantLock.java:322)"));
            cells.add(at(t, 5, "acquire(1) at ReentrantLock.Sync.lock(ReentrantLock.java:153)"));
            cells.add(at(t, 6, "PARK at LockSupport.park(LockSupport.java:211)"));
            cells.add(at(t, 6, "switch (reason: active lock detected)"));
        }

        TraceRenderer.Rendering r = render(report(two, cells));

        assertThat(r.stops().values()).extracting(TraceRenderer.Stop::role).containsExactly("foo", "bar");
        for (TraceRenderer.Stop s : r.stops().values()) {
            assertThat(s.kind()).isEqualTo(TraceRenderer.Kind.LOCK);
            assertThat(s.call()).isEqualTo("other.lock()");
            assertThat(s.line()).isEqualTo(46);
            assertThat(s.holds()).containsExactly("mine (line 44)");
        }
        assertThat(r.lines()).contains("foo           ~ switch: blocked in other.lock() ~");
    }

    @Test
    void readsALostWakeUpAsAThreadWaitingInWaitHoldingNothing() {
        String report = report(THREE, List.of(
                at(3, 0, "run()"),
                role(3, "third"),
                at(3, 2, "foo.third(Lambda#8) at PrintInOrderProblem.lambda$run$2(PrintInOrderProblem.java:94)"),
                at(3, 3, "MONITORENTER at Foo.third(Foo.java:0)"),
                at(3, 3, "WAIT at Foo.third(Foo.java:28)"),
                at(3, 3, "switch (reason: wait on monitor)")));

        TraceRenderer.Rendering r = render(report);

        assertThat(r.lines()).containsExactly(
                "third         enter synchronized third()",
                "third     28  wait()",
                "third         ~ switch: waits in wait() ~");
        TraceRenderer.Stop third = r.stops().get(2);
        assertThat(third.kind()).isEqualTo(TraceRenderer.Kind.WAIT);
        assertThat(third.line()).isEqualTo(28);
        assertThat(third.holds()).isEmpty();
    }

    @Test
    void notesANotifyByAThreadHoldingNoMonitorWhichJavaWouldRefuse() {
        String report = report(THREE, List.of(
                at(2, 0, "run()"),
                role(2, "second"),
                at(2, 3, "MONITORENTER at Foo.second(Foo.java:0)"),
                at(2, 3, "NOTIFY at Foo.second(Foo.java:24)"),
                at(2, 3, "MONITOREXIT at Foo.second(Foo.java:25)"),
                at(1, 0, "run()"),
                role(1, "first"),
                at(1, 2, "printFirst.run() at Foo.first(Foo.java:18)"),
                at(1, 2, "NOTIFY at Foo.first(Foo.java:20)")));

        TraceRenderer.Rendering r = render(report);

        assertThat(r.misuse()).isEqualTo(new TraceRenderer.Misuse("first", "notify()/notifyAll()", 20));
    }

    @Test
    void cutsLongEventsToFitAHundredColumnTerminal() {
        String arg = "\"" + "x".repeat(150) + "\"";
        String report = report(THREE, List.of(
                at(1, 0, "run()"),
                role(1, "first"),
                at(1, 2, "log(" + arg + ") at Foo.first(Foo.java:3)")));

        List<String> lines = render(report).lines();

        assertThat(lines).hasSize(1);
        assertThat(("  " + lines.get(0)).length()).isLessThanOrEqualTo(TraceRenderer.WIDTH);
        assertThat(lines.get(0)).startsWith("first      3  log(\"xxx").endsWith("...");
    }

    @Test
    void readsARealLincheckReport() throws IOException {
        String report;
        try (InputStream in = getClass().getResourceAsStream("lost-wake-up.txt")) {
            report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        RawTrace raw = RawTrace.parse(report);
        assertThat(raw.columns()).containsExactly("Main Thread", "Thread 1", "Thread 2", "Thread 3");

        TraceRenderer.Rendering r = new TraceRenderer(raw, Set.of("BrokenWaitWithoutConditionPrintInOrder")).render();

        assertThat(r.file()).isEqualTo("BrokenWaitWithoutConditionPrintInOrder.java");
        assertThat(r.stops().values()).extracting(TraceRenderer.Stop::role).containsExactly("first", "second", "third");
        assertThat(r.stops().get(1).kind()).isEqualTo(TraceRenderer.Kind.WAIT);
        assertThat(r.stops().get(2).kind()).isEqualTo(TraceRenderer.Kind.WAIT);
        assertThat(r.lines()).anyMatch(l -> l.matches("first +\\d+  printFirst\\.run\\(\\) -> \"first\""));
        assertThat(r.lines()).allMatch(l -> ("  " + l).length() <= TraceRenderer.WIDTH);
    }

    @Test
    void longThreadNamesKeepTheirEndsSoThatTheyStayApart() {
        assertThat(TraceRenderer.shortRole("philosopher-4", 16)).isEqualTo("philosopher-4");
        String a = TraceRenderer.shortRole("a-very-long-thread-name-1", 16);
        String b = TraceRenderer.shortRole("a-very-long-thread-name-2", 16);
        assertThat(a).hasSize(16).endsWith("e-1").isNotEqualTo(b);
    }

    @Test
    void aLongInterleavingIsCutToTheLinesLeadingUpToTheFirstWrongOutput() {
        List<Cell> cells = new ArrayList<>(List.of(at(1, 0, "run()"), role(1, "number")));
        int outputs = 200;
        for (int i = 1; i <= outputs; i++) {
            cells.add(at(1, 2, "print.accept(" + i + ") at Foo.number(Foo.java:7)"));
            cells.add(at(1, 3, "emit(\"" + i + "\") at Round.lambda$numberCallback$1(Round.java:47)"));
        }
        String report = report(List.of("Main Thread", "Thread 1"), cells);

        List<String> whole = new TraceRenderer(RawTrace.parse(report), USER).render().lines();
        assertThat(whole).as("no mark: the end is kept").last().asString().contains("print.accept(200) -> \"200\"");

        List<String> lines = new TraceRenderer(RawTrace.parse(report), USER).render(150, "150").lines();
        assertThat(lines).hasSizeLessThanOrEqualTo(TraceRenderer.MAX_LINES + 2);
        assertThat(lines).first().asString().contains("print.accept(1) -> \"1\"");
        assertThat(lines).anyMatch(l -> l.endsWith("print.accept(150) -> \"150\"   <- output #150, the first wrong one"));
        assertThat(lines).anyMatch(l -> l.contains("print.accept(156)")).noneMatch(l -> l.contains("print.accept(157)"));
        assertThat(lines).last().asString().contains("... 44 more events ...");

        List<String> misaligned = new TraceRenderer(RawTrace.parse(report), USER).render(150, "7").lines();
        assertThat(misaligned).as("a mark only where the trace's output is the log's").noneMatch(l -> l.contains("<-"));
    }
}
