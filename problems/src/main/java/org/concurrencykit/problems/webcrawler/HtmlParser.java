package org.concurrencykit.problems.webcrawler;

import java.util.List;

/**
 * A fetcher of web pages that answers with the links a page contains (LeetCode 1242's
 * {@code HtmlParser}).
 *
 * <p>One parser serves a whole crawl and may be called by any number of threads at once.
 * Each call is a network request: it blocks the calling thread for about 15 ms and takes no
 * CPU while it waits, so calls made by different threads overlap in time.
 *
 * <p>Memory consistency effects: the list a call returns is a fresh list owned by the
 * caller; nothing else reads or writes it.
 */
public interface HtmlParser {
    /**
     * Fetches {@code url} and returns the URLs it links to, in page order, possibly with
     * repetitions, possibly to other hosts and back to pages already seen.
     */
    List<String> getUrls(String url);
}
