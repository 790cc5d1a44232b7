package org.concurrencykit.problems.webcrawler;

/**
 * One link of a test case's web: page {@code urls[from]} links to page {@code urls[to]}.
 *
 * @param from index of the linking page
 * @param to   index of the linked page
 */
public record Edge(int from, int to) {
    @Override
    public String toString() {
        return "[" + from + "," + to + "]";
    }
}
