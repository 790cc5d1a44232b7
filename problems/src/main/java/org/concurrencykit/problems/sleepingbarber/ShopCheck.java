package org.concurrencykit.problems.sleepingbarber;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Violation;

/**
 * What a correct day at the barber's looks like, judged over the whole event log.
 *
 * <p>Customer threads record {@link #ENTERS} before calling {@code enter}, {@link #SITS} and
 * {@link #HAIRCUT} from the callbacks, and {@link #LEAVES} or {@link #BALKS} after it returns
 * {@code true} or {@code false}; the barber records {@link #CUT} from {@code cutHair} and
 * {@link #CLOSES} after {@code barber} returns.
 *
 * <p>The haircuts are read as sessions: the cut and haircut events, in log order, pair up
 * two by two, each pair one cut and one customer's haircut. The barber calls whoever waits,
 * and any waiting customer may answer, even one who sat down after the barber began to cut:
 * so a cut needs some customer waiting when it is recorded, and the customer who answers is
 * known only from the haircut. A customer waits from his
 * {@code sits} to the first event of his session. The solution takes a customer off its
 * waiting count when the barber calls him, a moment the log does not show: so between two
 * sessions one customer more than {@code chairs} may appear to wait (the one called, whose
 * session has not begun), never during a session. A customer who balks needs a moment,
 * between his {@code enters} and his {@code balks}, when {@code chairs} others may have been
 * waiting: those who sat (or entered and will sit) and whose session had not begun.
 */
final class ShopCheck {
    static final String ENTERS = "enters";
    static final String SITS = "sits";
    static final String HAIRCUT = "haircut";
    static final String LEAVES = "leaves";
    static final String BALKS = "balks";
    static final String CUT = "cut";
    static final String CLOSES = "closes";
    static final String BARBER = "barber";
    private static final String CUSTOMER = "customer-";

    private ShopCheck() {
    }

    /** The thread name of customer {@code c}, from 1. */
    static String customer(int c) {
        return CUSTOMER + c;
    }

    /** Judges a finished day. */
    static Optional<Violation> check(Visit visit, List<Event> events) {
        return new Replay(visit, events, true).run();
    }

    /** Judges the start of a day that never finished: only rules already broken, whatever would follow. */
    static Optional<Violation> checkUnfinished(Visit visit, List<Event> events) {
        return new Replay(visit, events, false).run();
    }

