package org.concurrencykit.judge.grade;

/**
 * A row with its text report (what {@code judge submit} prints, or the reason it was not judged).
 *
 * @param row  the summary's row
 * @param text the text report
 */
public record Judged(Row row, String text) {
    /** A row that was not judged: its report is its reason. */
    public static Judged of(Row row) {
        return new Judged(row, row.verdict() + "  " + row.key() + "\n  " + row.reason() + "\n");
    }
}
