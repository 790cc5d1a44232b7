package org.concurrencykit.problems.webcrawler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws the simulated webs of the generated cases: deep chains and rings, stars and wide
 * trees, and random webs spread over several hosts, all with links to other hosts, links
 * back to pages already seen, and repeated links. Some other hosts' names begin with the
 * start host's name ({@code docs.example.org.mirror.io}) or end with it, to catch hostname
 * tests that compare prefixes or suffixes.
 */
final class WebGenerator {
    private static final List<String> HOSTS = List.of("docs.example.org", "blog.example.org", "example.org",
            "shop.example.com", "news.example.net", "cdn.example.net", "wiki.example.io");

    private final Random random;
    private final List<String> urls = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Map<String, Integer> pagesPerHost = new HashMap<>();
    /** The start URL's host, then the other hosts of this web. */
    private final List<String> hosts = new ArrayList<>();

    private WebGenerator(Random random, int otherHosts) {
        this.random = random;
        List<String> names = new ArrayList<>(HOSTS);
        Collections.shuffle(names, random);
        String start = names.get(0);
        hosts.add(start);
        if (otherHosts > 0) {
            hosts.add(start + ".mirror.io");
        }
        hosts.addAll(names.subList(1, Math.max(1, Math.min(names.size(), otherHosts))));
    }

    /** One page, linking to itself twice. */
    static WebCrawlerCase single(Random random) {
        WebGenerator g = new WebGenerator(random, 0);
        int p = g.page(0);
        g.link(p, p);
        g.link(p, p);
        return g.build(p);
    }

    /**
     * A start page that nothing else on its host can be reached from, and host pages that
     * link to the start but are reachable only through another host.
     */
    static WebCrawlerCase unreachableStart(Random random) {
        WebGenerator g = new WebGenerator(random, 2);
        int start = g.page(0);
        int a = g.page(0);
        int b = g.page(0);
        int away = g.page(1);
        g.link(start, a);
        g.link(start, b);
        g.link(start, away);
        g.link(a, start);
        for (int i = 0; i < 5; i++) {
            int hidden = g.page(0);
            g.link(hidden, start);
            g.link(away, hidden);
        }
        g.link(b, g.page(2));
        return g.build(start);
    }

    /** {@code n} host pages in a ring, each also linking out to another host. */
    static WebCrawlerCase ring(Random random, int n) {
        WebGenerator g = new WebGenerator(random, 3);
        int first = g.page(0);
        int prev = first;
        for (int i = 1; i < n; i++) {
            int p = g.page(0);
            g.link(prev, p);
            g.outLink(prev);
            prev = p;
        }
        g.link(prev, first);
        return g.build(first);
    }

    /** A chain of {@code n} host pages, with links back up the chain and out to other hosts: as deep as it gets. */
    static WebCrawlerCase chain(Random random, int n) {
        WebGenerator g = new WebGenerator(random, 3);
        List<Integer> chain = new ArrayList<>();
        chain.add(g.page(0));
        for (int i = 1; i < n; i++) {
            int p = g.page(0);
            g.link(chain.get(i - 1), p);
            g.link(p, chain.get(g.random.nextInt(i)));
            if (g.random.nextInt(4) == 0) {
                g.outLink(p);
            }
            chain.add(p);
        }
        return g.build(chain.get(0));
    }