    /** The day as a story, one event a line. */
    static String story(List<Event> events) {
        StringBuilder sb = new StringBuilder();
        for (Event e : events) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(describe(e));
        }
        return sb.toString();
    }

    private static String describe(Event e) {
        String who = e.thread();
        return switch (e.token()) {
            case ENTERS -> who + " enters";
            case SITS -> who + " sits down";
            case HAIRCUT -> who + " gets a haircut";
            case LEAVES -> who + " leaves with a haircut";
            case BALKS -> who + " leaves without a haircut (no free chair)";
            case CUT -> "barber cuts hair";
            case CLOSES -> "barber goes home";
            default -> who + ": " + e.token();
        };
    }

    /** One pass over the log. */
    private static final class Replay {
        private final Visit visit;
        private final List<Event> events;
        private final boolean finished;
        /** Per customer (1-based): positions of his events, -1 until they happen. */
        private final int[] entered;
        private final int[] sat;
        private final int[] haircut;
        private final int[] left;
        private final int[] balked;
        /** Per customer: position where his session began, -1 until it does. */
        private final int[] sessionStart;
        /** Customers who sat and whose session has not begun, in the order they sat. */
        private final Set<Integer> waiting = new LinkedHashSet<>();
        /** The open session: position of its cut (-1 if none yet) and its customer (0 if no haircut yet). */
        private int openCut = -1;
        private int openCustomer;
        /** Position of the barber's closes, -1 until then. */
        private int closed = -1;
        private int sessions;

        Replay(Visit visit, List<Event> events, boolean finished) {
            this.visit = visit;
            this.events = events;
            this.finished = finished;
            int n = visit.customers() + 1;
            entered = filled(n);
            sat = filled(n);
            haircut = filled(n);
            left = filled(n);
            balked = filled(n);
            sessionStart = filled(n);
        }

        private static int[] filled(int n) {
            int[] a = new int[n];
            java.util.Arrays.fill(a, -1);
            return a;
        }

        Optional<Violation> run() {
            for (int p = 0; p < events.size(); p++) {
                Event e = events.get(p);
                String v = e.thread().equals(BARBER) ? barberEvent(p, e) : customerEvent(p, e);
                if (v != null) {
                    return Optional.of(violation(v));
                }
            }
            String v = finished ? end() : null;
            return v == null ? Optional.empty() : Optional.of(violation(v));
        }

        private Violation violation(String message) {
            return new Violation("every customer either served (sits, gets a haircut while the barber cuts, leaves)"
                    + " or turned away when all " + visit.chairs() + " waiting chair(s) were taken", story(events),
                    message);
        }

        private String barberEvent(int p, Event e) {
            if (e.token().equals(CLOSES)) {
                closed = p;
                if (!waiting.isEmpty()) {
                    return String.format("the barber went home (output #%d) while %s was still waiting", p + 1,
                            customer(waiting.iterator().next()));
                }
                return null;
            }
            if (!e.token().equals(CUT)) {
                return "unexpected output \"" + e.token() + "\" by the barber";
            }
            if (openCut >= 0) {
                return String.format("the barber cut hair twice (outputs #%d and #%d) in one haircut: "
                        + "nobody got a haircut in between", openCut + 1, p + 1);
            }
            if (openCustomer == 0 && waiting.isEmpty()) {
                return String.format("the barber cut hair (output #%d) while no customer was there: "
                        + "nobody had sat down and not yet been served", p + 1);
            }
            if (openCustomer != 0) {
                closeSession();
            } else {
                openCut = p;
            }
            return null;
        }

        private String customerEvent(int p, Event e) {
            int c = index(e.thread());
            if (c < 1 || c > visit.customers()) {
                return "unexpected output \"" + e.token() + "\" by thread " + e.thread();
            }
            String who = e.thread();
            switch (e.token()) {
                case ENTERS -> entered[c] = p;
                case SITS -> {
                    return sits(p, c, who);
                }
                case HAIRCUT -> {
                    return haircut(p, c, who);
                }
                case LEAVES -> {
                    if (haircut[c] < 0) {
                        return String.format("%s's enter returned true (output #%d) but he never got a haircut",
                                who, p + 1);
                    }
                    if (openCustomer == c) {
                        return String.format("%s left (output #%d) before the barber cut his hair: the haircut "
                                + "(output #%d) needs the barber's cut before the customer goes", who, p + 1,
                                haircut[c] + 1);
                    }
                    left[c] = p;
                }
                case BALKS -> {
                    if (sat[c] >= 0) {
                        return String.format("%s sat down (output #%d), then enter returned false (output #%d): "
                                + "a customer who sat down is served", who, sat[c] + 1, p + 1);
                    }
                    balked[c] = p;
                }
                default -> {
                    return "unexpected output \"" + e.token() + "\" by " + who;
                }
            }
            return null;
        }

        private String sits(int p, int c, String who) {
            if (sat[c] >= 0) {
                return String.format("%s sat down twice (outputs #%d and #%d)", who, sat[c] + 1, p + 1);
            }
            if (closed >= 0) {
                return String.format("%s sat down (output #%d) after the barber went home (output #%d): "
                        + "nobody will cut his hair", who, p + 1, closed + 1);
            }
            sat[c] = p;
            waiting.add(c);
            int allowed = visit.chairs() + (openCustomer != 0 ? 0 : 1);
            if (waiting.size() > allowed) {
                return String.format("%d customers were waiting at once (%s) with only %d waiting chair(s)%s",
                        waiting.size(), names(waiting), visit.chairs(), openCustomer != 0 ? ""
                                : " (one more than the chairs is allowed only between haircuts, for the customer"
                                + " the barber has just called)");
            }
            return null;
        }

        private String haircut(int p, int c, String who) {
            if (sat[c] < 0) {
                return String.format("%s got a haircut (output #%d) without sitting down first", who, p + 1);
            }
            if (haircut[c] >= 0) {
                return String.format("%s got two haircuts (outputs #%d and #%d)", who, haircut[c] + 1, p + 1);
            }
            if (openCustomer != 0) {
                return String.format("%s got a haircut (output #%d) while %s was still in the barber's chair "
                        + "(output #%d): one customer at a time", who, p + 1, customer(openCustomer),
                        haircut[openCustomer] + 1);
            }
            haircut[c] = p;
            waiting.remove(c);
            if (openCut >= 0) {
                sessionStart[c] = openCut;
                closeSession();
            } else {
                sessionStart[c] = p;
                openCustomer = c;
            }
            return null;
        }

        private void closeSession() {
            openCut = -1;
            openCustomer = 0;
            sessions++;
        }

        /** Rules about the whole day, once it is over. */
        private String end() {
            if (openCut >= 0) {
                return String.format("the barber cut hair (output #%d) but no customer got that haircut",
                        openCut + 1);
            }
            if (openCustomer != 0) {
                return String.format("%s got a haircut (output #%d) that the barber never gave",
                        customer(openCustomer), haircut[openCustomer] + 1);
            }
            if (closed < 0) {
                return "the barber never went home: barber(...) did not return";
            }
            for (int c = 1; c <= visit.customers(); c++) {
                if (left[c] < 0 && balked[c] < 0) {
                    return customer(c) + "'s enter never returned";
                }
            }
            for (int c = 1; c <= visit.customers(); c++) {
                if (balked[c] >= 0 && !wasFull(c)) {
                    return String.format("%s was turned away (outputs #%d to #%d) although fewer than %d "
                            + "customers were waiting all that time", customer(c), entered[c] + 1, balked[c] + 1,
                            visit.chairs());
                }
            }
            return null;
        }

        /**
         * Whether, at some moment while customer {@code c} was at the door, {@code chairs}
         * others may have been waiting: entered (and sat, then or later), session not begun.
         */
        private boolean wasFull(int c) {
            for (int p = entered[c]; p <= balked[c]; p++) {
                int mayWait = 0;
                for (int d = 1; d <= visit.customers(); d++) {
                    if (d != c && sat[d] >= 0 && entered[d] <= p && (sessionStart[d] < 0 || sessionStart[d] > p)) {
                        mayWait++;
                    }
                }
                if (mayWait >= visit.chairs()) {
                    return true;
                }
            }
            return false;
        }

        private static int index(String thread) {
            if (!thread.startsWith(CUSTOMER)) {
                return -1;
            }
            try {
                return Integer.parseInt(thread.substring(CUSTOMER.length()));
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private static String names(Set<Integer> customers) {
            List<String> names = new ArrayList<>();
            customers.forEach(c -> names.add(customer(c)));
            return String.join(", ", names);
        }
    }
}
