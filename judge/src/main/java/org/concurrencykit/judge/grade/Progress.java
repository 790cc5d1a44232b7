package org.concurrencykit.judge.grade;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * The grade's progress on stderr: done/total, accepted and rejected so far, time left. On a
 * terminal one line redrawn in place; otherwise (CI logs) a plain line every {@code every} ms
 * and at the end.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean live;
    private final int total;
    private final long every;
    private final LongSupplier clock;
    private final long start;
    /** Guarded by this. */
    private int done;
    private int accepted;
    private int rejected;
    private int bad;
    private int notJudged;
    private long printedAt;
    private boolean printed;

    Progress(PrintWriter err, boolean live, int total, long everyMillis, LongSupplier clock) {
        this.err = err;
        this.live = live;
        this.total = total;
        this.every = everyMillis;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** Counts {@code row} as done. */
    synchronized void done(Row row) {
        done++;
        if (row.accepted()) {
            accepted++;
        } else if (row.verdict().equals(Row.BAD_INPUT)) {
            bad++;
        } else if (row.notJudged()) {
            notJudged++;
        } else {
            rejected++;
        }
        tick();
    }

    /** Redraws (live) or prints when due. */
    synchronized void tick() {
        long now = clock.getAsLong();
        if (live || done == total || !printed || now - printedAt >= every) {
            printedAt = now;
            printed = true;
            err.print((live ? "\r" : "") + line(now) + (live ? "" : "\n"));
            if (live && done == total) {
                err.print("\n");
            }
            err.flush();
        }
    }

    synchronized String line(long now) {
        int width = 20;
        int filled = total == 0 ? width : done * width / total;
        long elapsed = now - start;
        String left = done == 0 || done == total ? "" : ", ~" + seconds(elapsed * (total - done) / done) + " left";
        return String.format("grade [%s%s] %d/%d  accepted %d  rejected %d  bad input %d  not judged %d  %s%s",
                "#".repeat(filled), ".".repeat(width - filled), done, total, accepted, rejected, bad, notJudged,
                seconds(elapsed), left);
    }

    private static String seconds(long millis) {
        long s = (millis + 500) / 1000;
        return s >= 60 ? s / 60 + "m" + String.format("%02d", s % 60) + "s" : s + "s";
    }
}
