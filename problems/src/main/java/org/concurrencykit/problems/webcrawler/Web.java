package org.concurrencykit.problems.webcrawler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated web of one test case, and what a correct crawl of it finds: the pages of the
 * start host reachable from the start URL (breadth-first, so each has a shortest path), and
 * the depth of that search, the length of the chain of fetches no crawler can shorten.
 */
final class Web {
    private final String startUrl;
    private final String host;
    /** Each page's links, in edge order, repetitions kept. */
    private final Map<String, List<String>> links;
    /** Reachable pages of the start host, in breadth-first order, with their distance from the start. */
    private final Map<String, Integer> expected;
    /** For each reachable page but the start, the page it was first reached from. */
    private final Map<String, String> parent;

    private Web(String startUrl, Map<String, List<String>> links) {
        this.startUrl = startUrl;
        this.host = Urls.host(startUrl);
        this.links = links;
        this.expected = new LinkedHashMap<>();
        this.parent = new HashMap<>();
        search();
    }

    /** The web of {@code c}. */
    static Web of(WebCrawlerCase c) {
        Map<String, List<String>> links = new HashMap<>();
        for (String u : c.urls()) {
            links.put(u, new ArrayList<>());
        }
        for (Edge e : c.edges()) {
            links.get(c.urls().get(e.from())).add(c.urls().get(e.to()));
        }
        links.replaceAll((u, l) -> List.copyOf(l));
        return new Web(c.startUrl(), Collections.unmodifiableMap(links));
    }

    private void search() {
        Deque<String> queue = new ArrayDeque<>();
        expected.put(startUrl, 0);
        queue.add(startUrl);
        while (!queue.isEmpty()) {
            String page = queue.poll();
            for (String next : links.get(page)) {
                if (host.equals(Urls.host(next)) && !expected.containsKey(next)) {
                    expected.put(next, expected.get(page) + 1);
                    parent.put(next, page);
                    queue.add(next);
                }
            }
        }
    }

    String startUrl() {
        return startUrl;
    }

    /** The start URL's hostname. */
    String host() {
        return host;
    }

    /** Whether {@code url} is a page of this web. */
    boolean contains(String url) {
        return url != null && links.containsKey(url);
    }

    /** The links of page {@code url}, or none for a URL that is not a page. */
    List<String> links(String url) {
        return url == null ? List.of() : links.getOrDefault(url, List.of());
    }

    /** What a correct crawl returns, in breadth-first order. */
    List<String> expected() {
        return List.copyOf(expected.keySet());
    }

    /** Whether a correct crawl returns {@code url}. */
    boolean isExpected(String url) {
        return url != null && expected.containsKey(url);
    }

    /** The page through which the search first reached {@code url}; null for the start. */
    String parent(String url) {
        return parent.get(url);
    }

    /** The largest distance from the start to a page of the result, in links. */
    int depth() {
        return expected.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
