package org.concurrencykit.problems.banktransfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Action;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BankTransfersProblemTest {
    private static final BankTransfersProblem PROBLEM = new BankTransfersProblem();
    private static final long JOIN_MILLIS = 10_000;
    private static final Ledger EXAMPLE = PROBLEM.parse("balances = [5,0], tellers = [[[0,1,5]],[[1,0,3]]]");
    /** Two rich accounts, one transfer each way: neither may be refused. */
    private static final Ledger RICH = PROBLEM.parse("balances = [3,3], tellers = [[[0,1,2]],[[1,0,2]]]");
    /** Account 0 can pay only one of the two transfers. */
    private static final Ledger POOR = PROBLEM.parse("balances = [5,0], tellers = [[[0,1,4]],[[0,1,3]]]");

    /**
     * A log of {@code thread:token} entries, each appended from a real thread of that name
     * (tokens as the callbacks write them, e.g. {@code teller-1:debit(0,5)}).
     */
    private static EventLog log(String... entries) throws InterruptedException {
        EventLog log = new EventLog();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            String token = entry.substring(colon + 1) + " ";
            Thread t = new Thread(() -> log.add(token), entry.substring(0, colon));
            t.start();
            t.join(JOIN_MILLIS);
            assertThat(t.isAlive()).isFalse();
        }
        return log;
    }

    private static Optional<Violation> check(Ledger ledger, String... entries) throws InterruptedException {
        return PROBLEM.check(ledger, log(entries));
    }

    @Test
    void acceptsBothOrdersOfTheFirstExample() throws InterruptedException {
        String[] first = {"teller-1:debit(0,5)", "teller-1:credit(1,5)", "teller-1:transfer(0,1,5)=true",
            "teller-2:debit(1,3)", "teller-2:credit(0,3)", "teller-2:transfer(1,0,3)=true", "teller-2:balances=[3,2]"};
        assertThat(check(EXAMPLE, first)).isEmpty();
        assertThat(PROBLEM.output(EXAMPLE, log(first))).isEqualTo("results = [[true],[true]], balances = [3,2]");
        assertThat(check(EXAMPLE, "teller-2:transfer(1,0,3)=false", "teller-1:debit(0,5)", "teller-1:credit(1,5)",
                "teller-1:transfer(0,1,5)=true", "teller-1:balances=[0,5]")).isEmpty();
    }

    @Test
    void acceptsInterleavedCallbacksOfDifferentTellers() throws InterruptedException {
        assertThat(check(RICH, "teller-1:debit(0,2)", "teller-2:debit(1,2)", "teller-2:credit(0,2)",
                "teller-1:credit(1,2)", "teller-2:transfer(1,0,2)=true", "teller-1:transfer(0,1,2)=true",
                "teller-1:balances=[3,3]")).isEmpty();
    }

    @Test
    void rejectsAnOverdrawnAccount() throws InterruptedException {
        Optional<Violation> v = check(POOR, "teller-1:debit(0,4)", "teller-2:debit(0,3)", "teller-1:credit(1,4)",
                "teller-2:credit(1,3)", "teller-1:transfer(0,1,4)=true", "teller-2:transfer(0,1,3)=true",
                "teller-2:balances=[-2,7]");
        assertThat(v).isPresent();
        assertThat(v.get().message()).startsWith("account 0 was overdrawn: the debit of transfer(0,1,3) by "
                + "teller-2 (its transfer #1) took it from 1 to -2");
        assertThat(v.get().expected()).isEqualTo("no balance ever below 0");
    }

    @Test
    void rejectsLostMoney() throws InterruptedException {
        Optional<Violation> v = check(RICH, "teller-1:debit(0,2)", "teller-2:debit(1,2)", "teller-1:credit(1,2)",
                "teller-2:credit(0,2)", "teller-1:transfer(0,1,2)=true", "teller-2:transfer(1,0,2)=true",
                "teller-1:balances=[1,3]");
        assertThat(v).isPresent();
        assertThat(v.get().message()).isEqualTo("account 0 ends with 1, but it opened with 3 and the accepted "
                + "transfers moved 2 in and 2 out, which leaves 3: money was lost (the bank held 6 in all, now 4)");
    }

    @Test
    void rejectsFinalBalancesTheTransfersDoNotLeave() throws InterruptedException {
        Ledger ledger = PROBLEM.parse("balances = [1,3], tellers = [[[0,1,2]],[[1,0,2]]]");
        String[] refusedThenMoved = {"teller-1:transfer(0,1,2)=false", "teller-2:debit(1,2)", "teller-2:credit(0,2)",
            "teller-2:transfer(1,0,2)=true", "teller-1:balances=%s"};
        assertThat(check(ledger, withAudit(refusedThenMoved, "[3,1]"))).isEmpty();
        Optional<Violation> v = check(ledger, withAudit(refusedThenMoved, "[1,1]"));
        assertThat(v).isPresent();
        assertThat(v.get().message()).isEqualTo("account 0 ends with 1, but it opened with 1 and the accepted "
                + "transfers moved 2 in and 0 out, which leaves 3: money was lost (the bank held 4 in all, now 2)");
        assertThat(v.get().expected()).startsWith("balances=[3,1] (opening balances");
        v = check(ledger, withAudit(refusedThenMoved, "[-1,5]"));
        assertThat(v).isPresent();
        assertThat(v.get().message()).startsWith("account 0 ends at -1: it was overdrawn");
    }

    private static String[] withAudit(String[] entries, String balances) {
        String[] copy = entries.clone();
        copy[copy.length - 1] = String.format(copy[copy.length - 1], balances);
        return copy;
    }

    @Test
    void rejectsARefusalWhileTheMoneyWasThere() throws InterruptedException {
        Optional<Violation> v = check(RICH, "teller-1:transfer(0,1,2)=false", "teller-2:debit(1,2)",
                "teller-2:credit(0,2)", "teller-2:transfer(1,0,2)=true", "teller-1:balances=[5,1]");
        assertThat(v).isPresent();
        assertThat(v.get().message()).startsWith("transfer(0,1,2) by teller-1 (its transfer #1) was refused, but "
                + "account 0 held at least 3 all the while the call ran");
        assertThat(v.get().message()).contains("never because an account is busy");
        // Refused after teller 2 took 2 of account 0's 3: then 1 was left, and refusing 2 is right.
        Ledger two = PROBLEM.parse("balances = [3,0], tellers = [[[0,1,2]],[[0,1,2]]]");
        assertThat(check(two, "teller-2:debit(0,2)", "teller-2:credit(1,2)", "teller-2:transfer(0,1,2)=true",
                "teller-1:transfer(0,1,2)=false", "teller-1:balances=[1,2]")).isEmpty();
    }

    @Test
    void rejectsAnOverdraftEvenIfTheEndIsBalanced() throws InterruptedException {
        // Account 1 opens empty; teller 2 takes 3 out of it before teller 1 has paid 3 in.
        Ledger ledger = PROBLEM.parse("balances = [0,0,3], tellers = [[[2,1,3]],[[1,0,3]]]");
        assertThat(check(ledger, "teller-1:debit(2,3)", "teller-1:credit(1,3)", "teller-1:transfer(2,1,3)=true",
                "teller-2:debit(1,3)", "teller-2:credit(0,3)", "teller-2:transfer(1,0,3)=true",
                "teller-1:balances=[3,0,0]")).isEmpty();
        Optional<Violation> v = check(ledger, "teller-2:debit(1,3)", "teller-2:credit(0,3)",
                "teller-2:transfer(1,0,3)=true", "teller-1:debit(2,3)", "teller-1:credit(1,3)",
                "teller-1:transfer(2,1,3)=true", "teller-1:balances=[3,0,0]");
        assertThat(v).isPresent();
        assertThat(v.get().message()).startsWith("account 1 was overdrawn: the debit of transfer(1,0,3) by teller-2 "
                + "(its transfer #1) took it from 0 to -3");
    }

    @Test
    void rejectsAnAcceptedTransferWithoutItsCredit() throws InterruptedException {
        Optional<Violation> v = check(RICH, "teller-1:debit(0,2)", "teller-1:transfer(0,1,2)=true");
        assertThat(v).isPresent();
        assertThat(v.get().message()).isEqualTo("transfer(0,1,2) by teller-1 (its transfer #1) returned true but ran debit 1 and "
                + "credit 0 times: an accepted transfer runs each once");
        assertThat(PROBLEM.checkUnfinished(RICH, log("teller-1:debit(0,2)", "teller-1:transfer(0,1,2)=true")))
                .as("already wrong before a hang").isPresent();
    }

    @Test
    void rejectsARefusedTransferThatRanACallback() throws InterruptedException {
        Optional<Violation> v = check(POOR, "teller-1:debit(0,4)", "teller-1:transfer(0,1,4)=false");
        assertThat(v).isPresent();
        assertThat(v.get().message()).endsWith("returned false but ran debit 1 and credit 0 times: a refused "
                + "transfer changes nothing");
    }

    @Test
    void rejectsACallbackOnAThreadThatIsNotATeller() throws InterruptedException {
        Optional<Violation> v = check(RICH, "pool-1:debit(0,2)");
        assertThat(v).isPresent();
        assertThat(v.get().message()).startsWith("\"debit(0,2)\" ran on thread pool-1, which is not a teller");
    }

    @Test
    void rejectsARoundWithoutTheFinalBalances() throws InterruptedException {
        Optional<Violation> v = check(EXAMPLE, "teller-2:transfer(1,0,3)=false", "teller-1:debit(0,5)",
                "teller-1:credit(1,5)", "teller-1:transfer(0,1,5)=true");
        assertThat(v).isPresent();
        assertThat(v.get().message()).isEqualTo("the balances were never read at the end");
    }

    @Test
    void rejectsATellerThatDidNotFinish() throws InterruptedException {
        Optional<Violation> v = check(EXAMPLE, "teller-1:debit(0,5)", "teller-1:credit(1,5)",
                "teller-1:transfer(0,1,5)=true", "teller-1:balances=[0,5]");
        assertThat(v).isPresent();
        assertThat(v.get().message()).isEqualTo("teller-2 returned from 0 of its 1 transfers");
    }

    static List<Ledger> allCases() {
        List<Ledger> all = new ArrayList<>(PROBLEM.cases(new Random(7)));
        all.addAll(PROBLEM.smallCases());
        return all;
    }

    @ParameterizedTest
    @MethodSource("allCases")
    void everyCaseRoundTripsThroughItsInput(Ledger ledger) {
        assertThat(PROBLEM.parse(ledger.input())).isEqualTo(ledger);
    }

    @Test
    void casesStartWithTheExamplesAndStayWithinTheConstraints() {
        List<Ledger> cases = PROBLEM.cases(new Random(1));
        assertThat(cases.subList(0, PROBLEM.examples().size())).isEqualTo(PROBLEM.examples());
        assertThat(PROBLEM.smallCases()).allMatch(c -> c.tellers().size() <= 8);
        assertThat(cases).allMatch(c -> c.tellers().size() <= Ledger.MAX_TELLERS);
        assertThat(PROBLEM.parse(" balances=[ 1 , 2 ] ,tellers=[ [ [0,1,1] ] ] "))
                .isEqualTo(PROBLEM.parse("balances = [1,2], tellers = [[[0,1,1]]]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "balances = [5,0]", "balances = [5], tellers = [[[0,1,1]]]",
        "balances = [5,0], tellers = [[[0,0,1]]]", "balances = [5,0], tellers = [[[0,2,1]]]",
        "balances = [5,0], tellers = [[[0,1,0]]]", "balances = [5,0], tellers = [[[0,1]]]",
        "balances = [5,0], tellers = [[]]", "balances = [5,0], tellers = []", "balances = [5,-1], tellers = [[[0,1,1]]]",
        "balances = [1001,0], tellers = [[[0,1,1]]]", "balances = [5,0], tellers = [[[0,1,1]]] extra",
        "balances = [5,0], tellers = [[[0,1,1]],[[0,1,1]],[[0,1,1]],[[0,1,1]],[[0,1,1]],[[0,1,1]],[[0,1,1]]]"})
    void rejectsBadInputWithAOneLineReason(String input) {
        assertThatThrownBy(() -> PROBLEM.parse(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("expected an input like balances = [5,0], tellers = [[[0,1,5]],[[1,0,3]]]: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    static List<Class<? extends BankTransfers>> references() {
        return PROBLEM.references();
    }

    /** Every reference, on real threads without injected delays, over every case: a quick sanity check. */
    @ParameterizedTest
    @MethodSource("references")
    void everyReferencePassesEveryCaseOnPlainThreads(Class<? extends BankTransfers> type) throws Exception {
        for (Ledger ledger : allCases()) {
            BankTransfers bank = type.getConstructor(int[].class).newInstance((Object) ledger.openingBalances());
            PlainRound round = new PlainRound();
            PROBLEM.run(bank, ledger, round);
            round.runAll();
            assertThat(PROBLEM.check(ledger, round.log)).as(ledger.input()).isEmpty();
        }
    }

    /** A round on plain threads: no delays, every wait bounded. */
    private static final class PlainRound implements Round {
        final EventLog log = new EventLog();
        final List<Thread> threads = new ArrayList<>();
        final List<Throwable> errors = new ArrayList<>();

        @Override
        public void thread(String name, Action body) {
            threads.add(new Thread(() -> {
                try {
                    body.run();
                } catch (Throwable t) {
                    synchronized (errors) {
                        errors.add(t);
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
            Thread.yield();
        }

        @Override
        public void latency(long nanos) {
        }

        void runAll() throws InterruptedException {
            threads.forEach(Thread::start);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(JOIN_MILLIS);
            for (Thread t : threads) {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                assertThat(t.isAlive()).as("thread %s ended", t.getName()).isFalse();
            }
            synchronized (errors) {
                assertThat(errors).isEmpty();
            }
        }
    }
}
