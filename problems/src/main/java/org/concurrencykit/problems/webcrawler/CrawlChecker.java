package org.concurrencykit.problems.webcrawler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Violation;
import org.concurrencykit.problems.webcrawler.Trace.Fetch;

/**
 * What a correct crawl round looks like. In order of the rules checked:
 * <ol>
 *   <li>{@code crawl} returned a list;</li>
 *   <li>every {@code getUrls} call asked for a page of the web on the start URL's host;</li>
 *   <li>the list holds only pages of that host, reachable from the start, each once;</li>
 *   <li>no page was fetched twice;</li>
 *   <li>the list holds every reachable page of the host, the start URL included;</li>
 *   <li>no {@code getUrls} call was made after {@code crawl} returned;</li>
 *   <li>{@code crawl} took no longer than the input's time limit:
 *       {@value #SLACK_MILLIS} ms + {@value #LEVEL_MILLIS} ms per level of the search
 *       (depth + 1) + 15 ms per {@value #PARALLELISM} pages.</li>
 * </ol>
 * The levels are the chain of fetches no crawler can overlap; the pages term asks for some
 * parallelism on wide webs. A crawl fetching one page at a time takes at least 15 ms per page,
 * so on the generated star of 200 pages it exceeds its limit (1495 ms) whatever the timing.
 */
final class CrawlChecker {
    /**
     * Fixed allowance of the time limit: starting threads, warming up, the judge's own delays,
     * and a machine busy with other work (starting 32 threads can take half a second then).
     */
    static final long SLACK_MILLIS = 1000;
    /** Allowance per level of the breadth-first search: one fetch plus two hand-offs on a busy machine. */
    static final long LEVEL_MILLIS = 60;
    /** Fetches in flight the time limit assumes for a wide level. */
    static final int PARALLELISM = 8;
    private static final long FETCH_MILLIS = TimeUnit.NANOSECONDS.toMillis(SimulatedHtmlParser.LATENCY_NANOS);

    private final Web web;
    private final Trace trace;
    private final String expected;

    private CrawlChecker(Web web, Trace trace) {
        this.web = web;
        this.trace = trace;
        List<String> sorted = new ArrayList<>(web.expected());
        sorted.sort(null);
        this.expected = Trace.format(sorted);
    }

    /** Judges the log of one round of {@code testCase}. */
    static Optional<Violation> check(WebCrawlerCase testCase, EventLog log) {
        return new CrawlChecker(Web.of(testCase), Trace.read(log)).check();
    }

    /** The time limit of a web whose search has {@code depth} levels below the start and {@code pages} pages. */
    static long limitMillis(int depth, int pages) {
        return SLACK_MILLIS + LEVEL_MILLIS * (depth + 1) + FETCH_MILLIS * ((pages + PARALLELISM - 1) / PARALLELISM);
    }

    private Optional<Violation> check() {
        String v = returnedAList();
        if (v == null) {
            v = fetchesStayOnTheHost();
        }
        if (v == null) {
            v = resultHoldsOnlyReachablePagesOnce();
        }
        if (v == null) {
            v = noPageFetchedTwice();
        }
        if (v == null) {
            v = resultIsComplete();
        }
        if (v == null) {
            v = noFetchAfterReturn();
        }
        if (v != null) {
            return Optional.of(new Violation(expected, trace.actual(), v));
        }
        return fastEnough();
    }

    private String returnedAList() {
        if (trace.start() == null || trace.returned() == null) {
            return "crawl() did not return";
        }
        if ("null".equals(trace.problem())) {
            return "crawl() returned null; return the list of the pages it found";
        }
        if (trace.result() == null) {
            return "the list crawl() returned kept changing while the judge read it: threads of yours were "
                    + "still adding to it after crawl() returned; wait for every task, then return";
        }
        return null;
    }

    private String fetchesStayOnTheHost() {
        for (Fetch f : trace.fetches()) {
            if (!web.contains(f.url())) {
                return String.format("thread %s called getUrls(%s), which is not a page of this web: fetch only "
                        + "the start URL and URLs that getUrls returned", f.event().thread(), Urls.quote(f.url()));
            }
            String h = Urls.host(f.url());
            if (!web.host().equals(h)) {
                return String.format("thread %s called getUrls(%s), a page on host %s; the crawl must stay on "
                        + "the start URL's host %s: compare a link's hostname with the start's before fetching it",
                        f.event().thread(), Urls.quote(f.url()), h, web.host());
            }
        }
        return null;
    }

