package org.concurrencykit.problems.webcrawler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;

/**
 * LeetCode 1242: what a run of Web Crawler Multithreaded is and what a correct one finds.
 * One thread calls {@code crawl}; the solution's own threads fetch through a simulated
 * {@link HtmlParser} whose every call takes 15 ms. See {@link CrawlChecker} for the rules.
 */
public final class WebCrawlerProblem implements Problem<WebCrawler, WebCrawlerCase> {
    /** The thread that calls {@code crawl}. */
    static final String CRAWL_THREAD = "crawl";
    private static final int RANDOM_CASES = 2;

    private static final ProblemInfo INFO = new ProblemInfo(
            "web-crawler-multithreaded", 1242, "Web Crawler Multithreaded", Difficulty.MEDIUM, "Solution",
            List.of("crawl calls crawl(startUrl, htmlParser)", "the solution's own threads call htmlParser.getUrls(url)"),
            2);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<WebCrawler> solutionType() {
        return WebCrawler.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of();
    }

    @Override
    public Object[] constructorArgs(WebCrawlerCase testCase) {
        return new Object[0];
    }

    @Override
    public List<String> implicitImports() {
        return List.of(HtmlParser.class.getName());
    }

    @Override
    public List<WebCrawlerCase> examples() {
        return List.of(
                parse("urls = [\"http://news.yahoo.com\",\"http://news.yahoo.com/news\","
                        + "\"http://news.yahoo.com/news/topics/\",\"http://news.google.com\",\"http://news.yahoo.com/us\"], "
                        + "edges = [[2,0],[2,1],[3,2],[3,1],[0,4]], startUrl = \"http://news.yahoo.com/news/topics/\""),
                parse("urls = [\"http://news.yahoo.com\",\"http://news.yahoo.com/news\","
                        + "\"http://news.yahoo.com/news/topics/\",\"http://news.google.com\"], "
                        + "edges = [[0,2],[2,1],[3,2],[3,1],[3,0]], startUrl = \"http://news.google.com\""),
                parse("urls = [\"http://wiki.example.org\",\"http://wiki.example.org/cats\",\"http://wiki.example.org/dogs\","
                        + "\"http://wiki.example.org.mirror.net/cats\",\"http://blog.example.org/pets\","
                        + "\"http://wiki.example.org/birds\"], "
                        + "edges = [[0,1],[0,2],[0,1],[1,2],[2,0],[1,3],[2,4],[4,5],[3,5]], "
                        + "startUrl = \"http://wiki.example.org\""));
    }

    /**
     * The examples, then webs from small to large: one page, an unreachable start, a ring, a
     * wide star (where fetching one page at a time runs out of time), a deep chain, wide trees,
     * random webs over several hosts up to 1000 pages, and random webs of random shape.
     */
    @Override
    public List<WebCrawlerCase> cases(Random random) {
        List<WebCrawlerCase> cases = new ArrayList<>(examples());
        cases.add(WebGenerator.single(random));
        cases.add(WebGenerator.unreachableStart(random));
        cases.add(WebGenerator.ring(random, 12));
        cases.add(WebGenerator.star(random, 200, 2));
        cases.add(WebGenerator.chain(random, 30));
        cases.add(WebGenerator.tree(random, 400, 8, 3, 100));
        cases.add(WebGenerator.random(random, 200, 4, 2));
        cases.add(WebGenerator.random(random, WebCrawlerCase.MAX_URLS, 3, 2));
        cases.add(WebGenerator.tree(random, WebCrawlerCase.MAX_URLS, 10, 0, 0));
        for (int i = 0; i < RANDOM_CASES; i++) {
            cases.add(randomCase(random));
        }
        return cases;
    }

    private static WebCrawlerCase randomCase(Random random) {
        int n = 2 + random.nextInt(WebCrawlerCase.MAX_URLS - 1);
        return switch (random.nextInt(4)) {
            case 0 -> WebGenerator.star(random, n, random.nextInt(3));
            case 1 -> WebGenerator.chain(random, Math.min(n, 30));
            case 2 -> WebGenerator.tree(random, n, 2 + random.nextInt(12), 1 + random.nextInt(4),
                    random.nextInt(Math.min(100, WebCrawlerCase.MAX_URLS - n) + 1));
            default -> WebGenerator.random(random, n, 1 + random.nextInt(5), 1 + random.nextInt(3));
        };
    }

    @Override
    public WebCrawlerCase parse(String input) {
        InputReader r = new InputReader(input);
        try {
            r.name("urls");
            List<String> urls = r.strings();
            r.expect(',');
            r.name("edges");
            List<Edge> edges = r.edges();
            r.expect(',');
            r.name("startUrl");
            String start = r.string();
            r.end();
            return new WebCrawlerCase(urls, edges, start);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected an input like urls = [\"http://a.com\",\"http://a.com/b\"], "
                    + "edges = [[0,1]], startUrl = \"http://a.com\": " + e.getMessage());
        }
    }

    @Override
    public void run(WebCrawler crawler, WebCrawlerCase testCase, Round round) {
        HtmlParser parser = new SimulatedHtmlParser(Web.of(testCase), round);
        String start = testCase.startUrl();
        round.thread(CRAWL_THREAD, () -> {
            round.emit(Trace.startToken(start));
            List<String> found = crawler.crawl(start, parser);
            round.emit(Trace.returnToken(found));
        });
    }

    @Override
    public Optional<Violation> check(WebCrawlerCase testCase, EventLog log) {
        return CrawlChecker.check(testCase, log);
    }

    @Override
    public List<Class<? extends WebCrawler>> references() {
        return List.of(PhaserWebCrawler.class, ForkJoinPoolWebCrawler.class, CompletableFutureWebCrawler.class,
                BlockingQueueWebCrawler.class, SynchronizedWebCrawler.class);
    }
}
