package org.concurrencykit.problems.webcrawler;

import java.util.List;

/**
 * A crawler that finds every page of one host reachable from a start page, fetching pages
 * concurrently (LeetCode 1242, class {@code Solution}).
 *
 * <p>One thread calls {@link #crawl} once per instance. The crawler may start threads of its
 * own (a pool, workers, a fork/join tree); they call {@link HtmlParser#getUrls} while the
 * calling thread waits, and every one of them must have finished with the crawl before
 * {@code crawl} returns.
 *
 * <p>{@code crawl} declares no {@code InterruptedException}, as on LeetCode: an implementation
 * interrupted while it waits for its threads restores the interrupt status and throws an
 * unchecked exception ({@link java.util.concurrent.CancellationException}).
 *
 * <p>Memory consistency effects: each {@code getUrls} call and the recording of the links it
 * returned happen-before {@code crawl} returns, in whichever thread they ran.
 */
public interface WebCrawler {
    /**
     * Returns every URL reachable from {@code startUrl} by following links whose target has
     * the same hostname as {@code startUrl}, {@code startUrl} included, each exactly once and
     * in any order. Fetches each such page once and never a page of another host.
     */
    List<String> crawl(String startUrl, HtmlParser htmlParser);
}
