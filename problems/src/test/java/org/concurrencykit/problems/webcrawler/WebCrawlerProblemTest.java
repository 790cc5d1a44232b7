package org.concurrencykit.problems.webcrawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WebCrawlerProblemTest {
    private static final WebCrawlerProblem PROBLEM = new WebCrawlerProblem();
    /** Example 1: start /news/topics/, reachable: the front page, /news, /us. */
    private static final WebCrawlerCase EXAMPLE = PROBLEM.examples().get(0);
    private static final String TOPICS = "http://news.yahoo.com/news/topics/";
    private static final String FRONT = "http://news.yahoo.com";
    private static final String NEWS = "http://news.yahoo.com/news";
    private static final String US = "http://news.yahoo.com/us";
    private static final String GOOGLE = "http://news.google.com";

    static Stream<Class<? extends WebCrawler>> references() {
        return PROBLEM.references().stream();
    }

    /** Appends {@code token} to {@code log} from a thread named {@code thread}. */
    private static void as(EventLog log, String thread, String token) throws InterruptedException {
        Thread t = new Thread(() -> log.add(token), thread);
        t.start();
        t.join(10_000);
        assertThat(t.isAlive()).isFalse();
    }

    /** A log of a crawl of example 1: the start, the fetches by pool threads, the return. */
    private static EventLog crawl(List<String> fetches, List<String> result) throws InterruptedException {
        EventLog log = new EventLog();
        as(log, "crawl", Trace.startToken(TOPICS));
        int i = 0;
        for (String url : fetches) {
            as(log, "pool-1-thread-" + (++i), Trace.fetchToken(url));
        }
        as(log, "crawl", Trace.returnToken(result));
        return log;
    }

    private static String message(Optional<Violation> v) {
        assertThat(v).isPresent();
        assertThat(v.get().verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        return v.get().message();
    }

    @Test
    void acceptsEveryReachablePageOfTheHostOnceInAnyOrder() throws InterruptedException {
        EventLog log = crawl(List.of(TOPICS, NEWS, FRONT, US), List.of(US, TOPICS, FRONT, NEWS));
        assertThat(PROBLEM.check(EXAMPLE, log)).isEmpty();
    }

    @Test
    void rejectsAFetchOfAnotherHostNamingThePageAndBothHosts() throws InterruptedException {
        EventLog log = crawl(List.of(TOPICS, NEWS, FRONT, US, GOOGLE), List.of(US, TOPICS, FRONT, NEWS));
        assertThat(message(PROBLEM.check(EXAMPLE, log))).isEqualTo("thread pool-1-thread-5 called "
                + "getUrls(\"http://news.google.com\"), a page on host news.google.com; the crawl must stay on the "
                + "start URL's host news.yahoo.com: compare a link's hostname with the start's before fetching it");
    }

    @Test
    void rejectsAFetchOfAUrlThatIsNoPage() throws InterruptedException {
        EventLog log = crawl(List.of(TOPICS, "http://news.yahoo.com/sports"), List.of(TOPICS));
        assertThat(message(PROBLEM.check(EXAMPLE, log))).startsWith(
                "thread pool-1-thread-2 called getUrls(\"http://news.yahoo.com/sports\"), which is not a page");
    }

    @Test
    void rejectsAPageFetchedTwiceNamingBothThreads() throws InterruptedException {
        EventLog log = crawl(List.of(TOPICS, NEWS, FRONT, NEWS, US), List.of(US, TOPICS, FRONT, NEWS));
        assertThat(message(PROBLEM.check(EXAMPLE, log))).startsWith("getUrls(\"http://news.yahoo.com/news\") "
                + "was called twice, by thread pool-1-thread-2 and then by thread pool-1-thread-4 ");
    }

    @Test
    void rejectsAPageListedTwice() throws InterruptedException {
        EventLog log = crawl(List.of(TOPICS, NEWS, FRONT, US), List.of(US, TOPICS, FRONT, NEWS, US));
        assertThat(message(PROBLEM.check(EXAMPLE, log))).startsWith(
                "the result lists \"http://news.yahoo.com/us\" more than once");
    }

    @Test
    void rejectsAPageOfAnotherHostInTheResult() throws InterruptedException {
        EventLog log = crawl(List.of(TOPICS, NEWS, FRONT, US), List.of(US, TOPICS, FRONT, NEWS, GOOGLE));
        assertThat(message(PROBLEM.check(EXAMPLE, log))).isEqualTo("the result contains "
                + "\"http://news.google.com\", a page on host news.google.com; only pages on the start URL's host "
                + "news.yahoo.com belong in it");
    }

    @Test
    void rejectsAResultWithoutTheStartUrl() throws InterruptedException {
        EventLog log = crawl(List.of(TOPICS, NEWS, FRONT, US), List.of(US, FRONT, NEWS));
        Optional<Violation> v = PROBLEM.check(EXAMPLE, log);
        assertThat(message(v)).isEqualTo("the result misses the start URL "
                + "\"http://news.yahoo.com/news/topics/\" (1 of the 4 reachable pages is missing): it belongs in the "
                + "result too");
        assertThat(v.get().expected()).isEqualTo("[\"http://news.yahoo.com\",\"http://news.yahoo.com/news\","
                + "\"http://news.yahoo.com/news/topics/\",\"http://news.yahoo.com/us\"]");
        assertThat(v.get().actual()).isEqualTo("[\"http://news.yahoo.com/us\",\"http://news.yahoo.com\","
                + "\"http://news.yahoo.com/news\"]");
    }

    @Test
    void rejectsAReturnBeforeTheTasksFinishedNamingTheLateFetch() throws InterruptedException {
        EventLog log = new EventLog();
        as(log, "crawl", Trace.startToken(TOPICS));
        as(log, "pool-1-thread-1", Trace.fetchToken(TOPICS));
        as(log, "crawl", Trace.returnToken(List.of(TOPICS, FRONT, NEWS)));
        as(log, "pool-1-thread-2", Trace.fetchToken(FRONT));
        assertThat(message(PROBLEM.check(EXAMPLE, log))).isEqualTo("the result misses "
                + "\"http://news.yahoo.com/us\" (1 of the 4 reachable pages is missing), linked from "
                + "\"http://news.yahoo.com\", which was not fetched before crawl() returned: fetch every page found, "
                + "and return only when every fetch and every task is done");
    }

    @Test
    void rejectsAFetchAfterTheReturnEvenWhenTheResultIsComplete() throws InterruptedException {
        EventLog log = new EventLog();
        as(log, "crawl", Trace.startToken(TOPICS));
        for (String url : List.of(TOPICS, NEWS, FRONT)) {
            as(log, "pool-1-thread-1", Trace.fetchToken(url));
        }
        as(log, "crawl", Trace.returnToken(List.of(TOPICS, FRONT, NEWS, US)));
        as(log, "pool-1-thread-2", Trace.fetchToken(US));
        assertThat(message(PROBLEM.check(EXAMPLE, log))).isEqualTo("thread pool-1-thread-2 called "
                + "getUrls(\"http://news.yahoo.com/us\") after crawl() had returned: every task must have finished "
                + "before crawl() returns");
    }

    @Test
    void rejectsANullResult() throws InterruptedException {
        EventLog log = crawl(List.of(TOPICS, NEWS, FRONT, US), null);
        Optional<Violation> v = PROBLEM.check(EXAMPLE, log);
        assertThat(message(v)).isEqualTo("crawl() returned null; return the list of the pages it found");
        assertThat(v.get().actual()).isEqualTo("null");
    }

    @Test
    void rejectsACorrectButSlowCrawlAsTooSlowStatingTimeLimitDepthAndPages() throws InterruptedException {
        WebCrawlerCase single = PROBLEM.examples().get(1);
        EventLog log = new EventLog();
        as(log, "crawl", Trace.startToken(GOOGLE));
        as(log, "crawl", Trace.fetchToken(GOOGLE));
        long limit = CrawlChecker.limitMillis(0, 1);
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limit + 20);
        while (System.nanoTime() < until) {
            LockSupport.parkNanos(until - System.nanoTime());
        }
        as(log, "crawl", Trace.returnToken(List.of(GOOGLE)));
        Optional<Violation> v = PROBLEM.check(single, log);
        assertThat(v).isPresent();
        assertThat(v.get().verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(v.get().message()).matches("crawl\\(\\) took \\d+ ms; the limit for this input is 1075 ms "
                + "\\(1000 ms \\+ 60 ms x 1 levels \\+ 15 ms x ceil\\(1 pages / 8\\)\\): the farthest page found "
                + "is 0 links from the start, one fetch takes 15 ms, and at most 1 fetch was started within any "
                + "15 ms: fetch pages concurrently");
    }

    @Test
    void limitGrowsWithDepthAndWidthAndCatchesASequentialCrawlOfAWideSite() {
        assertThat(CrawlChecker.limitMillis(2, 4)).isEqualTo(1000 + 180 + 15);
        assertThat(CrawlChecker.limitMillis(39, 40)).isEqualTo(1000 + 2400 + 75);
        int pages = 200;
        assertThat(15L * pages).isGreaterThan(2 * CrawlChecker.limitMillis(1, pages));
    }

    @ParameterizedTest
    @MethodSource("references")
    void everyReferenceFindsExactlyTheReachablePagesOfEveryExample(Class<? extends WebCrawler> type) throws Exception {
        for (WebCrawlerCase c : PROBLEM.examples()) {
            TestRound round = new TestRound();
            PROBLEM.run(type.getConstructor().newInstance(), c, round);
            round.runAll();
            assertThat(PROBLEM.check(c, round.log)).as("%s on %s: %s", type.getSimpleName(), c.input(),
                    round.log.joined()).isEmpty();
        }
    }

    @Test
    void casesParseBackAndStayWithinTheConstraints() {
        for (WebCrawlerCase c : PROBLEM.cases(new Random(7))) {
            assertThat(PROBLEM.parse(c.input())).isEqualTo(c);
            assertThat(c.urls()).hasSizeLessThanOrEqualTo(WebCrawlerCase.MAX_URLS);
        }
    }

    @Test
    void generatedCasesIncludeAWideSiteAndADeepOne() {
        List<Web> webs = PROBLEM.cases(new Random(7)).stream().map(Web::of).toList();
        assertThat(webs).anySatisfy(w -> assertThat(w.expected().size()).isGreaterThanOrEqualTo(200)
                .isGreaterThan(20 * w.depth()));
        assertThat(webs).anySatisfy(w -> assertThat(w.depth()).isGreaterThanOrEqualTo(25));
        assertThat(webs).anySatisfy(w -> assertThat(w.expected().size()).isGreaterThanOrEqualTo(900));
    }

    @Test
    void parseExplainsAMalformedInputInOneLine() {
        assertThatThrownBy(() -> PROBLEM.parse("urls = [\"http://a.com\"], edges = [[0,1]], startUrl = \"http://a.com\""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("edge [0,1]");
        assertThatThrownBy(() -> PROBLEM.parse("urls = [\"http://a.com\"], edges = [], startUrl = \"http://b.com\""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startUrl must be one of urls");
        assertThatThrownBy(() -> PROBLEM.parse("urls = [\"ftp://a.com\"], edges = [], startUrl = \"ftp://a.com\""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("\n");
    }

    /** A round without adversarial delays: threads run as registered, fetches take their 15 ms. */
    private static final class TestRound implements Round {
        final EventLog log = new EventLog();
        private final List<Thread> threads = new ArrayList<>();
        private final List<Throwable> thrown = new ArrayList<>();

        @Override
        public void thread(String name, org.concurrencykit.problems.spi.Action body) {
            threads.add(new Thread(() -> {
                try {
                    body.run();
                } catch (Throwable e) {
                    synchronized (thrown) {
                        thrown.add(e);
                    }
                }
            }, name));
        }

        @Override
        public void emit(String token) {
            log.add(token);
        }

        @Override
        public void pause() {
        }

        @Override
        public void latency(long nanos) {
            long end = System.nanoTime() + nanos;
            for (long left = nanos; left > 0; left = end - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }

        void runAll() throws InterruptedException {
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join(10_000);
                assertThat(t.isAlive()).isFalse();
            }
            synchronized (thrown) {
                assertThat(thrown).isEmpty();
            }
        }
    }
}