    /** A start page linking to {@code n - 1} host pages, which link back and to each other: as wide as it gets. */
    static WebCrawlerCase star(Random random, int n, int otherHosts) {
        WebGenerator g = new WebGenerator(random, otherHosts);
        int start = g.page(0);
        List<Integer> leaves = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            int leaf = g.page(0);
            g.link(start, leaf);
            leaves.add(leaf);
        }
        for (int leaf : leaves) {
            g.link(leaf, start);
            g.link(leaf, leaves.get(g.random.nextInt(leaves.size())));
            g.link(leaf, leaves.get(g.random.nextInt(leaves.size())));
            if (otherHosts > 0 && g.random.nextInt(8) == 0) {
                g.outLink(leaf);
            }
            if (g.random.nextInt(10) == 0) {
                g.link(start, leaf);
            }
        }
        return g.build(start);
    }

    /**
     * A tree of {@code n} host pages where each page links to {@code branching} children, plus
     * links to random host pages and out to other hosts, and {@code others} pages on other hosts.
     */
    static WebCrawlerCase tree(Random random, int n, int branching, int otherHosts, int others) {
        WebGenerator g = new WebGenerator(random, otherHosts);
        List<Integer> pages = new ArrayList<>();
        pages.add(g.page(0));
        for (int i = 1; i < n; i++) {
            int p = g.page(0);
            g.link(pages.get((i - 1) / branching), p);
            pages.add(p);
        }
        g.addOthers(others);
        for (int p : pages) {
            g.link(p, pages.get(g.random.nextInt(pages.size())));
            if (otherHosts > 0 && g.random.nextInt(6) == 0) {
                g.outLink(p);
            }
        }
        return g.build(pages.get(0));
    }

    /**
     * {@code n} pages over {@code hostCount} hosts: the start host's pages form a random tree
     * from the start, except a few that only another host links to; then {@code extra} random
     * links per page, to any page.
     */
    static WebCrawlerCase random(Random random, int n, int hostCount, int extra) {
        WebGenerator g = new WebGenerator(random, hostCount - 1);
        int hostPages = hostCount == 1 ? n : Math.max(1, n / hostCount + random.nextInt(n / hostCount + 1));
        List<Integer> pages = new ArrayList<>();
        pages.add(g.page(0));
        for (int i = 1; i < hostPages; i++) {
            int p = g.page(0);
            if (g.random.nextInt(20) != 0) {
                g.link(pages.get(g.random.nextInt(pages.size())), p);
            }
            pages.add(p);
        }
        g.addOthers(n - hostPages);
        int total = g.urls.size();
        for (int p = 0; p < total; p++) {
            for (int k = 0; k < extra; k++) {
                g.link(p, g.random.nextInt(total));
            }
        }
        return g.build(pages.get(0));
    }

    /** Adds {@code count} pages spread over the other hosts. */
    private void addOthers(int count) {
        for (int i = 0; i < count && hosts.size() > 1; i++) {
            page(1 + random.nextInt(hosts.size() - 1));
        }
    }

    /**
     * Links {@code p} to a page of another host, new or existing, which links back to a page of
     * any host. Adds no page once the web has {@link WebCrawlerCase#MAX_URLS} pages.
     */
    private void outLink(int p) {
        int host = 1 + random.nextInt(hosts.size() - 1);
        List<Integer> existing = pagesOf(host);
        int away;
        if (urls.size() < WebCrawlerCase.MAX_URLS && (existing.isEmpty() || random.nextBoolean())) {
            away = page(host);
        } else if (!existing.isEmpty()) {
            away = existing.get(random.nextInt(existing.size()));
        } else {
            return;
        }
        link(p, away);
        link(away, random.nextInt(urls.size()));
    }

    private List<Integer> pagesOf(int host) {
        List<Integer> on = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            if (hosts.get(host).equals(Urls.host(urls.get(i)))) {
                on.add(i);
            }
        }
        return on;
    }

    /** Adds a page on {@code hosts[host]}: its root first, then {@code /p1}, {@code /p2}... */
    private int page(int host) {
        String h = hosts.get(host);
        int k = pagesPerHost.merge(h, 1, Integer::sum) - 1;
        urls.add("http://" + h + (k == 0 ? "" : "/p" + k));
        return urls.size() - 1;
    }

    private void link(int from, int to) {
        edges.add(new Edge(from, to));
    }

    /** The case, with pages and links in a random order. */
    private WebCrawlerCase build(int start) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int[] position = new int[urls.size()];
        List<String> shuffled = new ArrayList<>(urls.size());
        for (int i = 0; i < order.size(); i++) {
            position[order.get(i)] = i;
            shuffled.add(urls.get(order.get(i)));
        }
        List<Edge> links = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            links.add(new Edge(position[e.from()], position[e.to()]));
        }
        Collections.shuffle(links, random);
        return new WebCrawlerCase(shuffled, links, urls.get(start));
    }
}
