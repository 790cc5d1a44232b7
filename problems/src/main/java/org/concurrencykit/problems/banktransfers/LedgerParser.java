package org.concurrencykit.problems.banktransfers;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link Ledger} from its input form,
 * {@code balances = [5,0], tellers = [[[0,1,5]],[[1,0,3]]]}: the opening balances, then per
 * teller a list of {@code [from,to,amount]} transfers.
 */
final class LedgerParser {
    private final String s;
    private int pos;

    private LedgerParser(String s) {
        this.s = s;
    }

    /** @throws IllegalArgumentException with a one-line reason */
    static Ledger parse(String input) {
        LedgerParser p = new LedgerParser(input);
        p.word("balances");
        p.expect('=');
        List<Integer> balances = p.numbers();
        p.expect(',');
        p.word("tellers");
        p.expect('=');
        List<List<Transfer>> tellers = new ArrayList<>();
        p.expect('[');
        do {
            List<Transfer> own = new ArrayList<>();
            p.expect('[');
            do {
                List<Integer> x = p.numbers();
                if (x.size() != 3) {
                    throw new IllegalArgumentException("a transfer is [from,to,amount], got " + x);
                }
                own.add(new Transfer(x.get(0), x.get(1), x.get(2)));
            } while (p.accept(','));
            p.expect(']');
            tellers.add(own);
        } while (p.accept(','));
        p.expect(']');
        p.skip();
        if (p.pos != input.length()) {
            throw new IllegalArgumentException("unexpected text at position " + (p.pos + 1));
        }
        return new Ledger(balances, tellers);
    }

    private List<Integer> numbers() {
        expect('[');
        List<Integer> values = new ArrayList<>();
        if (accept(']')) {
            return values;
        }
        do {
            values.add(number());
        } while (accept(','));
        expect(']');
        return values;
    }

    private int number() {
        skip();
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos)) && pos - start < 7) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("expected a number at position " + (pos + 1));
        }
        return Integer.parseInt(s.substring(start, pos));
    }

    private void word(String w) {
        skip();
        if (!s.startsWith(w, pos)) {
            throw new IllegalArgumentException("expected \"" + w + "\" at position " + (pos + 1));
        }
        pos += w.length();
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw new IllegalArgumentException("expected '" + c + "' at position " + (pos + 1));
        }
    }

    private boolean accept(char c) {
        skip();
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skip() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }
}
