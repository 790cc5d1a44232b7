package org.concurrencykit.problems.spi;

/** LeetCode's difficulty labels. */
public enum Difficulty {
    EASY("Easy"), MEDIUM("Medium"), HARD("Hard");

    private final String label;

    Difficulty(String label) {
        this.label = label;
    }

    /** The label as LeetCode prints it. */
    public String label() {
        return label;
    }
}
