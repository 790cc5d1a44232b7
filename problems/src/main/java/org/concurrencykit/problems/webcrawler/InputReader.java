package org.concurrencykit.problems.webcrawler;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the pieces of LeetCode-style inputs and of this problem's traces: names, {@code =},
 * double-quoted strings, lists of strings and lists of index pairs. Errors are one-line
 * {@link IllegalArgumentException}s.
 */
final class InputReader {
    private final String text;
    private int at;

    InputReader(String text) {
        this.text = text;
    }

    /** Reads {@code name =}. */
    void name(String name) {
        skipSpace();
        if (!text.startsWith(name, at)) {
            throw error("expected " + name);
        }
        at += name.length();
        expect('=');
    }

    /** Reads the character {@code c}, after optional white space. */
    void expect(char c) {
        if (!tryRead(c)) {
            throw error("expected '" + c + "'");
        }
    }

    /** Reads the character {@code c} if it comes next, after optional white space. */
    boolean tryRead(char c) {
        skipSpace();
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    /** Reads {@code ["a","b",...]}; {@code null} elements allowed. */
    List<String> strings() {
        List<String> out = new ArrayList<>();
        expect('[');
        if (tryRead(']')) {
            return out;
        }
        do {
            out.add(string());
        } while (tryRead(','));
        expect(']');
        return out;
    }

    /** Reads {@code [[0,1],[1,2],...]}. */
    List<Edge> edges() {
        List<Edge> out = new ArrayList<>();
        expect('[');
        if (tryRead(']')) {
            return out;
        }
        do {
            expect('[');
            int from = integer();
            expect(',');
            int to = integer();
            expect(']');
            out.add(new Edge(from, to));
        } while (tryRead(','));
        expect(']');
        return out;
    }

    /** Reads a double-quoted string with backslash escapes, or {@code null}. */
    String string() {
        skipSpace();
        if (text.startsWith("null", at)) {
            at += 4;
            return null;
        }
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (at < text.length() && text.charAt(at) != '"') {
            char c = text.charAt(at++);
            if (c == '\\' && at < text.length()) {
                char e = text.charAt(at++);
                if (e == 'u' && at + 4 <= text.length()) {
                    sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                } else {
                    sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        expect('"');
        return sb.toString();
    }

    private int integer() {
        skipSpace();
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at)) && at - start < 6) {
            at++;
        }
        if (start == at) {
            throw error("expected a page index");
        }
        return Integer.parseInt(text.substring(start, at));
    }

    /** Checks that nothing but white space is left. */
    void end() {
        skipSpace();
        if (at < text.length()) {
            throw error("unexpected text");
        }
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String what) {
        String near = text.substring(at, Math.min(text.length(), at + 20)).replaceAll("\\s+", " ");
        return new IllegalArgumentException(what + " at character " + (at + 1)
                + (near.isEmpty() ? " (end of input)" : " (near \"" + near + "\")"));
    }
}
