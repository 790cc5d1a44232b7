package org.concurrencykit.problems.spi;

/** Which set of problems a problem belongs to: what {@code judge list} groups by. */
public enum Track {
    /** LeetCode's concurrency problems, with LeetCode's numbers and class shapes. */
    LEETCODE("LeetCode"),
    /** The problems and patterns interviewers ask beyond LeetCode's. */
    CLASSIC("Classic");

    private final String label;

    Track(String label) {
        this.label = label;
    }

    /** The name shown to users. */
    public String label() {
        return label;
    }
}
