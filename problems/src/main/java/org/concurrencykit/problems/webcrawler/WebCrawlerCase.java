package org.concurrencykit.problems.webcrawler;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of Web Crawler Multithreaded, as LeetCode writes it: the pages of a small
 * simulated web, its links, and where the crawl starts.
 *
 * @param urls     every page of the web, distinct, each {@code http://<hostname>[/<path>]}
 * @param edges    the links; repetitions and self-links allowed
 * @param startUrl the page the crawl starts from, one of {@code urls}
 */
public record WebCrawlerCase(List<String> urls, List<Edge> edges, String startUrl) implements TestCase {
    /** LeetCode's bound on the number of pages. */
    public static final int MAX_URLS = 1000;
    /** LeetCode's bound on the length of a URL. */
    public static final int MAX_URL_LENGTH = 300;

    public WebCrawlerCase {
        urls = List.copyOf(urls);
        edges = List.copyOf(edges);
        if (urls.isEmpty() || urls.size() > MAX_URLS) {
            throw new IllegalArgumentException("urls must hold 1.." + MAX_URLS + " pages, got " + urls.size());
        }
        Set<String> seen = new HashSet<>();
        for (String u : urls) {
            if (!Urls.isValid(u) || u.length() > MAX_URL_LENGTH) {
                throw new IllegalArgumentException("not a URL of the form http://hostname/path: " + u);
            }
            if (!seen.add(u)) {
                throw new IllegalArgumentException("urls lists " + u + " twice");
            }
        }
        for (Edge e : edges) {
            if (e.from() < 0 || e.from() >= urls.size() || e.to() < 0 || e.to() >= urls.size()) {
                throw new IllegalArgumentException("edge " + e + " names a page outside urls[0.." + (urls.size() - 1) + "]");
            }
        }
        if (!seen.contains(startUrl)) {
            throw new IllegalArgumentException("startUrl must be one of urls, got " + startUrl);
        }
    }

    @Override
    public String input() {
        return "urls = " + urls.stream().map(Urls::quote).collect(Collectors.joining(",", "[", "]"))
                + ", edges = " + edges.stream().map(Edge::toString).collect(Collectors.joining(",", "[", "]"))
                + ", startUrl = " + Urls.quote(startUrl);
    }

    /** The number of pages a correct crawl fetches, plus its start and its return. */
    @Override
    public int size() {
        return Web.of(this).expected().size() + 2;
    }
}