    private String resultHoldsOnlyReachablePagesOnce() {
        Set<String> seen = new HashSet<>();
        for (String u : trace.result()) {
            if (u == null) {
                return "the result contains null";
            }
            if (!seen.add(u)) {
                return String.format("the result lists %s more than once; each page belongs in it exactly once "
                        + "(was it claimed by two threads?)", Urls.quote(u));
            }
            if (!web.contains(u)) {
                return String.format("the result contains %s, which is not a page of this web", Urls.quote(u));
            }
            if (!web.host().equals(Urls.host(u))) {
                return String.format("the result contains %s, a page on host %s; only pages on the start URL's "
                        + "host %s belong in it", Urls.quote(u), Urls.host(u), web.host());
            }
            if (!web.isExpected(u)) {
                return String.format("the result contains %s, which no chain of links on host %s leads to from "
                        + "the start URL", Urls.quote(u), web.host());
            }
        }
        return null;
    }

    private String noPageFetchedTwice() {
        Map<String, Event> first = new HashMap<>();
        for (Fetch f : trace.fetches()) {
            Event earlier = first.putIfAbsent(f.url(), f.event());
            if (earlier != null) {
                return String.format("getUrls(%s) was called twice, by thread %s and then by thread %s %d ms "
                        + "later; fetch each page once: claim a URL atomically (e.g. with the result of "
                        + "Set.add on a concurrent set) before fetching it", Urls.quote(f.url()), earlier.thread(),
                        f.event().thread(), TimeUnit.NANOSECONDS.toMillis(f.event().nanos() - earlier.nanos()));
            }
        }
        return null;
    }

    private String resultIsComplete() {
        Set<String> got = new HashSet<>(trace.result());
        List<String> missing = web.expected().stream().filter(u -> !got.contains(u)).toList();
        if (missing.isEmpty()) {
            return null;
        }
        String counts = String.format("%d of the %d reachable pages %s missing", missing.size(),
                web.expected().size(), missing.size() == 1 ? "is" : "are");
        String page = missing.get(0);
        if (page.equals(web.startUrl())) {
            return String.format("the result misses the start URL %s (%s): it belongs in the result too",
                    Urls.quote(page), counts);
        }
        String from = web.parent(page);
        Event fetchedFrom = firstFetch(from);
        String why;
        if (fetchedFrom == null || fetchedFrom.seq() > trace.returned().seq()) {
            why = "which was not fetched before crawl() returned: fetch every page found, and return only "
                    + "when every fetch and every task is done";
        } else {
            why = "which thread " + fetchedFrom.thread() + " fetched before crawl() returned, yet its links "
                    + "were not all followed";
        }
        return String.format("the result misses %s (%s), linked from %s, %s", Urls.quote(page), counts,
                Urls.quote(from), why);
    }

    private String noFetchAfterReturn() {
        for (Fetch f : trace.fetches()) {
            if (f.event().seq() > trace.returned().seq()) {
                return String.format("thread %s called getUrls(%s) after crawl() had returned: every task must "
                        + "have finished before crawl() returns", f.event().thread(), Urls.quote(f.url()));
            }
        }
        return null;
    }

    private Optional<Violation> fastEnough() {
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(trace.returned().nanos() - trace.start().nanos());
        int depth = web.depth();
        int pages = web.expected().size();
        long limit = limitMillis(depth, pages);
        if (tookMillis <= limit) {
            return Optional.empty();
        }
        return Optional.of(Violation.tooSlow(expected, trace.actual(), String.format(
                "crawl() took %d ms; the limit for this input is %d ms (%d ms + %d ms x %d levels + %d ms x "
                + "ceil(%d pages / %d)): the farthest page found is %s from the start, one fetch takes %d ms, "
                + "and at most %d %s started within any %d ms: fetch pages concurrently",
                tookMillis, limit, SLACK_MILLIS, LEVEL_MILLIS, depth + 1, FETCH_MILLIS, pages, PARALLELISM,
                plural(depth, "link"), FETCH_MILLIS, inFlight(), inFlight() == 1 ? "fetch was" : "fetches were",
                FETCH_MILLIS)));
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The most fetches started within one fetch's time of each other: how many were in flight at once. */
    private int inFlight() {
        List<Fetch> fs = trace.fetches();
        int best = 0;
        int from = 0;
        for (int to = 0; to < fs.size(); to++) {
            while (fs.get(to).event().nanos() - fs.get(from).event().nanos() >= SimulatedHtmlParser.LATENCY_NANOS) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best;
    }

    private Event firstFetch(String url) {
        for (Fetch f : trace.fetches()) {
            if (f.url() != null && f.url().equals(url)) {
                return f.event();
            }
        }
        return null;
    }
}
